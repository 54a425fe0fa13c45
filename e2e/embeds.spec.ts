import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { embedFrameOrigins } from "../lib/content/embed-providers.mjs";
import { expectNoSeriousAxeViolations } from "./support/axe";
import { test } from "./support/staff";

// Each test writes its own story, so a unique word keeps them apart.
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

async function embed(page: Page, address: string, title: string) {
  await page.getByRole("button", { name: "Embed a link" }).click();
  await page.getByLabel("Address to embed").fill(address);
  await page.getByLabel("Embed title (optional)").fill(title);
  // The text has the focus as soon as the click is handled, not a frame later: a keystroke typed
  // at once goes into the story (it once went to the closing panel's button, and was lost).
  const focusedAtOnce = await page.getByRole("button", { name: "Insert embed" }).evaluate((button) => {
    (button as HTMLButtonElement).click();
    return document.activeElement?.getAttribute("role") === "textbox";
  });
  expect(focusedAtOnce).toBe(true);
}

async function saveAndPublish(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();
  const href = await page.getByRole("link", { name: "View on site" }).getAttribute("href");
  expect(href).toMatch(/^\/stories\//);
  return href!;
}

const VIEWPORTS = [
  { width: 1366, height: 900 },
  { width: 360, height: 780 },
];

test("an editor embeds a YouTube video and an unknown page, types straight on, and readers see the player and the link card", async ({
  editor: page,
  browser,
}, testInfo) => {
  const headline = `Ferry Vote Filmed ${unique()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type("The council met on Tuesday.");
  await page.keyboard.press("Enter");

  // A provider's address: the editor shows a box naming the player, and the next keystrokes are a new paragraph.
  await embed(page, "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42", "The council vote");
  const video = body(page).locator("[data-embed-preview]").filter({ hasText: "YouTube video" });
  await expect(video).toContainText("The council vote");
  await page.keyboard.type("Typed after the video.");
  await expect(body(page).locator("[data-embed-preview] + p").first()).toHaveText("Typed after the video.");

  // Any other address: a link card, and again the caret is in a new paragraph under it.
  await page.keyboard.press("Enter");
  await embed(page, "reports.example.org/2026/harbour?ref=newsroom", "Harbour report");
  await expect(body(page).locator("[data-embed-preview]").filter({ hasText: "Link card" })).toContainText(
    "reports.example.org",
  );
  await page.keyboard.type("Typed after the card.");
  await expect(body(page).locator("[data-embed-preview] + p").nth(1)).toHaveText("Typed after the card.");

  // A post on X, untitled: its player is a fixed-height frame narrower than the text.
  await page.keyboard.press("Enter");
  await embed(page, "https://x.com/NASA/status/1790456765401243857", "");
  await page.keyboard.type("Typed after the post.");
  await expect(body(page).locator("[data-embed-preview] + p").nth(2)).toHaveText("Typed after the post.");

  // A provider's address pasted on its own line becomes its player; the editor removes it as a block.
  await page.keyboard.press("Enter");
  await body(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData("text/plain", "https://vimeo.com/76979871");
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  const pasted = body(page).locator("[data-embed-preview]").filter({ hasText: "Vimeo video" });
  await expect(pasted).toBeVisible();
  await pasted.click();
  await page.keyboard.press("Backspace");
  await expect(pasted).toHaveCount(0);
  await expect(body(page).locator("[data-embed-preview]")).toHaveCount(3);

  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await video.evaluate((element) => element.scrollIntoView({ block: "center" }));
      await page.screenshot({ path: testInfo.outputPath(`editor-${viewport.width}-${colorScheme}.png`) });
    }
  }
  await page.setViewportSize(VIEWPORTS[0]!);
  await page.emulateMedia({ colorScheme: "light" });
  const address = await saveAndPublish(page);

  // The reader's browser asks the providers for their players; here each gets a stand-in page.
  // A page of its own context: axe asks for one.
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await readerContext.newPage();
  const frameRequests: string[] = [];
  const refused: string[] = [];
  reader.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await reader.route(
    (url) => embedFrameOrigins().includes(url.origin),
    (route) => {
      frameRequests.push(route.request().url());
      return route.fulfill({
        contentType: "text/html",
        body: "<!doctype html><html lang='en'><title>Player</title><body style='margin:0;padding:1em;background:#111;color:#eee'>Player</body></html>",
      });
    },
  );
  const response = await reader.goto(address);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const frameSources = /(?:^|;)\s*frame-src ([^;]*)/.exec(policy)?.[1]?.trim().split(/\s+/) ?? [];
  expect(frameSources).toContain("https://www.youtube-nocookie.com");
  expect(frameSources.sort()).toEqual(embedFrameOrigins().sort());

  const article = reader.getByRole("article");
  await expect(article.locator("iframe")).toHaveCount(2);
  await expect(article.locator("iframe").nth(1)).toHaveAttribute(
    "src",
    "https://platform.twitter.com/embed/Tweet.html?id=1790456765401243857&dnt=true",
  );
  await expect(article.locator("iframe").nth(1)).toHaveAttribute("title", "X post");
  const player = article.locator("iframe").first();
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42");
  await expect(player).toHaveAttribute("title", "YouTube video: The council vote");
  await expect(player).toHaveAttribute("loading", "lazy");
  await expect(article.locator("figure.embed + p").first()).toHaveText("Typed after the video.");
  await player.scrollIntoViewIfNeeded();
  await expect
    .poll(() => frameRequests.some((url) => url.startsWith("https://www.youtube-nocookie.com/")))
    .toBe(true);
  await expect(reader.frameLocator("article iframe >> nth=0").getByText("Player")).toBeVisible();

  const card = article.getByRole("link", { name: /Harbour report/ });
  await expect(card).toHaveAttribute("href", "https://reports.example.org/2026/harbour?ref=newsroom");
  await expect(card).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(card).toContainText("reports.example.org");
  await expect(article.locator(".link-card + p")).toHaveText("Typed after the card.");
  await expect(article.locator("figure.embed + p").nth(1)).toHaveText("Typed after the post.");
  await expect(article).not.toContainText("vimeo");
  expect(refused).toEqual([]);

  await expectNoSeriousAxeViolations(reader);

  // The players fit the text at a laptop's width and a small phone's, in light and dark, with nothing wider than the page.
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      await reader.setViewportSize(viewport);
      await reader.emulateMedia({ colorScheme });
      await player.evaluate((element) => element.scrollIntoView({ block: "center" }));
      const box = await player.boundingBox();
      expect(box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.height / box!.width).toBeCloseTo(9 / 16, 1);
      const post = await article.locator("iframe").nth(1).boundingBox();
      expect(post!.width).toBeLessThanOrEqual(Math.min(550, viewport.width));
      const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${viewport.width} px, ${colorScheme}`).toBeLessThanOrEqual(0);
      await reader.screenshot({
        path: testInfo.outputPath(`reader-${viewport.width}-${colorScheme}.png`),
        fullPage: true,
      });
    }
  }
  await readerContext.close();
});

test("after an image goes into the body, the caret is in a new paragraph under it, not in its caption", async ({
  editor: page,
  browser,
}) => {
  const headline = `Harbour Lights Return ${unique()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type("The lights came back on at dusk.");

  await page.getByRole("button", { name: "Image", exact: true }).click();
  const photo = await sharp({
    create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 140, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "lights.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByLabel("Alt text for the new image").fill("Lamps along the harbour wall at dusk");
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(body(page).locator("figure img")).toBeVisible();

  await page.keyboard.type("Typed after the image.");
  await expect(body(page).locator("figcaption")).toHaveText("");
  await expect(body(page).locator("figure + p")).toHaveText("Typed after the image.");

  const address = await saveAndPublish(page);
  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await reader.goto(address);
  const article = reader.getByRole("article");
  await expect(article.locator("figure img[alt='Lamps along the harbour wall at dusk']")).toBeVisible();
  await expect(article.locator("figure + p")).toHaveText("Typed after the image.");
  await reader.close();
});

import { expect, test, type Page } from "@playwright/test";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import sharp from "sharp";
import { hashPassword } from "../lib/people/passwords";
import { expectNoSeriousAxeViolations } from "./support/axe";

// An editor of these tests' own, so that another spec signing the demo account out changes nothing here.
const authFile = `e2e/.auth/writing-${process.env.PORT}.json`;

test.beforeAll(async ({ browser }) => {
  const id = randomUUID();
  const account = { email: `writing-${id}@newsroom.test`, password: randomBytes(12).toString("base64url") };
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, true, 'editor', now(), now())`,
      [id, `Wren Writing ${id.slice(0, 6)}`, account.email],
    );
    await client.query(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now(), now())`,
      [randomUUID(), id, await hashPassword(account.password)],
    );
  } finally {
    await client.end();
  }
  const page = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.context().storageState({ path: authFile });
  await page.close();
});

test.use({ storageState: authFile });

// Each test writes its own story, so a unique word keeps them apart.
const unique = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

const body = (page: Page) => page.getByRole("textbox", { name: "Body" });

async function createStory(page: Page, headline: string, words: string) {
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type(words);
  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/stories\/[^/?]+\?notice=saved$/);
  // Start from the plain address, so that the next "Saved." is the next save's.
  const editPath = new URL(page.url()).pathname;
  await page.goto(editPath);
  return editPath;
}

async function publish(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published. Readers can see it now.")).toBeVisible();
  const href = await page.getByRole("link", { name: "View on site" }).getAttribute("href");
  expect(href).toMatch(/^\/stories\//);
  return href!;
}

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();

test("an editor writes with the rich editor, and readers see the bold, the heading and the link", async ({
  page,
  browser,
}) => {
  const headline = `Night Ferries Start Running ${unique()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type("Service starts on Friday. ");

  const bold = page.getByRole("button", { name: "Bold" });
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.press("ControlOrMeta+b");
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Tickets are free");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type(" for the first week.");
  await page.keyboard.press("Enter");

  await page.getByRole("button", { name: "Heading 2" }).click();
  await page.keyboard.type("Where to board");
  await expect(page.getByRole("button", { name: "Heading 2" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Read the timetable");
  // Select the last word and link it.
  for (let i = 0; i < "timetable".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("ControlOrMeta+k");
  await page.getByLabel("Link address").fill("https://ferries.example.com/timetable");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(body(page).getByRole("link", { name: "timetable" })).toBeVisible();

  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const address = await publish(page);

  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await reader.goto(address);
  const article = reader.getByRole("article");
  await expect(article.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(article.getByRole("heading", { level: 2, name: "Where to board" })).toBeVisible();
  await expect(article.locator("strong", { hasText: "Tickets are free" })).toBeVisible();
  await expect(article.getByRole("link", { name: "timetable" })).toHaveAttribute(
    "href",
    "https://ferries.example.com/timetable",
  );
  await reader.close();
});

test("a hero image is uploaded with its alt text and readers see it with its size, caption and credit", async ({
  page,
  browser,
}) => {
  const headline = `Harbour Wall Repaired ${unique()}`;
  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await body(page).click();
  await page.keyboard.type("The wall was rebuilt stone by stone.");

  await page.getByRole("button", { name: "Choose hero image" }).click();
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "harbour.jpg", mimeType: "image/jpeg", buffer: await photo(2000, 1250) });
  // Alt text is required.
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByText("Describe the image for readers who cannot see it.")).toBeVisible();
  await page.getByLabel("Alt text for the new image").fill("Masons lift a stone onto the harbour wall");
  await page.getByLabel("Credit for the new image").fill("Ana Lima");
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByLabel("Hero alt text")).toHaveValue("Masons lift a stone onto the harbour wall");
  await expect(page.getByLabel("Hero credit")).toHaveValue("Ana Lima");
  await page.getByLabel("Hero caption").fill("The last stone went in on Monday.");

  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const address = await publish(page);

  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await reader.goto(address);
  const hero = reader
    .getByRole("article")
    .getByRole("img", { name: "Masons lift a stone onto the harbour wall" });
  await expect(hero).toHaveAttribute("width", "1600");
  await expect(hero).toHaveAttribute("height", "1000");
  // It really loads, through the image optimizer and the media route.
  await expect
    .poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  const figure = reader.getByRole("figure");
  await expect(figure).toContainText("The last stone went in on Monday.");
  await expect(figure).toContainText("Credit: Ana Lima");
  // Shared links and search engines get the same image.
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/[0-9a-f-]{36}\/w1600\.webp$/);
  const jsonLd = (await reader.locator('script[type="application/ld+json"]').allTextContents()).join("");
  expect(jsonLd).toMatch(/"image":\["[^"]*\/media\/[0-9a-f-]{36}\/w1600\.webp"\]/);

  // The copy comes from the media route, cached for good and never sniffed; the original is not served.
  const optimized = new URL((await hero.getAttribute("src"))!, "http://localhost");
  const mediaPath = optimized.searchParams.get("url") ?? optimized.pathname;
  expect(mediaPath).toMatch(/^\/media\/[0-9a-f-]{36}\/w1600\.webp$/);
  const variant = await reader.request.get(mediaPath);
  expect(variant.status()).toBe(200);
  expect(variant.headers()).toMatchObject({
    "content-type": "image/webp",
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  });
  for (const hidden of [mediaPath.replace(/w1600\.webp$/, "original.jpg"), "/media/..%2F..%2Fpackage.json"]) {
    expect((await reader.request.get(hidden)).status()).toBe(404);
  }
  await reader.close();
});

test("of two people editing one story, the second save is refused and both texts stay in view", async ({
  page,
  context,
}) => {
  const headline = `Bridge Tolls Frozen ${unique()}`;
  const editPath = await createStory(page, headline, "Tolls stay at two dollars.");
  const other = await context.newPage();
  await other.goto(editPath);

  await page.getByLabel("Headline").fill(`${headline}: Their Edit`);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await other.getByLabel("Headline").fill(`${headline}: My Edit`);
  await body(other).click();
  await other.keyboard.press("End");
  await other.keyboard.type(" Until next year.");
  await other.getByRole("button", { name: "Save story" }).click();

  await expect(
    other.getByText("Someone else saved this story while you were editing it").first(),
  ).toBeVisible();
  const theirs = other.getByRole("region", { name: "Their version" });
  await expect(theirs).toContainText(`${headline}: Their Edit`);
  await expect(theirs).toContainText("Tolls stay at two dollars.");
  // Mine is still in the form.
  await expect(other.getByLabel("Headline")).toHaveValue(`${headline}: My Edit`);
  await expect(body(other)).toContainText("Tolls stay at two dollars. Until next year.");

  // Knowingly replacing theirs works.
  await other.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(other.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(other.getByLabel("Headline")).toHaveValue(`${headline}: My Edit`);
  await other.close();
});

test("revisions compare the changed words side by side, and an old version can be restored", async ({
  page,
}) => {
  const headline = `Tide Tables Published ${unique()}`;
  const editPath = await createStory(page, headline, "The tide was low at noon.");
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("The tide was high at noon.");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.getByRole("link", { name: "Revisions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisions" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Version 1 compared with version 2" })).toBeVisible();
  const bodyOlder = page.getByRole("group", { name: "Body, older version" });
  const bodyNewer = page.getByRole("group", { name: "Body, newer version" });
  await expect(bodyOlder.getByRole("deletion")).toHaveText("low");
  await expect(bodyNewer.getByRole("insertion")).toHaveText("high");
  await expect(
    page.getByRole("group", { name: "Headline, newer version" }).getByRole("insertion"),
  ).toHaveCount(0);

  await page.getByRole("button", { name: "Restore version 1…" }).click();
  await page.getByRole("dialog", { name: "Restore version 1?" }).getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Version 1 restored as version 3.")).toBeVisible();
  await expect(page.getByRole("row", { name: /^3 .*Restored from version 1/ })).toBeVisible();
  await page.goto(editPath);
  await expect(body(page)).toHaveText("The tide was low at noon.");
});

test("a draft saves itself while the editor writes", async ({ page }) => {
  test.setTimeout(60_000);
  const headline = `Library Opens Late ${unique()}`;
  const editPath = await createStory(page, headline, "The library opens until ten.");
  await body(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" On Sundays too.");
  await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /^Saved \d\d:\d\d / })).toBeVisible({ timeout: 20_000 });

  // Another save from the same page is not refused: the form knows its new version.
  await page.getByLabel("Headline").fill(`${headline}, Even on Sundays`);
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.goto(editPath);
  await expect(body(page)).toHaveText("The library opens until ten. On Sundays too.");
  await expect(page.getByLabel("Headline")).toHaveValue(`${headline}, Even on Sundays`);
});

test("scripts in a headline, dek, body, caption or link never run for readers or editors", async ({
  page,
  browser,
}) => {
  const dialogs: string[] = [];
  const watch = (watched: Page) =>
    watched.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  watch(page);
  const marker = unique();
  const headline = `<script>alert("headline")</script> Payload ${marker}`;
  const dek = `<img src=x onerror=alert("dek")>`;
  const typed = `<script>alert("body")</script><img src=x onerror=alert("img")> Plain ${marker}.`;

  await page.goto("/admin/stories/new");
  await page.getByLabel("Headline").fill(headline);
  await page.getByLabel("Dek").fill(dek);
  await body(page).click();
  await page.keyboard.type(typed);
  await page.keyboard.press("Enter");

  // A javascript: link and a javascript: embed are refused by the editor.
  await page.keyboard.type("click me");
  for (let i = 0; i < "me".length; i++) await page.keyboard.press("Shift+ArrowLeft");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  await page.getByLabel("Link address").fill("javascript:alert('link')");
  await page.getByRole("button", { name: "Apply link" }).click();
  await expect(page.getByText("Use a web address (https://…)")).toBeVisible();
  await page.getByLabel("Link address").press("Escape");
  await page.getByRole("button", { name: "Embed a link" }).click();
  await page.getByLabel("Address to embed").fill("javascript:alert('embed')");
  await page.getByRole("button", { name: "Insert embed" }).click();
  await expect(page.getByText("Use a web address starting with https://.")).toBeVisible();
  await page.getByLabel("Address to embed").press("Escape");

  // Pasted HTML loses its scripts, handlers and styles.
  await body(page).click();
  await page.keyboard.press("ControlOrMeta+End");
  await body(page).evaluate((element) => {
    const data = new DataTransfer();
    data.setData(
      "text/html",
      '<p style="color:red" class="MsoNormal">Pasted <b onclick="alert(\'paste\')">words</b><o:p></o:p></p>' +
        '<img src=x onerror="alert(\'pasted image\')"><script>alert("pasted script")</script>' +
        "<p><a href=\"javascript:alert('pasted link')\">pasted link</a></p>",
    );
    data.setData("text/plain", "Pasted words");
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(body(page)).toContainText("Pasted words");

  // An SVG with a script is not an image the site accepts.
  await page.getByRole("button", { name: "Choose hero image" }).click();
  await page.getByLabel("Image file").setInputFiles({
    name: "photo.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(\'svg\')"><script>alert("svg")</script></svg>',
    ),
  });
  await page.getByLabel("Alt text for the new image").fill('"><img src=x onerror=alert("alt")>');
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByText("That file is not a JPEG, PNG, WebP or AVIF image.")).toBeVisible();
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "ok.jpg", mimeType: "image/jpeg", buffer: await photo(800, 600) });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.getByLabel("Hero alt text")).toHaveValue('"><img src=x onerror=alert("alt")>');
  await page.getByLabel("Hero caption").fill(`<svg onload=alert("caption")></svg> Caption ${marker}`);
  await page.getByLabel("Hero credit").fill(`<script>alert("credit")</script>`);

  await page.getByRole("button", { name: "Create story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const address = await publish(page);

  const expectInert = async (viewed: Page) => {
    await viewed.waitForLoadState("load");
    await expect(viewed.locator("[onerror], [onload], [onclick]")).toHaveCount(0);
    await expect(viewed.locator('a[href^="javascript:" i]')).toHaveCount(0);
    await expect(viewed.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
    await expect(viewed.locator('main script:not([type="application/ld+json"])')).toHaveCount(0);
  };

  // The editor sees the text as text.
  await page.reload();
  await expect(page.getByLabel("Headline")).toHaveValue(headline);
  await expect(body(page)).toContainText(`<script>alert("body")</script>`);
  await expectInert(page);

  const reader = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  watch(reader);
  await reader.goto(address);
  const article = reader.getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(article.getByText(dek)).toBeVisible();
  await expect(article.getByText(`Plain ${marker}.`)).toContainText(`<img src=x onerror=alert("img")>`);
  await expect(article.getByText("click me")).toBeVisible();
  await expect(article.getByText("Pasted words")).toBeVisible();
  await expect(reader.getByRole("figure")).toContainText(
    `<svg onload=alert("caption")></svg> Caption ${marker}`,
  );
  await expect(reader.getByRole("figure")).toContainText(`Credit: <script>alert("credit")</script>`);
  await expectInert(reader);

  // The admin's preview and revisions pages print it as text too.
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page.getByRole("article").getByRole("heading", { level: 1 })).toHaveText(headline);
  await expectInert(page);
  await page.goBack();
  await page.getByRole("link", { name: "Revisions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Revisions" })).toBeVisible();
  await expectInert(page);
  await reader.close();

  expect(dialogs).toEqual([]);
});

test("the new-story, edit, revisions and preview pages have no serious accessibility violations", async ({
  page,
}) => {
  const editPath = await createStory(page, `Museum Extends Hours ${unique()}`, "The museum stays open late.");
  await body(page).click();
  await page.keyboard.press("End");
  await page.keyboard.type(" Entry is free.");
  await page.getByRole("button", { name: "Save story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  for (const path of ["/admin/stories/new", editPath, `${editPath}/revisions`, `${editPath}/preview`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expectNoSeriousAxeViolations(page, path);
  }
});

/**
 * The frame of every reader page: header (name, sections, search), footer
 * (sections, feeds, corrections, About), feed links for feed readers, and
 * 404 pages inside that frame, from 360 px wide up.
 */
import { expect, test, type Page } from "@playwright/test";
import { leadStory } from "../prisma/demo-content";
import { expectNoSeriousAxeViolations } from "./support/axe";

async function expectChrome(page: Page) {
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeAttached();
  await expect(page.getByRole("banner").getByRole("link").first()).toBeVisible();
  // One landmark of that name: the header's.
  await expect(page.getByRole("navigation", { name: "Sections" })).toHaveCount(1);
  await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("search", { name: "Site search" })).toBeVisible();
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "About us" })).toHaveAttribute("href", "/about");
  await expect(footer.getByRole("link", { name: "Corrections and clarifications" })).toHaveAttribute("href", "/corrections");
  await expect(footer.getByRole("link", { name: "All stories" })).toHaveAttribute("href", "/feed.xml");
  await expect(footer.getByRole("heading", { name: "RSS feeds" })).toBeVisible();
  await expect(footer.locator('a[href="/sections/americas/feed.xml"]')).toHaveText("Americas");
}

const missingPages = [
  { name: "an unknown address", path: "/no-such-page/anywhere" },
  { name: "a missing story", path: "/stories/no-such-story-anywhere" },
  { name: "an address below an archive that is no page", path: "/sections/americas/sideways/nowhere" },
  { name: "a missing tag", path: "/tags/no-such-tag-anywhere" },
];

for (const { name, path } of missingPages) {
  test(`${name} is a 404 page inside the site's header and footer`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page).toHaveTitle(/^Page not found \| \S/);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expectChrome(page);
    await expect(page.getByRole("search", { name: "Search the stories" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the front page" })).toHaveAttribute("href", "/");
  });
}

test("the 404 page's search box finds stories", async ({ page }) => {
  await page.goto("/no-such-page");
  await page.getByRole("search", { name: "Search the stories" }).getByRole("searchbox").fill("Venezuela");
  await page.getByRole("search", { name: "Search the stories" }).getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=Venezuela/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("every reader page announces the site's feed, and a section page its own", async ({ page, request }) => {
  const siteFeed = page.locator('head link[rel="alternate"][type="application/rss+xml"][href$="/feed.xml"]');
  for (const path of ["/", `/stories/${leadStory.slug}`, "/search?q=venezuela", "/about", "/corrections", "/tags/no-such-tag"]) {
    await page.goto(path);
    await expect(siteFeed.filter({ hasNot: page.locator("[href*='/sections/']") }).first(), path).toBeAttached();
  }
  await page.goto("/sections/americas");
  const sectionFeed = page.locator('head link[rel="alternate"][type="application/rss+xml"][href$="/sections/americas/feed.xml"]');
  await expect(sectionFeed).toHaveCount(1);
  const href = await sectionFeed.getAttribute("href");
  const feed = await request.get(new URL(href!).pathname);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("<rss");
});

test("the footer leads to the About page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "About us" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/\S/);
  await expect(page.getByRole("main").locator("p").first()).toHaveText(/\S/);
  await expectChrome(page);
});

test.describe("at 360 px wide", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of ["/", `/stories/${leadStory.slug}`, "/sections/americas", "/search?q=venezuela", "/about", "/no-such-page"]) {
    test(`${path} fits: the name, search and sections show, and nothing runs off the page`, async ({ page }) => {
      await page.goto(path);
      const banner = page.getByRole("banner");
      for (const part of [
        banner.getByRole("link").filter({ hasNotText: "Skip to content" }).first(),
        page.getByRole("searchbox", { name: "Search stories" }),
        page.getByRole("button", { name: "Search" }).first(),
        page.getByRole("navigation", { name: "Sections" }).getByRole("link").first(),
      ]) {
        await expect(part).toBeVisible();
        const box = await part.boundingBox();
        // Inside the page, clear of its edges (the gutters).
        expect(box!.x).toBeGreaterThanOrEqual(8);
        expect(box!.x + box!.width).toBeLessThanOrEqual(360 - 8);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test("the sections that do not fit scroll sideways within their row", async ({ page }) => {
    await page.goto("/");
    const list = page.getByRole("navigation", { name: "Sections" }).getByRole("list");
    const last = list.getByRole("link").last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

for (const colorScheme of ["light", "dark"] as const) {
  for (const path of ["/no-such-page", "/about"]) {
    test(`${path} has no serious accessibility violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expectNoSeriousAxeViolations(page, `${path} ${colorScheme}`);
    });
  }
}

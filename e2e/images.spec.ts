/**
 * Every story has a picture for other sites, by an absolute address that
 * answers with an image: its hero image (the demo maps drawn by the seed) or
 * the social card the site draws; every other reader page has the site's card.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { leadStory, relatedStories } from "../prisma/demo-content";

const withoutHero = relatedStories.find((story) => !story.hero)!;

/** The width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function sharedImages(page: Page) {
  const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const article = blocks
    .flatMap((block) => JSON.parse(block) as Record<string, unknown>[])
    .find((item) => item["@type"] === "NewsArticle");
  return {
    jsonLd: (article?.image as string[] | undefined) ?? [],
    openGraph: await meta('meta[property="og:image"]'),
    twitter: await meta('meta[name="twitter:image"]'),
    width: await meta('meta[property="og:image:width"]'),
    height: await meta('meta[property="og:image:height"]'),
    alt: await meta('meta[property="og:image:alt"]'),
  };
}

/** Fetches an absolute image address as another site would: it must answer 200 with an image. */
async function fetchImage(request: APIRequestContext, url: string) {
  expect(url).toMatch(/^https?:\/\/[^/]+\//);
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^image\//);
  return { type: response.headers()["content-type"], body: await response.body() };
}

test("the lead story's map is its hero, and the picture it shares", async ({ page, request }) => {
  await page.goto(`/stories/${leadStory.slug}`);
  const hero = page.getByRole("article").getByRole("img", { name: leadStory.hero!.alt });
  await expect(hero).toBeVisible();
  await expect(hero).toHaveAttribute("width", "1600");
  await expect(hero).toHaveAttribute("height", "900");
  // It really loads (the image optimizer's first AVIF copy of a map can take seconds on two cores).
  await expect
    .poll(() => hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: 20_000 })
    .toBeGreaterThan(0);
  const figure = page.getByRole("figure");
  await expect(figure).toContainText(leadStory.hero!.caption);
  await expect(figure).toContainText(`Credit: ${leadStory.hero!.credit}`);

  const images = await sharedImages(page);
  expect(images.openGraph).toMatch(/^https?:\/\/[^/]+\/media\/[0-9a-f-]{36}\/w1600\.webp$/);
  expect(images.jsonLd).toEqual([images.openGraph]);
  expect(images.twitter).toBe(images.openGraph);
  expect([images.width, images.height, images.alt]).toEqual(["1600", "900", leadStory.hero!.alt]);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const { type } = await fetchImage(request, images.openGraph!);
  expect(type).toBe("image/webp");
});

test("a story without a hero shares its social card, a 1200 × 630 PNG", async ({ page, request }) => {
  await page.goto(`/stories/${withoutHero.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: withoutHero.headline })).toBeVisible();
  await expect(page.getByRole("article").getByRole("figure")).toHaveCount(0);

  const images = await sharedImages(page);
  expect(images.openGraph).toMatch(
    new RegExp(`^https?://[^/]+/stories/${withoutHero.slug}/social-card\\.png\\?v=[\\w-]{12}$`),
  );
  expect(images.jsonLd).toEqual([images.openGraph]);
  expect(images.twitter).toBe(images.openGraph);
  expect([images.width, images.height]).toEqual(["1200", "630"]);
  expect(images.alt).toContain(withoutHero.headline);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

  const card = await fetchImage(request, images.openGraph!);
  expect(card.type).toBe("image/png");
  expect(pngSize(card.body)).toEqual({ width: 1200, height: 630 });
  // The same card again, as the next reader of the shared link gets it.
  const again = await fetchImage(request, images.openGraph!);
  expect(again.body.equals(card.body)).toBe(true);
});

test("an outdated card address is sent on to the current card; a missing story has none", async ({ page, request }) => {
  await page.goto(`/stories/${withoutHero.slug}`);
  const current = (await sharedImages(page)).openGraph!;
  const outdated = await request.get(`/stories/${withoutHero.slug}/social-card.png?v=outdated`, { maxRedirects: 0 });
  expect(outdated.status()).toBe(307);
  expect(outdated.headers().location).toBe(current);

  const missing = await request.get("/stories/no-such-story-anywhere/social-card.png?v=whatever", { maxRedirects: 0 });
  expect(missing.status()).toBe(404);
});

test("the front page and the other reader pages share the site's card", async ({ page, request }) => {
  for (const path of ["/", "/sections/americas", "/search?q=Cuba"]) {
    await page.goto(path);
    const openGraph = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    const twitter = await page.locator('meta[name="twitter:image"]').first().getAttribute("content");
    expect(openGraph, path).toMatch(/^https?:\/\/[^/]+\/opengraph-image/);
    expect(twitter, path).toMatch(/^https?:\/\/[^/]+\/twitter-image/);
    const card = await fetchImage(request, openGraph!);
    expect(card.type).toBe("image/png");
    expect(pngSize(card.body)).toEqual({ width: 1200, height: 630 });
  }
});

test("every demo story has a picture with an absolute address", async ({ page }) => {
  for (const story of [leadStory, ...relatedStories]) {
    await page.goto(`/stories/${story.slug}`);
    const images = await sharedImages(page);
    expect(images.openGraph, story.slug).toMatch(story.hero ? /\/media\/[0-9a-f-]{36}\/w1600\.webp$/ : /\/social-card\.png\?v=/);
    expect(images.jsonLd, story.slug).toEqual([images.openGraph]);
    expect(images.twitter, story.slug).toBe(images.openGraph);
  }
});

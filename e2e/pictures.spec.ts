/**
 * Pictures where readers expect them, without costing the page its speed: the
 * lead story's picture large, fetched first and in a modern format; the other
 * pictures lazy and sized so that nothing shifts; section rails full or absent.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import sharp from "sharp";
import { demoSections, leadStory, relatedStories } from "../prisma/demo-content";

// lib/reader/front-page.ts, which cannot be imported outside the server.
const MIN_RAIL_STORIES = 3;
const pictured = demoSections.find((section) => section.slug === "asia-pacific")!;
const picturedSlugs = [leadStory, ...relatedStories]
  .filter((story) => story === leadStory || story.section === pictured.slug)
  .map((story) => story.slug);

/**
 * Gives the lead story and the stories of one section a hero where the seed
 * gave them none: a map-coloured picture stored as the upload route stores
 * one (three WebP copies under MEDIA_ROOT and a Media row), and the pages
 * that show them refreshed as a write would (lib/reader-cache.ts's notice).
 */
test.beforeAll(async () => {
  const id = randomUUID();
  const folder = path.join(process.env.MEDIA_ROOT ?? ".data/media", id);
  await mkdir(folder, { recursive: true });
  const variants = [];
  for (const width of [480, 960, 1600]) {
    const height = Math.round((width * 9) / 16);
    const copy = sharp({ create: { width, height, channels: 3, background: { r: 120, g: 170, b: 200 } } });
    await writeFile(path.join(folder, `w${width}.webp`), await copy.webp().toBuffer());
    variants.push({ width, height, key: `${id}/w${width}.webp` });
  }
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Media" (id, "fileName", "mimeType", width, height, bytes, "storageKey", variants, alt, "createdAt")
       VALUES ($1, 'map.png', 'image/png', 1600, 900, 1, $2, $3, 'A map', now())`,
      [id, `${id}/original.png`, JSON.stringify(variants)],
    );
    await client.query(
      `UPDATE "Story" SET "heroImageId" = $1, "heroImageAlt" = 'A map of the region the story is about'
       WHERE slug = ANY($2) AND ("heroImageId" IS NULL OR "heroImageAlt" IS NULL)`,
      [id, picturedSlugs],
    );
    const paths = ["/", `/sections/${pictured.slug}`, ...picturedSlugs.map((slug) => `/stories/${slug}`)];
    await client.query(`SELECT pg_notify('newsroom_reader_pages', $1)`, [
      JSON.stringify({ from: "e2e-pictures", paths, tags: [], everything: false }),
    ]);
  } finally {
    await client.end();
  }
});

/** Opens `address` once the server shows the pictures given above (its refresh comes through PostgreSQL). */
async function openWithPictures(page: Page, address: string) {
  await expect
    .poll(async () => (await (await page.request.get(address)).text()).toLowerCase().includes('srcset="/media/'), {
      timeout: 15_000,
    })
    .toBe(true);
  await page.goto(address);
}

/** Every picture in `scope`: each in a box whose shape is set before the file arrives. */
async function expectSizedPictures(pictures: Locator) {
  for (const picture of await pictures.all()) {
    const shape = await picture.evaluate((image: HTMLImageElement) => ({
      width: image.getAttribute("width"),
      height: image.getAttribute("height"),
      aspectRatio: getComputedStyle(image).aspectRatio,
    }));
    expect(shape.width !== null && shape.height !== null).toBe(true);
    expect(shape.aspectRatio).not.toBe("auto");
  }
}

test("the lead story's picture is large, fetched first and served in a modern format", async ({ page }) => {
  await openWithPictures(page, "/");
  const lead = page.getByRole("main").getByRole("article").first();
  await expect(lead.getByRole("heading", { name: leadStory.headline })).toBeVisible();
  const picture = lead.locator("img").first();
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\/w\d+\.webp$/);
  // Every width offered is one of the upload's ready-made copies: nothing is encoded while the reader waits.
  expect(await picture.getAttribute("srcset")).toMatch(/^(\/media\/[0-9a-f-]{36}\/w\d+\.webp \d+w(, )?)+$/);
  await expect(picture).toHaveAttribute("fetchpriority", "high");
  expect(await picture.getAttribute("loading")).not.toBe("lazy");
  await expectSizedPictures(picture);
  // Large: the width of the lead's column.
  const box = (await picture.boundingBox())!;
  expect(box.width).toBeGreaterThan(600);
  // It loads, as WebP, kept by browsers and caches for good.
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.naturalWidth))
    .toBeGreaterThan(0);
  const source = await picture.evaluate((image: HTMLImageElement) => image.currentSrc);
  const file = await page.request.get(source);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/webp");
  expect(file.headers()["cache-control"]).toContain("immutable");
});

test("pictures further down the front page are lazy and sized; the latest list shows times; rails are full", async ({
  page,
}) => {
  await openWithPictures(page, "/");
  const main = page.getByRole("main");
  const pictures = main.locator("img");
  expect(await pictures.count()).toBeGreaterThan(1);
  await expectSizedPictures(pictures);
  // Only the lead's picture is eager.
  const loading = await pictures.evaluateAll((images) =>
    images.map((image) => image.getAttribute("loading")),
  );
  expect(loading.slice(1).every((value) => value === "lazy")).toBe(true);

  const latest = main.getByRole("region", { name: "Latest" });
  const items = latest.getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    const time = item.locator("time");
    await expect(time).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    await expect(time).toHaveText(/^(\d{1,2}:\d{2} [AP]M|[A-Z][a-z]{2} \d{1,2}(, \d{4})?)$/);
  }

  const rails = main.locator('section[aria-labelledby^="rail-"]');
  for (const rail of await rails.all()) {
    expect(await rail.getByRole("listitem").count()).toBeGreaterThanOrEqual(MIN_RAIL_STORIES);
  }
});

test("a section page shows a lazy, sized thumbnail beside each story with a hero", async ({ page }) => {
  await openWithPictures(page, `/sections/${pictured.slug}`);
  const stories = page.getByRole("main").getByRole("listitem");
  const sectionStories = relatedStories.filter((story) => story.section === pictured.slug);
  await expect(stories).toHaveCount(sectionStories.length);
  for (const story of await stories.all()) {
    const thumbnail = story.locator("img");
    await expect(thumbnail).toHaveCount(1);
    await expect(thumbnail).toHaveAttribute("loading", "lazy");
    await expect(thumbnail).toHaveAttribute("src", /^\/media\/[0-9a-f-]{36}\/w\d+\.webp$/);
    await expectSizedPictures(thumbnail);
  }
  // Scrolled into view, the last one loads.
  const last = stories.last().locator("img");
  await last.scrollIntoViewIfNeeded();
  await expect.poll(() => last.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
});

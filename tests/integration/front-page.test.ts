import { beforeEach, describe, expect, test } from "vitest";
import { loadFrontPage, MIN_RAIL_STORIES, type FrontPage } from "@/lib/reader/front-page";
import { emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);

let sequence = 0;

async function createSection(slug: string, position: number) {
  return testDb.section.create({ data: { slug, name: slug.toUpperCase(), position }, select: { id: true } });
}

/** A hero image's stored row: three WebP copies, as lib/newsroom/media-uploads.ts makes them (no files needed to list it). */
async function createMedia() {
  const id = crypto.randomUUID();
  await testDb.media.create({
    data: {
      id,
      fileName: "map.png",
      mimeType: "image/png",
      width: 2400,
      height: 1600,
      bytes: 1000,
      storageKey: `${id}/original.png`,
      alt: "The library's words",
      variants: [480, 960, 1600].map((width) => ({
        width,
        height: Math.round((width * 2) / 3),
        key: `${id}/w${width}.webp`,
      })),
    },
  });
  return id;
}

async function createStory(
  sectionId: string,
  minutesAgo: number,
  hero?: { mediaId: string; alt: string | null },
) {
  sequence += 1;
  return testDb.story.create({
    data: {
      slug: `front-page-story-${sequence}`,
      headline: `Front page story ${sequence}`,
      body: { type: "doc", content: [] },
      bodyHtml: "",
      bodyText: "",
      status: "published",
      publishedAt: new Date(Date.now() - minutesAgo * 60_000),
      sectionId,
      heroImageId: hero?.mediaId,
      heroImageAlt: hero?.alt,
    },
    select: { id: true, slug: true },
  });
}

const everyStory = (page: FrontPage) =>
  [page.lead, ...page.top, ...page.latest, ...page.rails.flatMap((rail) => rail.stories)].map(
    (story) => story?.slug,
  );

/** Enough new stories in `sectionId` to fill the lead, top stories and latest list, and then some. */
async function fillTheNews(sectionId: string, count = 30) {
  for (let index = 0; index < count; index += 1) await createStory(sectionId, index + 1);
}

describe("the front page", () => {
  test("a section's rail shows at least MIN_RAIL_STORIES stories or is left out; each story appears once", async () => {
    const news = await createSection("news", 0);
    const quiet = await createSection("quiet", 1);
    await fillTheNews(news.id);
    // Older than all the news, so only a rail could show them.
    for (let index = 0; index < MIN_RAIL_STORIES - 1; index += 1) await createStory(quiet.id, 10_000 + index);

    let page = await loadFrontPage();
    expect(page.rails.map((rail) => rail.section.slug)).toEqual(["news"]);
    expect(page.latest.length).toBeGreaterThan(0);

    await createStory(quiet.id, 20_000);
    page = await loadFrontPage();
    expect(page.rails.map((rail) => [rail.section.slug, rail.stories.length])).toEqual([
      ["news", expect.any(Number)],
      ["quiet", MIN_RAIL_STORIES],
    ]);
    for (const rail of page.rails) expect(rail.stories.length).toBeGreaterThanOrEqual(MIN_RAIL_STORIES);
    const slugs = everyStory(page);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  test("stories carry their hero as a picture: the widest copy with the story's own words", async () => {
    const news = await createSection("news", 0);
    const mediaId = await createMedia();
    const lead = await createStory(news.id, 1, { mediaId, alt: "A map of the Caribbean with Cuba marked" });
    const withoutWords = await createStory(news.id, 2, { mediaId, alt: null });
    const plain = await createStory(news.id, 3);

    const page = await loadFrontPage();
    expect(page.lead?.slug).toBe(lead.slug);
    expect(page.lead?.image).toEqual({
      src: `/media/${mediaId}/w1600.webp`,
      width: 1600,
      height: 1067,
      alt: "A map of the Caribbean with Cuba marked",
    });
    const bySlug = new Map(page.top.map((story) => [story.slug, story]));
    // A picture readers could not be told about is left out.
    expect(bySlug.get(withoutWords.slug)?.image).toBeNull();
    expect(bySlug.get(plain.slug)?.image).toBeNull();
  });
});

/**
 * Related headlines come from stored suggestions, and every write names the
 * cache tags it changed (lib/delivery/cache-tags.ts): the story's address and, while
 * readers can see it, every list it is on, before and after the write. It
 * records the same tags in CacheInvalidation with the write, for every
 * process to drop what carries them (lib/delivery/cache-invalidation.ts).
 */
import { beforeEach, describe, expect, test } from "vitest";
import { addAmendment } from "@/lib/newsroom/corrections-and-updates";
import { isStale } from "@/lib/delivery/cache-handler.mjs";
import { cacheTagsOfStories } from "@/lib/delivery/cache-tags";
import { arrangeFrontPage } from "@/lib/newsroom/front-page-curation";
import { setStoryLinks } from "@/lib/newsroom/links";
import { publishDueStories, refreshAroundPublished } from "@/lib/newsroom/scheduler";
import { ABOUT_SLUG, saveSitePage } from "@/lib/newsroom/site-pages";
import { loadStoryPage } from "@/lib/reader/stories";
import { saveStory } from "@/lib/newsroom/story-writes";
import { catchUpOnSuggestions } from "@/lib/reader/suggestions-refresh";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import { storyFormSchema } from "@/lib/validation/story";
import { publishStory, unpublishStory } from "@/lib/newsroom/workflow";
import { createStaff, emptyDatabase, testDb } from "./database";

const HOUR = 3_600_000;
let counter = 0;

type Made = { id: string; slug: string };

/** A published story about `words`, in the "world" section, published `hoursAgo`. */
async function makeStory(words: string, hoursAgo: number, options: { status?: "published" | "draft" } = {}): Promise<Made> {
  counter += 1;
  const section = await testDb.section.upsert({
    where: { slug: "world" },
    update: {},
    create: { slug: "world", name: "World" },
  });
  return testDb.story.create({
    data: {
      slug: `story-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      headline: `${words} ${counter}`,
      body: { type: "doc", content: [] },
      bodyHtml: `<p>${words}</p>`,
      bodyText: words,
      status: options.status ?? "published",
      publishedAt: options.status === "draft" ? null : new Date(Date.now() - hoursAgo * HOUR),
      sectionId: section.id,
    },
    select: { id: true, slug: true },
  });
}

const relatedOf = (story: Made) => `related:${story.slug}`;
const relatedSlugs = async (story: Made) => (await loadStoryPage(story.slug))!.related.map((item) => item.slug);

const form = (overrides: Record<string, string>) =>
  storyFormSchema.parse({ slug: "", dek: "", sectionId: "", tags: "", version: "0", body: "Text.", ...overrides });

beforeEach(emptyDatabase);

describe("related headlines", () => {
  test("the page reads the editors' links first, then stored suggestions, never itself, a duplicate or a hidden story", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks harbour", 1);
    const similar = await makeStory("Ferry strike ends at the harbour", 2);
    const linked = await makeStory("Budget vote in parliament", 3);
    const hidden = await makeStory("Ferry strike harbour draft", 4, { status: "draft" });
    await refreshSuggestions(testDb, [story.id]);
    await setStoryLinks(story.id, [linked.slug, similar.slug], editor);

    const related = (await loadStoryPage(story.slug))!.related;
    expect(related.map((item) => [item.slug, item.linked])).toEqual([
      [linked.slug, true],
      [similar.slug, true],
    ]);
    expect(related.map((item) => item.slug)).not.toContain(hidden.slug);
    expect(related.map((item) => item.slug)).not.toContain(story.slug);
  });

  test("publishing a story stores its suggestions, and its neighbours' now list it", async () => {
    const editor = await createStaff("editor");
    const older = await makeStory("Wildfire near the coast forces evacuations", 5);
    await refreshSuggestions(testDb, [older.id]);
    const fresh = await saveStory(form({ headline: "Wildfire reaches the coast road" }), editor);
    expect(await relatedSlugs(older)).not.toContain(fresh.slug);

    const published = await publishStory(fresh.id, editor);
    expect(await relatedSlugs({ id: fresh.id, slug: fresh.slug })).toContain(older.slug);
    expect(await relatedSlugs(older)).toContain(fresh.slug);
    // The older story's page now shows it, so the publish invalidates that story's related headlines.
    expect(published.cacheTags).toContain(relatedOf(older));
  });

  test("stories from before suggestions were stored get theirs in the background, newest first", async () => {
    const [first, second] = [await makeStory("Harbour ferry", 1), await makeStory("Harbour ferry late", 2)];
    expect(await relatedSlugs(first)).toEqual([]);
    const tags = await catchUpOnSuggestions(1);
    expect(tags).toEqual([relatedOf(first)]);
    expect(await relatedSlugs(first)).toEqual([second.slug]);
    expect(await catchUpOnSuggestions()).toEqual([relatedOf(second)]);
    expect(await catchUpOnSuggestions()).toEqual([]);
  });
});

/** The id of the last CacheInvalidation record, to read what a write records after it. */
async function lastRecord(): Promise<bigint> {
  const row = await testDb.cacheInvalidation.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? BigInt(0);
}

/** Every tag recorded after the record `after`, all records together, sorted. */
async function recordedSince(after: bigint): Promise<string[]> {
  const rows = await testDb.cacheInvalidation.findMany({ where: { id: { gt: after } }, select: { tags: true } });
  return [...new Set(rows.flatMap((row) => row.tags))].sort();
}

/** Runs a write; returns what it returned and the tags it recorded in CacheInvalidation. */
async function recording<T>(write: () => Promise<T>): Promise<{ result: T; recorded: string[] }> {
  const before = await lastRecord();
  const result = await write();
  return { result, recorded: await recordedSince(before) };
}

const sorted = (tags: string[]) => [...tags].sort();

/** A world section, and a published story in it, by "Ada Editor", tagged Ferries and Harbour. */
async function publishedStory(slug = "ferry-strike-talks") {
  const editor = await createStaff("editor", "Ada Editor");
  const world = await testDb.section.upsert({ where: { slug: "world" }, update: {}, create: { slug: "world", name: "World" } });
  const created = await saveStory(
    form({ headline: "Ferry Strike Talks", slug, sectionId: world.id, tags: "Ferries, Harbour" }),
    editor,
  );
  await publishStory(created.id, editor);
  return { editor, world, story: { id: created.id, slug } };
}

/** The tags of a visible story in the world section by Ada Editor, tagged Ferries and Harbour. */
const visibleTags = (slug: string) =>
  sorted([
    `story:${slug}`,
    "front",
    "feeds",
    "sitemaps",
    "search",
    "section:world",
    "tag:ferries",
    "tag:harbour",
    "author:ada-editor",
  ]);

describe("the cache tags a write changes, recorded with it", () => {
  test("a new story and a saved draft change only their own address", async () => {
    const editor = await createStaff("editor");
    const created = await recording(() => saveStory(form({ headline: "Ferry Strike Talks", slug: "ferry-strike-talks" }), editor));
    expect(created.result.cacheTags).toEqual(["story:ferry-strike-talks"]);
    expect(created.recorded).toEqual(["story:ferry-strike-talks"]);

    const saved = await recording(() =>
      saveStory(form({ headline: "Ferry Strike Talks Resume", slug: "ferry-strike-talks", version: "1" }), editor, created.result.id),
    );
    expect(saved.result.cacheTags).toEqual(["story:ferry-strike-talks"]);
    expect(saved.recorded).toEqual(["story:ferry-strike-talks"]);
  });

  test("publishing a story: its address and every list it is now on", async () => {
    const editor = await createStaff("editor", "Ada Editor");
    const world = await testDb.section.create({ data: { slug: "world", name: "World" } });
    const created = await saveStory(
      form({ headline: "Ferry Strike Talks", slug: "ferry-strike-talks", sectionId: world.id, tags: "Ferries, Harbour" }),
      editor,
    );
    const published = await recording(() => publishStory(created.id, editor));
    expect(published.result.cacheTags).toEqual(visibleTags("ferry-strike-talks"));
    expect(published.recorded).toEqual(published.result.cacheTags);
    expect(await cacheTagsOfStories(testDb, [created.id])).toEqual(visibleTags("ferry-strike-talks"));
  });

  test("an edit of a published story that renames it and moves it names both addresses and both sections", async () => {
    const { editor, story } = await publishedStory();
    const europe = await testDb.section.create({ data: { slug: "europe", name: "Europe" } });
    const renamed = await recording(() =>
      saveStory(
        form({ headline: "Ferry Strike Ends", slug: "ferry-strike-ends", sectionId: europe.id, tags: "Ferries, Harbour", version: "2" }),
        editor,
        story.id,
      ),
    );
    expect(renamed.result.cacheTags).toEqual(
      sorted([...visibleTags("ferry-strike-talks"), "story:ferry-strike-ends", "section:europe"]),
    );
    expect(renamed.recorded).toEqual(renamed.result.cacheTags);
  });

  test("unpublishing names the lists the story was on, though it is on none now", async () => {
    const { editor, story } = await publishedStory();
    const unpublished = await recording(() => unpublishStory(story.id, editor));
    expect(unpublished.result.cacheTags).toEqual(visibleTags(story.slug));
    expect(unpublished.recorded).toEqual(visibleTags(story.slug));
    expect(await cacheTagsOfStories(testDb, [story.id])).toEqual([`story:${story.slug}`]);
  });

  test("a draft, or a story scheduled for later, shows nowhere but its own address", async () => {
    const draft = await makeStory("Draft about the harbour", 1, { status: "draft" });
    expect(await cacheTagsOfStories(testDb, [draft.id])).toEqual([`story:${draft.slug}`]);
    const later = await makeStory("Scheduled harbour story", 0);
    await testDb.story.update({ where: { id: later.id }, data: { status: "scheduled", publishedAt: new Date(Date.now() + HOUR) } });
    expect(await cacheTagsOfStories(testDb, [later.id])).toEqual([`story:${later.slug}`]);
    expect(await cacheTagsOfStories(testDb, [])).toEqual([]);
  });

  test("an update leaves the corrections page alone; a correction adds it", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks", 1);
    const listed = [`story:${story.slug}`, "front", "feeds", "sitemaps", "search", "section:world"].sort();
    const update = await recording(() => addAmendment(story.id, { kind: "update", text: "Talks resume Friday." }, editor));
    expect(update.result.cacheTags).toEqual(listed);
    expect(update.recorded).toEqual(listed);

    const correction = await recording(() =>
      addAmendment(story.id, { kind: "correction", text: "The strike began Monday." }, editor),
    );
    expect(correction.result.cacheTags).toEqual(sorted([...listed, "corrections"]));
    expect(correction.recorded).toEqual(correction.result.cacheTags);
  });

  test("a correction to a story readers cannot see changes only its address", async () => {
    const editor = await createStaff("editor");
    const draft = await makeStory("Draft about the harbour", 1, { status: "draft" });
    const { result, recorded } = await recording(() =>
      addAmendment(draft.id, { kind: "correction", text: "Spelling." }, editor),
    );
    expect(result.cacheTags).toEqual([`story:${draft.slug}`]);
    expect(recorded).toEqual([`story:${draft.slug}`]);
  });

  test("links change the story's related headlines and those of the stories that now link back", async () => {
    const editor = await createStaff("editor");
    const [story, other, third] = [await makeStory("Ferry", 1), await makeStory("Port", 2), await makeStory("Museum", 3)];
    const { result, recorded } = await recording(() => setStoryLinks(story.id, [other.slug, third.slug], editor, [other.slug]));
    expect(sorted(result.cacheTags)).toEqual(sorted([relatedOf(story), relatedOf(other)]));
    expect(recorded).toEqual(sorted(result.cacheTags));
  });

  test("a scheduled story going live: the scheduler records and applies its lists; its neighbours' related headlines follow", async () => {
    const neighbour = await makeStory("Ferry strike looms at the harbour", 2);
    const story = await makeStory("Ferry strike talks at the harbour", 0);
    await testDb.story.update({ where: { id: story.id }, data: { status: "scheduled", publishedAt: new Date(Date.now() - 1000) } });
    // Its suggestions were made when it was scheduled.
    await refreshSuggestions(testDb, [story.id]);
    const before = Date.now();

    const published = await recording(() => publishDueStories());
    expect(published.result).toEqual([story.slug]);
    const listed = [`story:${story.slug}`, "front", "feeds", "sitemaps", "search", "section:world"].sort();
    expect(published.recorded).toEqual(listed);
    // Applied in this process as soon as it committed.
    expect(isStale([`story:${story.slug}`], before)).toBe(true);
    expect(isStale(["section:world"], before)).toBe(true);

    const around = await recording(() => refreshAroundPublished([story.slug]));
    expect(around.result).toEqual([relatedOf(neighbour)]);
    expect(around.recorded).toEqual([relatedOf(neighbour)]);

    const again = await recording(() => publishDueStories());
    expect(again).toEqual({ result: [], recorded: [] });
    expect(await refreshAroundPublished([])).toEqual([]);
  });

  test("the front page's arrangement and the About page record their own tags", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks", 1);
    expect((await recording(() => arrangeFrontPage([story.id], editor))).recorded).toEqual(["front"]);
    expect((await recording(() => saveSitePage(ABOUT_SLUG, { title: "About us", body: "We report." }, editor))).recorded).toEqual([
      "about",
    ]);
  });

  test("a write that fails records nothing", async () => {
    const { editor, story } = await publishedStory();
    const { recorded } = await recording(async () => {
      // Version 1 is no longer the story's (publishing made it 2).
      await expect(
        saveStory(form({ headline: "Stale edit", slug: story.slug, version: "1" }), editor, story.id),
      ).rejects.toThrow();
      const writer = await createStaff("writer");
      await expect(unpublishStory(story.id, writer)).rejects.toThrow();
    });
    expect(recorded).toEqual([]);
  });
});

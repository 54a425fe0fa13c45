/**
 * Related headlines come from stored suggestions, and every write names the
 * reader pages it changed: exactly the pages that show the story.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { addAmendment } from "@/lib/amendments";
import { setStoryLinks } from "@/lib/links";
import { noticesFor, readerPageChangeSchema } from "@/lib/reader-cache";
import { readerPagesShowing } from "@/lib/reader-pages";
import { publishDueStories, readerPagesForPublished } from "@/lib/scheduler";
import { loadStoryPage } from "@/lib/stories";
import { saveStory } from "@/lib/story-mutations";
import { catchUpOnSuggestions } from "@/lib/story-suggestions";
import { refreshSuggestions } from "@/lib/suggestions";
import { storyFormSchema } from "@/lib/validation/story";
import { publishStory, unpublishStory } from "@/lib/workflow";
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

const page = (story: Made) => `/stories/${story.slug}`;
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
    // The older story's page now shows it, so the publish refreshes that page.
    expect(published.readerPages).toContain(page(older));
  });

  test("stories from before suggestions were stored get theirs in the background, newest first", async () => {
    const [first, second] = [await makeStory("Harbour ferry", 1), await makeStory("Harbour ferry late", 2)];
    expect(await relatedSlugs(first)).toEqual([]);
    const pages = await catchUpOnSuggestions(1);
    expect(pages).toEqual([page(first)]);
    expect(await relatedSlugs(first)).toEqual([second.slug]);
    expect(await catchUpOnSuggestions()).toEqual([page(second)]);
    expect(await catchUpOnSuggestions()).toEqual([]);
  });
});

describe("the pages a write refreshes", () => {
  test("a visible story: its page, the lists it is on, and the story pages that link to it or suggest it", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks", 1);
    const linking = await makeStory("Port news", 30 * 24);
    const suggesting = await makeStory("Ferry strike looms", 2);
    // Its related headlines were worked out before `story` existed: it does not list it.
    const unrelated = await makeStory("Museum reopens", 40 * 24);
    await refreshSuggestions(testDb, [unrelated.id]);
    await testDb.storySuggestion.deleteMany({ where: { storyId: unrelated.id, suggestedId: story.id } });
    await setStoryLinks(linking.id, [story.slug], editor);
    await refreshSuggestions(testDb, [suggesting.id]);
    const suggestedBy = await testDb.storySuggestion.findMany({ where: { suggestedId: story.id } });
    expect(suggestedBy.map((row) => row.storyId)).toContain(suggesting.id);

    const pages = await readerPagesShowing(testDb, [story.id]);
    expect(pages).toEqual(
      expect.arrayContaining([
        page(story),
        page(linking),
        page(suggesting),
        "/",
        "/sections/world",
        "/sections/world/feed.xml",
        "/feed.xml",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/sitemaps/stories",
      ]),
    );
    expect(pages).not.toContain(page(unrelated));
    expect(pages).not.toContain("/corrections");
  });

  test("an old story far down the list is not on the front page, so an edit of it leaves the front page alone", async () => {
    const old = await makeStory("Old harbour story", 400 * 24);
    for (let index = 0; index < 30; index++) await makeStory(`Newer story ${index}`, index + 1);
    expect(await readerPagesShowing(testDb, [old.id])).not.toContain("/");
    await testDb.frontPageSlot.create({ data: { position: 0, storyId: old.id } });
    expect(await readerPagesShowing(testDb, [old.id])).toContain("/");
  });

  test("a draft shows nowhere but its own address", async () => {
    const draft = await makeStory("Draft about the harbour", 1, { status: "draft" });
    expect(await readerPagesShowing(testDb, [draft.id])).toEqual([page(draft)]);
  });

  test("unpublishing refreshes the pages that showed the story, though they no longer do", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks", 1);
    const linking = await makeStory("Port news", 2);
    await setStoryLinks(linking.id, [story.slug], editor);
    const result = await unpublishStory(story.id, editor);
    expect(result.readerPages).toEqual(expect.arrayContaining([page(story), page(linking), "/", "/sections/world"]));
    expect(await readerPagesShowing(testDb, [story.id])).toEqual([page(story)]);
  });

  test("a correction adds the corrections page and its feed", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Ferry strike talks", 1);
    const { readerPages } = await addAmendment(story.id, { kind: "correction", text: "The strike began Monday." }, editor);
    expect(readerPages).toEqual(expect.arrayContaining([page(story), "/corrections", "/corrections/feed.xml"]));
  });

  test("renaming a story refreshes its old address and its new one", async () => {
    const editor = await createStaff("editor");
    const created = await saveStory(form({ headline: "Ferry Strike Talks", slug: "ferry-strike-talks" }), editor);
    await publishStory(created.id, editor);
    const renamed = await saveStory(
      form({ headline: "Ferry Strike Ends", slug: "ferry-strike-ends", version: "2" }),
      editor,
      created.id,
    );
    expect(renamed.readerPages).toEqual(expect.arrayContaining(["/stories/ferry-strike-talks", "/stories/ferry-strike-ends"]));
  });

  test("a scheduled story going live: the pages that show it now", async () => {
    const story = await makeStory("Ferry strike talks", 0);
    await testDb.story.update({ where: { id: story.id }, data: { status: "scheduled", publishedAt: new Date(Date.now() - 1000) } });
    expect(await publishDueStories()).toEqual([story.slug]);
    expect(await readerPagesForPublished([story.slug])).toEqual(expect.arrayContaining([page(story), "/", "/feed.xml"]));
  });
});

test("a refresh told to the other processes is split into notices PostgreSQL accepts, every path in one of them", () => {
  const paths = Array.from({ length: 300 }, (_, index) => `/stories/${"a-long-headline-slug-".repeat(5)}${index}`);
  const notices = noticesFor("this-process", readerPageChangeSchema.parse({ paths }));
  expect(notices.length).toBeGreaterThan(1);
  for (const notice of notices) expect(Buffer.byteLength(notice)).toBeLessThanOrEqual(8000);
  expect(notices.flatMap((notice) => (JSON.parse(notice) as { paths: string[] }).paths)).toEqual(paths);
});

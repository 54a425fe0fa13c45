/**
 * The list under a story, as the reference page has it: every story the
 * editors linked, in their order, however many; suggestions only to fill a
 * short list; the limit on links said, never applied by dropping one.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { loadLinkEditor, setStoryLinks } from "@/lib/newsroom/links";
import { loadRelatedHeadlines } from "@/lib/reader/related";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { loadStoryPage } from "@/lib/reader/stories";
import { WrongStateError } from "@/lib/platform/errors";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import { MAX_STORY_LINKS } from "@/lib/validation/story";
import { leadStory, relatedStories } from "@/prisma/demo-content";
import { seedDemoContent } from "@/prisma/seed";
import { createStaff, emptyDatabase, testDb } from "./database";

const HOUR = 3_600_000;
let counter = 0;

type Made = { id: string; slug: string; headline: string };

/** A story in the "world" section, published `hoursAgo` unless a draft, tagged with `tags`. */
async function makeStory(
  headline: string,
  options: { hoursAgo?: number; status?: "published" | "draft"; tags?: string[]; text?: string } = {},
): Promise<Made> {
  counter += 1;
  const section = await testDb.section.upsert({
    where: { slug: "world" },
    update: {},
    create: { slug: "world", name: "World" },
  });
  const text = options.text ?? headline;
  return testDb.story.create({
    data: {
      slug: `related-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      headline,
      body: { type: "doc", content: [] },
      bodyHtml: `<p>${text}</p>`,
      bodyText: text,
      status: options.status ?? "published",
      publishedAt: options.status === "draft" ? null : new Date(Date.now() - (options.hoursAgo ?? counter) * HOUR),
      sectionId: section.id,
      tags: {
        create: (options.tags ?? []).map((name) => ({
          tag: {
            connectOrCreate: { where: { slug: name.toLowerCase() }, create: { slug: name.toLowerCase(), name } },
          },
        })),
      },
    },
    select: { id: true, slug: true, headline: true },
  });
}

const manyStories = async (count: number, prefix: string) => {
  const made: Made[] = [];
  for (let index = 0; index < count; index += 1) made.push(await makeStory(`${prefix} number ${index + 1}`));
  return made;
};

beforeEach(emptyDatabase);

describe("the demo content's lead story", () => {
  test("readers get all seventeen linked headlines, in the editors' order", async () => {
    await seedDemoContent(testDb, { name: "Demo Editor", email: "editor@newsroom.test", password: "a-long-test-password" });
    const page = await loadStoryPage(leadStory.slug);
    expect(page!.related.map((item) => item.headline)).toEqual(relatedStories.map((story) => story.headline));
    expect(page!.related.every((item) => item.linked)).toBe(true);
    // The staff preview shows the same list.
    const preview = await loadRelatedHeadlines(page!.id);
    expect(preview.map((item) => item.slug)).toEqual(page!.related.map((item) => item.slug));
  });
});

describe("a story's related headlines", () => {
  test("twenty links: twenty headlines in order, and no suggestion", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Harbour strike enters its second week", { tags: ["Ports"] });
    const targets = await manyStories(20, "Harbour strike follow-up");
    await makeStory("Harbour strike: the unions' demands", { tags: ["Ports"] });
    await refreshSuggestions(testDb, [story.id]);
    const order = [...targets].reverse();
    await setStoryLinks(
      story.id,
      order.map((target) => target.slug),
      editor,
    );

    const related = (await loadStoryPage(story.slug))!.related;
    expect(related.map((item) => item.slug)).toEqual(order.map((target) => target.slug));
    expect(related.every((item) => item.linked)).toBe(true);
  });

  test("three links: those first, then suggestions up to the list's length, never hidden or twice", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Veracruz dockworkers strike over pay", {
      tags: ["Mexico", "Ports", "Labor"],
      text: "Dockworkers in Veracruz walked out over pay, halting container traffic at Mexico's busiest port.",
    });
    const linked = await manyStories(3, "Editors' pick");
    const related: Made[] = [];
    for (let index = 0; index < 7; index += 1) {
      related.push(
        await makeStory(`Veracruz port strike update ${index + 1}`, {
          tags: ["Mexico", "Ports"],
          text: "Dockworkers in Veracruz kept the port closed as talks over pay stalled.",
        }),
      );
    }
    const draft = await makeStory("Veracruz dockworkers strike draft", { status: "draft", tags: ["Mexico", "Ports"] });
    await refreshSuggestions(testDb, [story.id]);
    await setStoryLinks(
      story.id,
      linked.map((item) => item.slug),
      editor,
    );

    const list = (await loadStoryPage(story.slug))!.related;
    expect(list).toHaveLength(RELATED_HEADLINES_LENGTH);
    expect(list.slice(0, 3).map((item) => [item.slug, item.linked])).toEqual(linked.map((item) => [item.slug, true]));
    const suggested = list.slice(3);
    expect(suggested.every((item) => !item.linked)).toBe(true);
    expect(suggested.every((item) => related.some((story) => story.slug === item.slug))).toBe(true);
    const slugs = list.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain(story.slug);
    expect(slugs).not.toContain(draft.slug);
  });

  test("a linked story readers cannot see is left out and leaves its place to a suggestion", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Andes glacier retreat measured", { tags: ["Glaciers"] });
    const draft = await makeStory("Andes glacier draft", { status: "draft", tags: ["Glaciers"] });
    const neighbour = await makeStory("Andes glacier retreat speeds up", { tags: ["Glaciers"] });
    await refreshSuggestions(testDb, [story.id]);
    await setStoryLinks(story.id, [draft.slug], editor);
    const list = (await loadStoryPage(story.slug))!.related;
    expect(list.map((item) => [item.slug, item.linked])).toEqual([[neighbour.slug, false]]);
  });
});

describe("the limit on links", () => {
  test(`${MAX_STORY_LINKS} links are kept; one more is refused with a message and changes nothing`, async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Election night results");
    const targets = await manyStories(MAX_STORY_LINKS + 1, "Election result");
    const slugs = targets.map((target) => target.slug);
    await setStoryLinks(story.id, slugs.slice(0, MAX_STORY_LINKS), editor);
    await expect(setStoryLinks(story.id, slugs, editor)).rejects.toThrow(
      `A story can link to at most ${MAX_STORY_LINKS} others`,
    );
    const page = await loadStoryPage(story.slug);
    expect(page!.related.map((item) => item.slug)).toEqual(slugs.slice(0, MAX_STORY_LINKS));
  });

  test("linking back from a story that is full is refused, naming it, and nothing is saved", async () => {
    const editor = await createStaff("editor");
    const full = await makeStory("Full story");
    const targets = await manyStories(MAX_STORY_LINKS, "Target");
    await setStoryLinks(
      full.id,
      targets.map((target) => target.slug),
      editor,
    );
    const story = await makeStory("Newcomer");
    const attempt = setStoryLinks(story.id, [full.slug], editor, [full.slug]);
    await expect(attempt).rejects.toBeInstanceOf(WrongStateError);
    await expect(attempt).rejects.toThrow(full.slug);
    expect(await testDb.storyLink.count({ where: { fromStoryId: story.id } })).toBe(0);
    expect(await testDb.storyLink.count({ where: { fromStoryId: full.id } })).toBe(MAX_STORY_LINKS);
  });
});

describe("the link editor", () => {
  test("lists the links with section, date and visibility, and suggestions with their reasons", async () => {
    const editor = await createStaff("editor");
    const story = await makeStory("Havana and Caracas trade envoys", { tags: ["Cuba", "Venezuela"] });
    const published = await makeStory("Maduro hosts Cuban delegation", { tags: ["Cuba", "Venezuela"] });
    const draft = await makeStory("Caracas talks draft", { status: "draft" });
    const suggestion = await makeStory("Cuba and Venezuela sign oil accord", { tags: ["Cuba", "Venezuela"] });
    await setStoryLinks(story.id, [draft.slug, published.slug], editor);

    const data = await loadLinkEditor(story.id);
    expect(data.links.map((link) => [link.slug, link.visible, link.sectionName])).toEqual([
      [draft.slug, false, "World"],
      [published.slug, true, "World"],
    ]);
    const offered = data.suggestions.find((item) => item.slug === suggestion.slug);
    expect(offered?.reasons.join(" ")).toMatch(/Cuba/);
    expect(offered?.reasons.join(" ")).toMatch(/Venezuela/);
    expect(data.suggestions.map((item) => item.slug)).not.toContain(published.slug);
    expect(data.suggestions.map((item) => item.slug)).not.toContain(story.slug);
  });
});

import { beforeEach, describe, expect, test } from "vitest";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { loadFrontPage, MIN_RAIL_STORIES } from "@/lib/reader/front-page";
import { loadRelatedHeadlines } from "@/lib/reader/related";
import { loadPublishedStory } from "@/lib/reader/stories";
import { setStoryLinks } from "@/lib/newsroom/links";
import { saveStory } from "@/lib/newsroom/story-writes";
import { publishStory, unpublishStory } from "@/lib/newsroom/workflow";
import { storyFormSchema } from "@/lib/validation/story";
import { leadStory, relatedStories } from "@/prisma/demo-content";
import { seedDemoContent } from "@/prisma/seed";
import { createStaff, emptyDatabase, testDb } from "./database";

const account = { name: "Demo Editor", email: "editor@newsroom.test", password: "a-long-test-password" };

const form = (overrides: Record<string, string> = {}) =>
  storyFormSchema.parse({
    headline: "Port Workers Vote to End Strike",
    slug: "",
    dek: "",
    body: "The vote was close.\n\nShips began unloading at dawn.",
    sectionId: "",
    tags: "Labor, Ports",
    version: "0",
    ...overrides,
  });

beforeEach(emptyDatabase);

describe("demo content", () => {
  test("loads once: seeding again duplicates nothing", async () => {
    const first = await seedDemoContent(testDb, account);
    const second = await seedDemoContent(testDb, account);
    expect(first).toEqual({ accountCreated: true, storiesCreated: true });
    expect(second).toEqual({ accountCreated: false, storiesCreated: false });
    expect(await testDb.story.count()).toBe(18);
    expect(await testDb.user.count()).toBe(1);
  });

  test("the lead story's related headlines are the seed page's, in its order", async () => {
    await seedDemoContent(testDb, account);
    const lead = await loadPublishedStory(leadStory.slug);
    expect(lead?.headline).toBe(leadStory.headline);
    const related = await loadRelatedHeadlines(lead!.id);
    expect(related.map((item) => item.headline)).toEqual(relatedStories.map((story) => story.headline));
    expect(related.every((item) => item.linked)).toBe(true);
  });

  test("the front page leads with the pinned lead story and shows every story once", async () => {
    await seedDemoContent(testDb, account);
    const page = await loadFrontPage();
    expect(page.lead?.slug).toBe(leadStory.slug);
    expect(page.top).toHaveLength(4);
    const slugs = [page.lead, ...page.top, ...page.latest, ...page.rails.flatMap((rail) => rail.stories)].map(
      (story) => story?.slug,
    );
    expect(new Set(slugs).size).toBe(slugs.length);
    // The lead, four top stories, the latest eight and a full Asia-Pacific rail; a section with too few left has no rail.
    for (const rail of page.rails) expect(rail.stories.length).toBeGreaterThanOrEqual(MIN_RAIL_STORIES);
    expect(slugs).toHaveLength(17);
  });

  test("editors' pinned order wins over recency", async () => {
    await seedDemoContent(testDb, account);
    const oldest = [...relatedStories].sort((a, b) => b.hoursAgo - a.hoursAgo)[0]!;
    const story = await testDb.story.findUniqueOrThrow({ where: { slug: oldest.slug } });
    await testDb.frontPageSlot.create({ data: { position: 1, storyId: story.id } });
    const page = await loadFrontPage();
    expect(page.top[0]?.slug).toBe(oldest.slug);
  });
});

describe("what readers see", () => {
  test("related headlines fill up with suggestions, never the story itself, a duplicate or a draft", async () => {
    await seedDemoContent(testDb, account);
    const editor = await createStaff("editor");
    const draft = await saveStory(form({ headline: "Cuba and Venezuela Draft Story" }), editor);
    const story = await testDb.story.findUniqueOrThrow({ where: { slug: relatedStories[3]!.slug } });
    await setStoryLinks(story.id, [relatedStories[5]!.slug, draft.slug], editor);

    const related = await loadRelatedHeadlines(story.id, 8);
    // Only stories that share something with this one are suggested, so the list may stay short.
    expect(related.length).toBeLessThanOrEqual(8);
    expect(related[0]).toMatchObject({ slug: relatedStories[5]!.slug, linked: true });
    const slugs = related.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain(story.slug);
    expect(slugs).not.toContain(draft.slug);
    // The lead story shares the story's tag and names (Cuba), so it is among the suggestions.
    expect(slugs).toContain(leadStory.slug);
  });

  test("drafts and stories scheduled for later are invisible", async () => {
    const editor = await createStaff("editor");
    const draft = await saveStory(form(), editor);
    expect(await loadPublishedStory(draft.slug)).toBeNull();
    await testDb.story.update({
      where: { id: draft.id },
      data: { status: "published", publishedAt: new Date(Date.now() + 3_600_000) },
    });
    expect(await loadPublishedStory(draft.slug)).toBeNull();
    expect((await loadFrontPage()).lead).toBeNull();

    await testDb.story.update({ where: { id: draft.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
    expect((await loadPublishedStory(draft.slug))?.headline).toBe("Port Workers Vote to End Strike");
  });
});

describe("editorial writes", () => {
  test("a story is saved with its rendered body, a revision and an audit entry", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form({ body: "<script>alert(1)</script> Plain words." }), editor);
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id }, include: { tags: true } });
    expect(story.slug).toBe("port-workers-vote-to-end-strike");
    expect(story.bodyHtml).toBe("<p>&lt;script&gt;alert(1)&lt;/script&gt; Plain words.</p>");
    expect(story.tags).toHaveLength(2);
    expect(await testDb.revision.count({ where: { storyId: saved.id } })).toBe(1);
    expect(await testDb.auditEntry.count({ where: { storyId: saved.id, action: "story.create" } })).toBe(1);
  });

  test("a duplicate slug is refused and nothing is saved", async () => {
    const editor = await createStaff("editor");
    await saveStory(form(), editor);
    await expect(saveStory(form({ headline: "Another" , slug: "port-workers-vote-to-end-strike" }), editor)).rejects.toThrow(
      InputError,
    );
    expect(await testDb.story.count()).toBe(1);
  });

  test("a save from an outdated version is refused and changes nothing", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form(), editor);
    await saveStory(form({ headline: "First Edit", slug: saved.slug, version: "1" }), editor, saved.id);
    await expect(
      saveStory(form({ headline: "Stale Edit", slug: saved.slug, version: "1" }), editor, saved.id),
    ).rejects.toThrow(/Someone else saved this story/);
    const story = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(story).toMatchObject({ headline: "First Edit", version: 2 });
  });

  test("renaming a slug keeps the old one as a redirect", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form(), editor);
    await saveStory(form({ slug: "strike-ends", version: "1" }), editor, saved.id);
    const redirect = await testDb.storySlugRedirect.findUnique({ where: { slug: saved.slug } });
    expect(redirect?.storyId).toBe(saved.id);
    // Nobody else can take the old slug while it redirects.
    await expect(saveStory(form({ slug: saved.slug }), editor)).rejects.toThrow(InputError);
  });

  test("links keep their order, and a story cannot link to itself", async () => {
    const editor = await createStaff("editor");
    const [a, b, c] = [
      await saveStory(form({ headline: "Story A" }), editor),
      await saveStory(form({ headline: "Story B" }), editor),
      await saveStory(form({ headline: "Story C" }), editor),
    ];
    await setStoryLinks(a.id, [c.slug, b.slug], editor);
    const links = await testDb.storyLink.findMany({ where: { fromStoryId: a.id }, orderBy: { position: "asc" } });
    expect(links.map((link) => link.toStoryId)).toEqual([c.id, b.id]);
    await expect(setStoryLinks(a.id, [a.slug], editor)).rejects.toThrow("A story cannot link to itself.");
    await expect(setStoryLinks(a.id, ["no-such-story"], editor)).rejects.toThrow(InputError);
    // The failed saves left the links as they were.
    expect(await testDb.storyLink.count({ where: { fromStoryId: a.id } })).toBe(2);
  });

  test("publishing keeps the first publication time; unpublishing hides the story", async () => {
    const editor = await createStaff("editor");
    const saved = await saveStory(form(), editor);
    await publishStory(saved.id, editor);
    const first = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(first.status).toBe("published");
    await unpublishStory(saved.id, editor);
    expect(await loadPublishedStory(saved.slug)).toBeNull();
    await publishStory(saved.id, editor);
    const again = await testDb.story.findUniqueOrThrow({ where: { id: saved.id } });
    expect(again.publishedAt).toEqual(first.publishedAt);
  });

  test("a writer cannot edit someone else's story", async () => {
    const editor = await createStaff("editor");
    const writer = await createStaff("writer");
    const saved = await saveStory(form(), editor);
    await expect(saveStory(form({ headline: "Hijacked", version: "1" }), writer, saved.id)).rejects.toThrow(ForbiddenError);
    expect((await testDb.story.findUniqueOrThrow({ where: { id: saved.id } })).headline).toBe(
      "Port Workers Vote to End Strike",
    );
  });
});

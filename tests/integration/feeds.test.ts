import { beforeEach, describe, expect, test } from "vitest";
import { decodeCorrectionsCursor, loadCorrections } from "@/lib/reader/corrections";
import { renderRssFeed } from "@/lib/reader/feed-documents";
import {
  loadFeedStories,
  sectionFeedDocument,
  loadNewsSitemapStories,
  loadSitemapSections,
  loadStorySitemapPage,
  loadStorySitemapPages,
  storyItems,
} from "@/lib/reader/feeds";
import type { AmendmentKind, StoryStatus } from "@/lib/generated/prisma/enums";
import { leadStory, relatedStories } from "@/prisma/demo-content";
import { seedDemoContent } from "@/prisma/seed";
import { emptyDatabase, testDb } from "./database";

const HOUR = 3_600_000;

beforeEach(emptyDatabase);

async function createStory(
  slug: string,
  options: {
    hoursAgo?: number;
    status?: StoryStatus;
    dek?: string | null;
    sectionId?: string;
    bodyText?: string;
  } = {},
) {
  const bodyText = options.bodyText ?? `The body of ${slug}.`;
  const story = await testDb.story.create({
    data: {
      slug,
      headline: `Headline of ${slug}`,
      dek: options.dek === undefined ? `Dek of ${slug}` : options.dek,
      body: { type: "doc", content: [] },
      bodyHtml: `<p>${bodyText}</p>`,
      bodyText,
      status: options.status ?? "published",
      publishedAt: new Date(Date.now() - (options.hoursAgo ?? 1) * HOUR),
      sectionId: options.sectionId,
    },
    select: { id: true, slug: true },
  });
  return story;
}

async function amend(storyId: string, kind: AmendmentKind, text: string, hoursAgo: number) {
  await testDb.storyAmendment.create({
    data: { storyId, kind, text, createdAt: new Date(Date.now() - hoursAgo * HOUR) },
  });
}

describe("RSS feed stories", () => {
  test("are the newest published stories, without drafts or scheduled ones, limited", async () => {
    await createStory("older", { hoursAgo: 5 });
    await createStory("newer", { hoursAgo: 2 });
    await createStory("newest", { hoursAgo: 1 });
    await createStory("a-draft", { hoursAgo: 1, status: "draft" });
    await createStory("scheduled", { hoursAgo: -3, status: "published" });

    expect((await loadFeedStories()).map((story) => story.slug)).toEqual(["newest", "newer", "older"]);
    expect((await loadFeedStories({ limit: 2 })).map((story) => story.slug)).toEqual(["newest", "newer"]);
  });

  test("of a section hold only that section's stories", async () => {
    const section = await testDb.section.create({ data: { slug: "europe", name: "Europe" } });
    await createStory("in-europe", { sectionId: section.id });
    await createStory("elsewhere");
    expect((await loadFeedStories({ sectionId: section.id })).map((story) => story.slug)).toEqual([
      "in-europe",
    ]);
  });

  test("are summed up by the dek, or else by the start of the body", async () => {
    await createStory("with-dek", { dek: "The standfirst.", hoursAgo: 1 });
    await createStory("without-dek", {
      hoursAgo: 2,
      dek: null,
      bodyText: `${"Long opening words ".repeat(40)}end.`,
    });
    const [withDek, withoutDek] = await loadFeedStories();
    expect(withDek?.summary).toBe("The standfirst.");
    expect(withoutDek?.summary.startsWith("Long opening words Long")).toBe(true);
    expect(withoutDek?.summary.endsWith("…")).toBe(true);
    expect(withoutDek?.summary.length).toBeLessThanOrEqual(280);
  });

  test("carry their bylines in order", async () => {
    await seedDemoContent(testDb, {
      name: "Demo Editor",
      email: "editor@newsroom.test",
      password: "a-long-test-password",
    });
    const [lead] = await loadFeedStories();
    expect(lead?.slug).toBe(leadStory.slug);
    expect(lead?.authors).toEqual(["Elena Marquez Ruiz", "Daniel Okonkwo-Hale"]);
  });
});

describe("an RSS feed", () => {
  test("carries a headline and dek typed with markup as text, escaped, never as HTML", async () => {
    const typed = "<b>bold</b> & <script>x</script>";
    const story = await createStory("typed-markup", { dek: typed });
    await testDb.story.update({ where: { id: story.id }, data: { headline: `Vote ${typed}` } });

    const xml = renderRssFeed(
      {
        title: "Newsroom",
        link: "https://news.example/",
        description: "The latest stories.",
        feedUrl: "https://news.example/feed.xml",
        updated: new Date(),
      },
      storyItems(await loadFeedStories()),
    );
    const escaped = "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;";
    expect(xml).toContain(`<title><![CDATA[Vote ${escaped}]]></title>`);
    expect(xml).toContain(`<description><![CDATA[${escaped}]]></description>`);
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script>");
  });

  test("of a section with a NUL byte in its address is no feed, and asks nothing of PostgreSQL", async () => {
    await testDb.section.create({ data: { slug: "americas", name: "Americas" } });
    expect(await sectionFeedDocument("americas\0")).toBeNull();
  });
});

describe("the story sitemaps", () => {
  test("page published stories oldest first, so a new story changes only the last page", async () => {
    for (const [index, hoursAgo] of [50, 40, 30, 20, 10].entries())
      await createStory(`story-${index}`, { hoursAgo });
    await createStory("a-draft", { status: "draft" });
    await createStory("scheduled", { hoursAgo: -1 });

    const pages = await loadStorySitemapPages(2);
    expect(pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect((await loadStorySitemapPage(1, 2)).map((story) => story.slug)).toEqual(["story-0", "story-1"]);
    expect((await loadStorySitemapPage(3, 2)).map((story) => story.slug)).toEqual(["story-4"]);
    expect(await loadStorySitemapPage(4, 2)).toEqual([]);
  });

  test("give each page the time of its newest change", async () => {
    const first = await createStory("first", { hoursAgo: 10 });
    await createStory("second", { hoursAgo: 5 });
    const edited = new Date("2030-01-01T00:00:00.000Z");
    await testDb.$executeRaw`UPDATE "Story" SET "updatedAt" = ${edited} WHERE id = ${first.id}`;
    const [page] = await loadStorySitemapPages(2);
    expect(page?.lastModified).toBe(edited.toISOString());
    expect((await loadStorySitemapPage(1, 2))[0]).toEqual({
      slug: "first",
      lastModified: edited.toISOString(),
    });
  });

  test("list every section, with the last change to a story in it", async () => {
    const europe = await testDb.section.create({ data: { slug: "europe", name: "Europe", position: 1 } });
    await testDb.section.create({ data: { slug: "world", name: "World", position: 2 } });
    await createStory("in-europe", { sectionId: europe.id });
    const { sections, newestChange } = await loadSitemapSections();
    expect(sections.map((section) => section.slug)).toEqual(["europe", "world"]);
    expect(sections[0]?.lastModified).toEqual(newestChange);
    expect(sections[1]?.lastModified).toBeNull();
  });
});

describe("the news sitemap", () => {
  test("holds only stories published in the last 48 hours, newest first", async () => {
    await createStory("just-now", { hoursAgo: 0.1 });
    await createStory("yesterday", { hoursAgo: 24 });
    await createStory("forty-seven-hours", { hoursAgo: 47 });
    await createStory("forty-nine-hours", { hoursAgo: 49 });
    await createStory("recent-draft", { hoursAgo: 1, status: "draft" });
    await createStory("recent-but-archived", { hoursAgo: 1, status: "archived" });
    await createStory("scheduled", { hoursAgo: -2 });

    const stories = await loadNewsSitemapStories();
    expect(stories.map((story) => story.slug)).toEqual(["just-now", "yesterday", "forty-seven-hours"]);
    expect(stories[0]?.headline).toBe("Headline of just-now");
  });
});

describe("corrections", () => {
  test("list corrections and clarifications on published stories, newest first, never updates", async () => {
    const published = await createStory("published");
    const draft = await createStory("a-draft", { status: "draft" });
    const scheduled = await createStory("scheduled", { hoursAgo: -5 });
    await amend(published.id, "correction", "A name was misspelled.", 3);
    await amend(published.id, "clarification", "The figure is an estimate.", 1);
    await amend(published.id, "update", "Police made an arrest.", 0.5);
    await amend(draft.id, "correction", "On a draft.", 1);
    await amend(scheduled.id, "correction", "On a scheduled story.", 1);

    const { corrections, olderCursor } = await loadCorrections();
    expect(corrections.map((correction) => [correction.kind, correction.text])).toEqual([
      ["clarification", "The figure is an estimate."],
      ["correction", "A name was misspelled."],
    ]);
    expect(corrections[0]?.story).toEqual({ slug: "published", headline: "Headline of published" });
    expect(olderCursor).toBeNull();
  });

  test("page by cursor without skipping or repeating corrections made at the same moment", async () => {
    const story = await createStory("published");
    const sameMoment = new Date(Date.now() - HOUR);
    await testDb.storyAmendment.createMany({
      data: ["first", "second", "third"].map((text) => ({
        storyId: story.id,
        kind: "correction",
        text,
        createdAt: sameMoment,
      })),
    });
    await amend(story.id, "correction", "oldest", 2);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const before = cursor === null ? null : decodeCorrectionsCursor(cursor);
      const page = await loadCorrections({ before, limit: 2 });
      seen.push(...page.corrections.map((correction) => correction.text));
      cursor = page.olderCursor;
      pages += 1;
    } while (cursor && pages < 10);

    expect(pages).toBe(2);
    expect(seen).toHaveLength(4);
    expect(new Set(seen)).toEqual(new Set(["first", "second", "third", "oldest"]));
    expect(seen[3]).toBe("oldest");
  });

  test("refuse a cursor that is not one", () => {
    expect(decodeCorrectionsCursor("yesterday")).toBeNull();
    expect(decodeCorrectionsCursor("12.<script>")).toBeNull();
    expect(decodeCorrectionsCursor(".abc")).toBeNull();
    expect(decodeCorrectionsCursor("1714900000000.0192c3a0-0000-7000-8000-000000000001")).toEqual({
      createdAt: new Date(1714900000000),
      id: "0192c3a0-0000-7000-8000-000000000001",
    });
  });

  test("the demo content has one correction and one clarification", async () => {
    await seedDemoContent(testDb, {
      name: "Demo Editor",
      email: "editor@newsroom.test",
      password: "a-long-test-password",
    });
    const { corrections } = await loadCorrections();
    expect(corrections.map((correction) => [correction.kind, correction.story.slug])).toEqual([
      ["correction", relatedStories[2]?.slug],
      ["clarification", relatedStories[3]?.slug],
    ]);
  });
});

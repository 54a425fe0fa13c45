import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  SEARCH_PAGE_SIZE,
  SEARCH_WINDOW,
  searchStories,
  type SearchRequest,
  type SearchResults,
} from "@/lib/reader/search";
import type { HighlightedText } from "@/lib/reader/search-highlight";
import { leadStory, relatedStories, type DemoStory } from "@/prisma/demo-content";
import { seedDemoContent } from "@/prisma/seed";
import { emptyDatabase, testDb } from "./database";

const account = { name: "Demo Editor", email: "editor@newsroom.test", password: "a-long-test-password" };
// Seeding at a fixed time gives every demo story a known publication day (UTC):
// hoursAgo 12 is exactly midnight between June 14 and June 15.
const seededAt = new Date("2025-06-15T12:00:00Z");
const demoStories: DemoStory[] = [leadStory, ...relatedStories];

const search = (query: string, options: Partial<SearchRequest> = {}) =>
  searchStories({ query, timeZone: "UTC", ...options });

/** Every matching slug, as a reader gets them: page after page, then on to older stories. */
async function allSlugs(query: string, options: Partial<SearchRequest> = {}): Promise<string[]> {
  const slugs: string[] = [];
  let before: string | null = null;
  for (;;) {
    let olderCursor: string | null = null;
    for (let page = 1; ; page++) {
      const results = await search(query, { ...options, before, page });
      slugs.push(...results.hits.map((hit) => hit.slug));
      olderCursor = results.window?.olderCursor ?? null;
      if (page >= results.pageCount) break;
    }
    if (!olderCursor) return slugs;
    before = olderCursor;
  }
}

const slugsOf = (results: SearchResults) => results.hits.map((hit) => hit.slug);
const highlightsOf = (text: HighlightedText) =>
  text.filter((segment) => segment.highlighted).map((segment) => segment.text.toLowerCase());
const fullText = (story: DemoStory) =>
  [story.headline, story.dek, ...story.paragraphs].join(" ").toLowerCase();
const demoStory = (slug: string) => demoStories.find((story) => story.slug === slug)!;

beforeAll(async () => {
  await emptyDatabase();
  await seedDemoContent(testDb, account, seededAt);
});

describe("matching", () => {
  test("a word that appears only in a story's body finds it, with the word highlighted in the snippet", async () => {
    const newOrleans = demoStory(
      "new-orleans-immigration-crackdown-sparks-fear-as-federal-arrests-intensify",
    );
    expect(`${newOrleans.headline} ${newOrleans.dek}`.toLowerCase()).not.toContain("hotline");

    const results = await search("hotlines");
    expect(slugsOf(results)).toEqual([newOrleans.slug]);
    expect(results.count).toEqual({ value: 1, bound: "exact" });
    expect(results.window).toBeNull();
    expect(highlightsOf(results.hits[0]!.snippet)).toContain("hotlines");
    expect(results.hits[0]!.section).toEqual({ slug: "us", name: "U.S." });
    expect(results.hits[0]!.publishedAt).toBe(
      new Date(seededAt.getTime() - newOrleans.hoursAgo * 3_600_000).toISOString(),
    );
  });

  test("a quoted phrase matches only stories with those words side by side", async () => {
    const phrase = await allSlugs('"federal officials"');
    const words = await allSlugs("federal officials");
    const withPhrase = demoStories.filter((story) => fullText(story).includes("federal officials"));

    expect(phrase.sort()).toEqual(withPhrase.map((story) => story.slug).sort());
    // The same words apart match more stories: the quotes made the difference.
    expect(words.length).toBeGreaterThan(phrase.length);
    expect(words).toEqual(expect.arrayContaining(phrase));
  });

  test("a word with a minus sign removes the stories that contain it", async () => {
    const immigration = await allSlugs("immigration");
    const withoutOrleans = await allSlugs("immigration -orleans");
    const orleans = demoStories
      .filter((story) => fullText(story).includes("orleans"))
      .map((story) => story.slug);

    expect(orleans.length).toBeGreaterThan(0);
    expect(immigration).toEqual(expect.arrayContaining(orleans));
    expect(withoutOrleans.sort()).toEqual(immigration.filter((slug) => !orleans.includes(slug)).sort());
  });

  test("OR widens a search to either word", async () => {
    const either = await allSlugs("hotlines OR amnesty");
    expect(either.sort()).toEqual(
      [leadStory.slug, "new-orleans-immigration-crackdown-sparks-fear-as-federal-arrests-intensify"].sort(),
    );
  });

  test("a headline match ranks above a match in the body only", async () => {
    const results = await search("caribbean");
    const [first, ...rest] = results.hits;
    expect(first?.slug).toBe("cuba-reaffirms-anti-drug-cooperation-as-tensions-rise-in-the-caribbean");
    expect(highlightsOf(first!.headline)).toEqual(["caribbean"]);
    // The lead story mentions the Caribbean only in its body.
    expect(leadStory.headline.toLowerCase()).not.toContain("caribbean");
    expect(rest.map((hit) => hit.slug)).toContain(leadStory.slug);
  });
});

describe("filters and pages", () => {
  test("a section filter keeps that section's matches and only those", async () => {
    const everywhere = await allSlugs("officials");
    const asiaPacific = await allSlugs("officials", { section: "asia-pacific" });
    const expected = everywhere.filter((slug) => demoStory(slug).section === "asia-pacific");

    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(everywhere.length);
    expect(asiaPacific.sort()).toEqual(expected.sort());
    expect(await allSlugs("officials", { section: "no-such-section" })).toEqual([]);
  });

  test("a date range keeps the stories published on those days, counted in the given time zone", async () => {
    const publishedOn = (slug: string) =>
      new Date(seededAt.getTime() - demoStory(slug).hoursAgo * 3_600_000).toISOString().slice(0, 10);
    const everywhere = await allSlugs("officials");
    const june14 = await allSlugs("officials", { from: "2025-06-14", to: "2025-06-14" });
    const expected = everywhere.filter((slug) => publishedOn(slug) === "2025-06-14");

    expect(expected.length).toBeGreaterThan(0);
    expect(june14.sort()).toEqual(expected.sort());

    // Published at midnight UTC, which is still the evening of June 14 in New York.
    const cuba = "cuba-reaffirms-anti-drug-cooperation-as-tensions-rise-in-the-caribbean";
    expect(await allSlugs("officials", { from: "2025-06-15" })).toContain(cuba);
    expect(await allSlugs("officials", { to: "2025-06-14" })).not.toContain(cuba);
    expect(await allSlugs("officials", { to: "2025-06-14", timeZone: "America/New_York" })).toContain(cuba);
  });

  test("results come ten to a page with the exact total, and a page past the end is empty", async () => {
    const first = await search("officials");
    const total = first.count.value;
    expect(first.count.bound).toBe("exact");
    expect(total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(total / SEARCH_PAGE_SIZE));
    // Every story with the word fits in one window: no older stories to go to.
    expect(first.window).toBeNull();

    const second = await search("officials", { page: 2 });
    expect(second.hits).toHaveLength(total - SEARCH_PAGE_SIZE);
    expect(slugsOf(second).filter((slug) => slugsOf(first).includes(slug))).toEqual([]);

    const beyond = await search("officials", { page: 3 });
    expect(beyond).toMatchObject({ hits: [], count: { value: total, bound: "exact" }, page: 3 });
  });
});

describe("what is never found", () => {
  test("a draft or a story scheduled for later is never found", async () => {
    // Written straight to the table: only the status and the time matter here.
    const draft = await testDb.story.create({
      data: {
        slug: "quokka-census-finds-thriving-island-population",
        headline: "Quokka Census Finds Thriving Island Population",
        body: { type: "doc", content: [] },
        bodyHtml: "<p>Rangers counted every quokka on the island.</p>",
        bodyText: "Rangers counted every quokka on the island.",
        status: "draft",
        // Its time has come: only the status keeps it from readers.
        publishedAt: new Date(Date.now() - 3_600_000),
      },
    });
    expect((await search("quokka")).hits).toEqual([]);

    await testDb.story.update({
      where: { id: draft.id },
      data: { status: "published", publishedAt: new Date(Date.now() + 3_600_000) },
    });
    expect((await search("quokka")).hits).toEqual([]);

    await testDb.story.update({
      where: { id: draft.id },
      data: { publishedAt: new Date(Date.now() - 1000) },
    });
    expect(slugsOf(await search("quokka"))).toEqual([draft.slug]);
    await testDb.story.delete({ where: { id: draft.id } });
  });

  test("a query of only common words or punctuation returns nothing, with the reason", async () => {
    for (const query of ["the", "!!!", "-", "the and of", '""', "OR"]) {
      await expect(search(query)).resolves.toEqual({
        hits: [],
        count: { value: 0, bound: "exact" },
        page: 1,
        pageCount: 0,
        window: null,
        emptyReason: "no-terms",
      });
    }
    expect((await search("   ")).emptyReason).toBe("no-query");
    expect((await search("-cuba")).emptyReason).toBe("only-exclusions");
  });

  test("input that looks like SQL is only ever searched for", async () => {
    const results = await search(`'); DROP TABLE "Story"; --`);
    expect(results.emptyReason).toBeNull();
    expect(await testDb.story.count()).toBe(demoStories.length);
  });

  test("a query is cut after 200 characters", async () => {
    const filler = "the ".repeat(60);
    expect((await search(`${filler}hotlines`)).emptyReason).toBe("no-terms");
    expect((await search(`hotlines ${filler}`)).count.value).toBe(1);
  });
});

describe("an archive with more matches than one search ranks", () => {
  // Two windows and a bit: the newest story first, one a minute after another,
  // with every other pair published in the same millisecond.
  const archiveSize = 2 * SEARCH_WINDOW + 100;
  const slugAt = (index: number) => `zeppelin-story-${String(index).padStart(4, "0")}`;
  const allArchive = Array.from({ length: archiveSize }, (_, index) => slugAt(index));
  // Every story mentions a zeppelin in its body; these two also in the headline,
  // one inside the newest window and the oldest story of all.
  const headlineMatches = [500, archiveSize - 1];
  // Every story has both words; every twentieth has them side by side.
  const withPhrase = allArchive.filter((_, index) => index % 20 === 0);
  const inEurope = allArchive.filter((_, index) => index % 2 === 0);
  const newestFirst = () =>
    testDb.story.findMany({
      where: { slug: { startsWith: "zeppelin-story-" } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { slug: true, publishedAt: true },
    });
  const newestWindow = async () => (await newestFirst()).slice(0, SEARCH_WINDOW).map((story) => story.slug);

  beforeAll(async () => {
    const europe = await testDb.section.findUniqueOrThrow({ where: { slug: "europe" } });
    const us = await testDb.section.findUniqueOrThrow({ where: { slug: "us" } });
    await testDb.$executeRaw`
      INSERT INTO "Story" (id, slug, headline, body, "bodyHtml", "bodyText", status, "publishedAt", "updatedAt", "sectionId")
      SELECT 'zeppelin-' || lpad(i::text, 4, '0'), 'zeppelin-story-' || lpad(i::text, 4, '0'),
        CASE WHEN i = ANY (${headlineMatches}) THEN 'Zeppelin Flights Resume Over the Lake' ELSE 'Lake Shore Notes, Part ' || i END,
        '{"type": "doc", "content": []}'::jsonb, '',
        'A zeppelin was seen over the lake. ' ||
          CASE WHEN i % 20 = 0 THEN 'It came home to the airship hangar at dusk.'
               ELSE 'The airship flew on; the hangar stood empty.' END,
        'published',
        (now() AT TIME ZONE 'UTC') - ((i + 1) / 2) * interval '1 minute',
        now() AT TIME ZONE 'UTC',
        CASE WHEN i % 2 = 0 THEN ${europe.id} ELSE ${us.id} END
      FROM generate_series(0, ${archiveSize - 1}) AS i`;
  });

  afterAll(async () => {
    await testDb.story.deleteMany({ where: { slug: { startsWith: "zeppelin-story-" } } });
  });

  test("the count stops at the window and says there are more", async () => {
    const first = await search("zeppelin");
    expect(first.count).toEqual({ value: SEARCH_WINDOW, bound: "more-than" });
    expect(first.pageCount).toBe(SEARCH_WINDOW / SEARCH_PAGE_SIZE);
    expect(first.window).toMatchObject({ first: true, searched: SEARCH_WINDOW, newerCursor: null });
    expect(first.window?.olderCursor).toEqual(expect.any(String));
    // The window holds the newest stories: the oldest it looked through is the 1,000th.
    const thousandth = (await newestFirst()).at(SEARCH_WINDOW - 1);
    expect(first.window?.oldest).toBe(thousandth?.publishedAt?.toISOString());
  });

  test("the best match of the newest stories comes first, and an older best match leads the older stories", async () => {
    const first = await search("zeppelin");
    // A headline match beats the body matches around it, then the newest come first.
    expect(slugsOf(first).slice(0, 3)).toEqual([slugAt(500), slugAt(0), slugAt(2)]);
    expect(highlightsOf(first.hits[0]!.headline)).toEqual(["zeppelin"]);
    // The oldest story's headline match lies beyond the newest window, so page 1 does not show it…
    expect(slugsOf(first)).not.toContain(slugAt(archiveSize - 1));

    // …but the window of the oldest stories opens with it.
    const second = await search("zeppelin", { before: first.window!.olderCursor });
    const third = await search("zeppelin", { before: second.window!.olderCursor });
    expect(second.window).toMatchObject({ first: false, searched: SEARCH_WINDOW });
    expect(third.window).toMatchObject({ first: false, searched: 100, olderCursor: null });
    expect(third.count).toEqual({ value: 100, bound: "exact" });
    expect(slugsOf(third)[0]).toBe(slugAt(archiveSize - 1));
  });

  test("a deep page is reachable by its number", async () => {
    const page50 = await search("zeppelin", { page: 50 });
    expect(page50.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(page50.page).toBe(50);
    const page100 = await search("zeppelin", { page: 100 });
    expect(page100.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect((await search("zeppelin", { page: 101 })).hits).toEqual([]);
  });

  test("page after page and window after window, every story comes once and none is skipped", async () => {
    const slugs = await allSlugs("zeppelin");
    expect(slugs).toHaveLength(archiveSize);
    expect(new Set(slugs)).toEqual(new Set(allArchive));
  });

  test("the same page twice gives the same stories in the same order", async () => {
    for (const request of [{ page: 37 }, { page: 3 }]) {
      expect(slugsOf(await search("zeppelin", request))).toEqual(slugsOf(await search("zeppelin", request)));
    }
  });

  test("from older stories, the link to newer ones leads back to the window the reader came from", async () => {
    const first = await search("zeppelin");
    const older = await search("zeppelin", { before: first.window!.olderCursor });
    expect(older.window?.newerCursor).toEqual(expect.any(String));

    const back = await search("zeppelin", { after: older.window!.newerCursor });
    expect(back.count).toEqual(first.count);
    expect(back.window).toMatchObject({ first: true, newerCursor: null });
    expect(back.window?.olderCursor).toBe(first.window?.olderCursor);
    expect(slugsOf(back)).toEqual(slugsOf(first));
    expect(slugsOf(await search("zeppelin", { after: older.window!.newerCursor, page: 100 }))).toEqual(
      slugsOf(await search("zeppelin", { page: 100 })),
    );
  });

  test("a phrase is checked in the window's stories: the count says at least, and older matches follow", async () => {
    const first = await search('"airship hangar"');
    // The newest 1,000 stories have both words; one in twenty has them side by side.
    const phrasesInWindow = (await newestWindow()).filter((slug) => withPhrase.includes(slug));
    expect(first.count).toEqual({ value: phrasesInWindow.length, bound: "at-least" });
    expect(slugsOf(first).every((slug) => phrasesInWindow.includes(slug))).toBe(true);
    expect(first.window?.olderCursor).toEqual(expect.any(String));
    expect(first.hits.every((hit) => highlightsOf(hit.snippet).join(" ") === "airship hangar")).toBe(true);

    const slugs = await allSlugs('"airship hangar"');
    expect(slugs.sort()).toEqual(withPhrase);
  });

  test("an excluded word is also checked in the window, and the count says at least", async () => {
    const first = await search("zeppelin -dusk");
    const withoutDusk = (await newestWindow()).filter((slug) => !withPhrase.includes(slug));
    expect(first.count).toEqual({ value: withoutDusk.length, bound: "at-least" });
    const slugs = await allSlugs("zeppelin -dusk");
    expect(slugs.sort()).toEqual(allArchive.filter((slug) => !withPhrase.includes(slug)));
  });

  test("a section and a date range hold on every page of every window", async () => {
    const europe = await allSlugs("zeppelin", { section: "europe" });
    expect(europe.sort()).toEqual(inEurope);
    const first = await search("zeppelin", { section: "europe" });
    expect(first.count).toEqual({ value: SEARCH_WINDOW, bound: "more-than" });
    expect(first.hits.every((hit) => hit.section?.slug === "europe")).toBe(true);

    const stories = await newestFirst();
    const day = stories[Math.floor(stories.length / 2)]!.publishedAt!.toISOString().slice(0, 10);
    const thatDay = stories
      .filter((story) => story.publishedAt!.toISOString().startsWith(day))
      .map((story) => story.slug);
    expect(thatDay.length).toBeGreaterThan(0);
    const inRange = await allSlugs("zeppelin", { from: day, to: day });
    expect(inRange.sort()).toEqual(thatDay.sort());
  });

  test("a garbled link to older stories shows the newest", async () => {
    const first = await search("zeppelin");
    for (const before of ["not-a-position", "bm9wZQ", ""]) {
      expect(slugsOf(await search("zeppelin", { before }))).toEqual(slugsOf(first));
    }
  });
});

import { beforeAll, describe, expect, test } from "vitest";
import { SEARCH_PAGE_SIZE, searchStories, type SearchRequest, type SearchResults } from "@/lib/search";
import type { HighlightedText } from "@/lib/search-highlight";
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

/** Every matching slug, page after page. */
async function allSlugs(query: string, options: Partial<SearchRequest> = {}): Promise<string[]> {
  const slugs: string[] = [];
  for (let page = 1; ; page++) {
    const results = await search(query, { ...options, page });
    slugs.push(...results.hits.map((hit) => hit.slug));
    if (page >= results.pageCount) return slugs;
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
    expect(results.total).toBe(1);
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

  test("results come ten to a page with the total, and a page past the end is empty", async () => {
    const first = await search("officials");
    expect(first.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(first.hits).toHaveLength(SEARCH_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / SEARCH_PAGE_SIZE));

    const second = await search("officials", { page: 2 });
    expect(second.hits).toHaveLength(first.total - SEARCH_PAGE_SIZE);
    expect(slugsOf(second).filter((slug) => slugsOf(first).includes(slug))).toEqual([]);

    const beyond = await search("officials", { page: 3 });
    expect(beyond).toMatchObject({ hits: [], total: first.total, page: 3 });
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
        total: 0,
        page: 1,
        pageCount: 0,
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
    expect((await search(`hotlines ${filler}`)).total).toBe(1);
  });
});

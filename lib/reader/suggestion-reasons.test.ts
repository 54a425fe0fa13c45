import { describe, expect, test } from "vitest";
import { describeSuggestion, listInEnglish, timeApart, type SuggestionEvidence } from "./suggestion-reasons";

const day = (n: number, hours = 0) => new Date(Date.UTC(2026, 10, 1 + n, 9 + hours));

const evidence = (overrides: Partial<SuggestionEvidence> = {}): SuggestionEvidence => ({
  tags: [],
  names: [],
  words: [],
  sameSection: false,
  publishedAt: day(0),
  otherPublishedAt: day(0, 3),
  ...overrides,
});

describe("lists in plain English", () => {
  test("one, two and more items", () => {
    expect(listInEnglish([])).toBe("");
    expect(listInEnglish(["Cuba"])).toBe("Cuba");
    expect(listInEnglish(["Cuba", "Venezuela"])).toBe("Cuba and Venezuela");
    expect(listInEnglish(["Cuba", "Venezuela", "Havana"])).toBe("Cuba, Venezuela and Havana");
  });
});

describe("time between two stories", () => {
  test("days, then weeks, then months", () => {
    expect(timeApart(day(0), day(0, 10))).toBe("the same day");
    expect(timeApart(day(1), day(0))).toBe("a day apart");
    expect(timeApart(day(0), day(2))).toBe("2 days apart");
    expect(timeApart(day(0), day(13))).toBe("13 days apart");
    expect(timeApart(day(0), day(14))).toBe("2 weeks apart");
    expect(timeApart(day(0), day(40))).toBe("6 weeks apart");
    expect(timeApart(day(0), day(200))).toBe("7 months apart");
    expect(timeApart(day(0), day(1100))).toBe("3 years apart");
  });
});

describe("reasons for a suggestion", () => {
  test("tags, names and words first, then section and time", () => {
    expect(
      describeSuggestion(
        evidence({
          tags: ["Cuba", "Venezuela"],
          names: ["Nicolás Maduro", "Havana"],
          words: ["refinery", "strike"],
          sameSection: true,
          otherPublishedAt: day(2),
        }),
      ),
    ).toEqual([
      "Shares the tags Cuba and Venezuela",
      "Names Nicolás Maduro and Havana",
      "Shares the words refinery and strike",
      "Same section",
      "Published 2 days apart",
    ]);
  });

  test("one of each is singular", () => {
    expect(describeSuggestion(evidence({ tags: ["Ports"], words: ["dockworkers"] }))).toEqual([
      "Shares the tag Ports",
      "Shares the word dockworkers",
      "Published the same day",
    ]);
  });

  test("long lists name the first few", () => {
    const [tags, names] = describeSuggestion(
      evidence({ tags: ["Cuba", "Venezuela", "Caribbean", "Diplomacy", "Oil"], names: ["A", "B", "C", "D"] }),
    );
    expect(tags).toBe("Shares the tags Cuba, Venezuela, Caribbean and 2 more");
    expect(names).toBe("Names A, B and C");
  });

  test("a name or word already said as a tag or name is not said again", () => {
    expect(
      describeSuggestion(
        evidence({
          tags: ["Hong Kong"],
          names: ["Hong Kong", "John Lee"],
          words: ["hong", "lee", "turnout"],
        }),
      ),
    ).toEqual([
      "Shares the tag Hong Kong",
      "Names John Lee",
      "Shares the word turnout",
      "Published the same day",
    ]);
  });

  test("a story with no date gets no time reason", () => {
    expect(describeSuggestion(evidence({ tags: ["Cuba"], publishedAt: null }))).toEqual([
      "Shares the tag Cuba",
    ]);
  });
});

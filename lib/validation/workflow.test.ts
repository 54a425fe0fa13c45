import { describe, expect, test } from "vitest";
import { frontPageSchema, scheduleStorySchema, storyListParamsSchema } from "./workflow";

describe("scheduling", () => {
  const now = () => new Date("2025-07-15T12:00:00.000Z");
  const schema = scheduleStorySchema("America/New_York", now);

  test("a future wall-clock time in the newsroom's zone becomes that instant", () => {
    const parsed = schema.parse({ storyId: "s1", publishAt: "2025-07-15T09:30" });
    expect(parsed.publishAt.toISOString()).toBe("2025-07-15T13:30:00.000Z");
  });

  test("a time that has passed is refused with a message the editor can act on", () => {
    const parsed = schema.safeParse({ storyId: "s1", publishAt: "2025-07-15T07:59" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Choose a time in the future, or publish now.");
  });

  test("an empty or malformed time is refused", () => {
    expect(schema.safeParse({ storyId: "s1", publishAt: "" }).error?.issues[0]?.message).toBe(
      "Choose when the story goes live.",
    );
    expect(schema.safeParse({ storyId: "s1", publishAt: "tomorrow" }).error?.issues[0]?.message).toBe(
      "Give a date and a time.",
    );
  });
});

describe("the admin story list's query string", () => {
  test("valid filters pass through", () => {
    expect(
      storyListParamsSchema.parse({ status: "in_review", section: "europe", q: " strike ", sort: "headline", page: "3" }),
    ).toEqual({ status: "in_review", section: "europe", author: undefined, q: "strike", sort: "headline", page: 3 });
  });

  test("anything invalid falls back to the default instead of failing the page", () => {
    expect(storyListParamsSchema.parse({ status: "lost", sort: "random", page: "-2", section: "" })).toEqual({
      status: undefined,
      section: undefined,
      author: undefined,
      q: undefined,
      sort: "updated",
      page: 1,
    });
  });
});

test("the front page takes at most five distinct stories", () => {
  expect(frontPageSchema.safeParse({ storyIds: ["a", "b"] }).success).toBe(true);
  expect(frontPageSchema.safeParse({ storyIds: ["a", "a"] }).success).toBe(false);
  expect(frontPageSchema.safeParse({ storyIds: ["a", "b", "c", "d", "e", "f"] }).success).toBe(false);
});

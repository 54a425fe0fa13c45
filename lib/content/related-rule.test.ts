import { describe, expect, test } from "vitest";
import { fillRelated } from "@/lib/content/related-rule";

const stories = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

describe("the list under a story", () => {
  test("keeps every linked story, in order, however many", () => {
    expect(fillRelated(stories("link", 20), stories("suggestion", 12))).toEqual(stories("link", 20));
  });

  test("fills with suggestions up to the length when editors linked fewer", () => {
    expect(fillRelated(stories("link", 3), stories("suggestion", 12))).toEqual([
      ...stories("link", 3),
      ...stories("suggestion", 5),
    ]);
  });

  test("adds no suggestion once the links reach the length", () => {
    expect(fillRelated(stories("link", 8), stories("suggestion", 12))).toEqual(stories("link", 8));
  });

  test("shows what there is when suggestions are few", () => {
    expect(fillRelated([], stories("suggestion", 2))).toEqual(stories("suggestion", 2));
  });
});

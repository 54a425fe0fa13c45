import { expect, test } from "vitest";
import { slugify, storyFormSchema } from "./story";

test("slugs are made from headlines", () => {
  expect(slugify("Maduro Confirms “Respectful” Call With Trump")).toBe("maduro-confirms-respectful-call-with-trump");
  expect(slugify("Café São Paulo — 2026")).toBe("cafe-sao-paulo-2026");
});

test("the story form explains what is wrong", () => {
  const result = storyFormSchema.safeParse({ headline: " ", slug: "Bad Slug", body: "", sectionId: "", tags: "", version: "0", dek: "" });
  expect(result.success).toBe(false);
  const messages = result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  expect(messages).toEqual(
    expect.arrayContaining([
      "headline: Write a headline.",
      "slug: Use lowercase letters, digits and single hyphens in the slug.",
      "body: Write the story's body.",
    ]),
  );
});

test("tags are trimmed and deduplicated", () => {
  const result = storyFormSchema.parse({ headline: "H", slug: "", body: "B", sectionId: "", tags: " Cuba, Venezuela ,Cuba,, ", version: "0", dek: "" });
  expect(result.tags).toEqual(["Cuba", "Venezuela"]);
});

/**
 * The byline under a story's headline names each author's role title: the
 * story page reads it in its one statement, the staff preview with the story.
 */
import { beforeEach, expect, test } from "vitest";
import { getStoryPreview } from "@/lib/newsroom/story-reads";
import { loadStoryPage } from "@/lib/reader/stories";
import { emptyDatabase, testDb } from "./database";

beforeEach(emptyDatabase);

async function storyByTwo() {
  const [ana, ben] = await Promise.all([
    testDb.author.create({ data: { slug: "ana-ruiz", name: "Ana Ruiz", roleTitle: "Havana correspondent" } }),
    testDb.author.create({ data: { slug: "ben-ode", name: "Ben Ode" } }),
  ]);
  return testDb.story.create({
    data: {
      slug: "talks-in-havana",
      headline: "Talks in Havana",
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status: "published",
      publishedAt: new Date(Date.now() - 60_000),
      authors: { create: [{ authorId: ana.id, position: 0 }, { authorId: ben.id, position: 1 }] },
    },
    select: { id: true, slug: true },
  });
}

const bylines = [
  { name: "Ana Ruiz", slug: "ana-ruiz", roleTitle: "Havana correspondent" },
  { name: "Ben Ode", slug: "ben-ode", roleTitle: null },
];

test("the story page's bylines carry each author's role title, null where the profile has none", async () => {
  const story = await storyByTwo();
  expect((await loadStoryPage(story.slug))?.authors).toEqual(bylines);
});

test("the staff preview's bylines carry them too", async () => {
  const story = await storyByTwo();
  expect((await getStoryPreview(story.id))?.story.authors).toEqual(bylines);
});

test("a title set later shows on the next read", async () => {
  const story = await storyByTwo();
  await testDb.author.update({ where: { slug: "ben-ode" }, data: { roleTitle: "Photographer" } });
  expect((await loadStoryPage(story.slug))?.authors.map((author) => author.roleTitle)).toEqual([
    "Havana correspondent",
    "Photographer",
  ]);
});

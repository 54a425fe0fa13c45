import { beforeEach, describe, expect, test } from "vitest";
import {
  ARCHIVE_PAGE_SIZE,
  archivePageRequest,
  encodeCursor,
  loadAuthorArchive,
  loadSectionArchive,
  loadSectionsForNav,
  loadTagArchive,
  type ArchivePage,
  type ArchivePageRequest,
} from "@/lib/reader/archives";
import type { StoryStatus } from "@/lib/generated/prisma/client";
import { demoSections, leadStory, relatedStories } from "@/prisma/demo-content";
import { seedDemoContent } from "@/prisma/seed";
import { emptyDatabase, testDb } from "./database";

const account = { name: "Demo Editor", email: "editor@newsroom.test", password: "a-long-test-password" };
const demoStories = [leadStory, ...relatedStories];

type Load = (request?: ArchivePageRequest) => Promise<ArchivePage | null>;

// "world" has no demo stories, so the stories made here are all it holds.
const archives: Record<string, Load> = {
  section: (request) => loadSectionArchive("world", request),
  tag: (request) => loadTagArchive("paging", request),
  author: (request) => loadAuthorArchive("page-turner", request),
};

let sequence = 0;

/** A story in the "world" section, tagged "Paging", by "Page Turner". */
async function createStory(publishedAt: Date | null, status: StoryStatus = "published") {
  sequence += 1;
  const [section, tag, author] = await Promise.all([
    testDb.section.findUniqueOrThrow({ where: { slug: "world" } }),
    testDb.tag.upsert({ where: { slug: "paging" }, update: {}, create: { slug: "paging", name: "Paging" } }),
    testDb.author.upsert({
      where: { slug: "page-turner" },
      update: {},
      create: { slug: "page-turner", name: "Page Turner", bio: "Writes one story after another." },
    }),
  ]);
  return testDb.story.create({
    data: {
      slug: `archive-story-${sequence}`,
      headline: `Archive story ${sequence}`,
      body: { type: "doc", content: [] },
      bodyHtml: "",
      bodyText: "",
      status,
      publishedAt,
      sectionId: section.id,
      tags: { create: { tagId: tag.id } },
      authors: { create: { authorId: author.id, position: 0 } },
    },
    select: { slug: true, id: true, publishedAt: true },
  });
}

/**
 * 45 published stories, newest first. They come in threes published in the
 * same millisecond, so the order inside each three rests on the id alone.
 */
async function createPublishedStories(count = 45) {
  const start = Date.now() - 86_400_000;
  const created = [];
  for (let index = 0; index < count; index += 1) {
    created.push(await createStory(new Date(start + Math.floor(index / 3) * 60_000)));
  }
  return created
    .sort((a, b) => b.publishedAt!.getTime() - a.publishedAt!.getTime() || (a.id < b.id ? 1 : -1))
    .map((story) => story.slug);
}

/** Follows the "older" links from the first page to the last. */
async function walkOlder(load: Load) {
  const pages: string[][] = [];
  let request: ArchivePageRequest = {};
  for (;;) {
    const page = (await load(request))!;
    pages.push(page.stories.map((story) => story.slug));
    if (!page.olderCursor) return { pages, last: page };
    request = { before: page.olderCursor };
  }
}

beforeEach(async () => {
  await emptyDatabase();
  await seedDemoContent(testDb, account);
});

describe.each(Object.entries(archives))("the %s archive", (_, load) => {
  test("pages through every story exactly once, newest first, and back again", async () => {
    const expected = await createPublishedStories();

    const { pages, last } = await walkOlder(load);
    expect(pages.map((page) => page.length)).toEqual([ARCHIVE_PAGE_SIZE, ARCHIVE_PAGE_SIZE, 5]);
    expect(pages.flat()).toEqual(expected);

    // Going back up with the "newer" links shows the same pages in reverse.
    const middle = (await load({ after: last.newerCursor! }))!;
    expect(middle.stories.map((story) => story.slug)).toEqual(pages[1]);
    const first = (await load({ after: middle.newerCursor! }))!;
    expect(first.stories.map((story) => story.slug)).toEqual(pages[0]);
    expect(first.newerCursor).toBeNull();
  });

  test("a story published between two page loads is neither skipped nor repeated", async () => {
    const expected = await createPublishedStories();
    const firstPage = (await load())!;
    expect(firstPage.newerCursor).toBeNull();

    const breaking = await createStory(new Date());
    const secondPage = (await load({ before: firstPage.olderCursor! }))!;
    const thirdPage = (await load({ before: secondPage.olderCursor! }))!;
    expect(thirdPage.olderCursor).toBeNull();
    expect([firstPage, secondPage, thirdPage].flatMap((page) => page.stories.map((story) => story.slug))).toEqual(
      expected,
    );

    // Going back up shows the first page as the reader saw it, with a link on to the new story.
    const backUp = (await load({ after: secondPage.newerCursor! }))!;
    expect(backUp.stories.map((story) => story.slug)).toEqual(expected.slice(0, ARCHIVE_PAGE_SIZE));
    const newest = (await load({ after: backUp.newerCursor! }))!;
    expect(newest.stories.map((story) => story.slug)).toEqual([breaking.slug, ...expected.slice(0, ARCHIVE_PAGE_SIZE - 1)]);
    expect(newest.newerCursor).toBeNull();
  });

  test("drafts, unpublished and future stories stay out", async () => {
    const visible = await createStory(new Date(Date.now() - 60_000));
    await createStory(null, "draft");
    await createStory(new Date(Date.now() - 120_000), "archived");
    await createStory(new Date(Date.now() + 3_600_000), "scheduled");
    await createStory(new Date(Date.now() + 3_600_000), "published");

    const page = (await load())!;
    expect(page.stories.map((story) => story.slug)).toEqual([visible.slug]);
    expect(page).toMatchObject({ newerCursor: null, olderCursor: null });
  });

  test("a cursor that is not one of ours shows the first page", async () => {
    await createPublishedStories();
    const firstPage = await load();
    const forged = [
      "not a cursor",
      "%%%",
      Buffer.from("yesterday|abc").toString("base64url"),
      Buffer.from("2020-01-01T00:00:00.000Z|a|b").toString("base64url"),
      Buffer.from("2020-01-01T00:00:00.000Z|'; DROP TABLE \"Story\"").toString("base64url"),
      "",
    ];
    for (const cursor of forged) {
      expect(await load({ before: cursor })).toEqual(firstPage);
      expect(await load({ after: cursor })).toEqual(firstPage);
    }
  });
});

test("archive lists carry each story's hero as its picture, and none for a story without one", async () => {
  const mediaId = crypto.randomUUID();
  await testDb.media.create({
    data: {
      id: mediaId,
      fileName: "map.png",
      mimeType: "image/png",
      width: 2400,
      height: 1350,
      bytes: 1000,
      storageKey: `${mediaId}/original.png`,
      alt: "A map",
      variants: [480, 960, 1600].map((width) => ({
        width,
        height: (width * 9) / 16,
        key: `${mediaId}/w${width}.webp`,
      })),
    },
  });
  const plain = await createStory(new Date(Date.now() - 120_000));
  const pictured = await createStory(new Date(Date.now() - 60_000));
  await testDb.story.update({
    where: { id: pictured.id },
    data: { heroImageId: mediaId, heroImageAlt: "A map of the strait" },
  });

  for (const load of Object.values(archives)) {
    const page = (await load())!;
    expect(page.stories.map((story) => [story.slug, story.image])).toEqual([
      [
        pictured.slug,
        { src: `/media/${mediaId}/w1600.webp`, width: 1600, height: 900, alt: "A map of the strait" },
      ],
      [plain.slug, null],
    ]);
  }
});

describe("archives of the demo content", () => {
  const newestFirst = (stories: typeof demoStories) =>
    [...stories].sort((a, b) => a.hoursAgo - b.hoursAgo).map((story) => story.slug);

  test("a section lists its stories with its name and description", async () => {
    const archive = await loadSectionArchive("americas");
    expect(archive?.section).toEqual({
      slug: "americas",
      name: "Americas",
      description: demoSections[0]!.description,
    });
    expect(archive?.stories.map((story) => story.slug)).toEqual(
      newestFirst(demoStories.filter((story) => story.section === "americas")),
    );
    expect(archive).toMatchObject({ newerCursor: null, olderCursor: null });
  });

  test("a tag lists the stories that carry it", async () => {
    const archive = await loadTagArchive("cuba");
    expect(archive?.tag).toEqual({ slug: "cuba", name: "Cuba" });
    expect(archive?.stories.map((story) => story.slug)).toEqual(
      newestFirst(demoStories.filter((story) => story.tags.includes("Cuba"))),
    );
  });

  test("an author lists every story with their byline, shared or not, with the bio", async () => {
    const archive = await loadAuthorArchive("elena-marquez-ruiz");
    expect(archive?.author).toMatchObject({ slug: "elena-marquez-ruiz", name: "Elena Marquez Ruiz" });
    expect(archive?.author.bio).toMatch(/Latin America correspondent/);
    const slugs = archive?.stories.map((story) => story.slug);
    expect(slugs).toEqual(newestFirst(demoStories.filter((story) => story.authors.includes("elena-marquez-ruiz"))));
    // Bylines keep their order and carry the slugs that link to author pages.
    expect(archive?.stories.find((story) => story.slug === leadStory.slug)?.authors).toEqual([
      { slug: "elena-marquez-ruiz", name: "Elena Marquez Ruiz" },
      { slug: "daniel-okonkwo-hale", name: "Daniel Okonkwo-Hale" },
    ]);
  });

  test("unknown slugs are null", async () => {
    expect(await loadSectionArchive("atlantis")).toBeNull();
    expect(await loadTagArchive("no-such-tag")).toBeNull();
    expect(await loadAuthorArchive("nobody", { before: encodeCursor({ publishedAt: new Date(), id: "x" }) })).toBeNull();
  });

  test("the section navigation follows the editors' order", async () => {
    await testDb.section.update({ where: { slug: "world" }, data: { position: -1 } });
    expect(await loadSectionsForNav()).toEqual([
      { slug: "world", name: "World" },
      ...demoSections.filter((section) => section.slug !== "world").map(({ slug, name }) => ({ slug, name })),
    ]);
  });
});

test("an archive's address after its own names the page: none, before/<cursor> or after/<cursor>", () => {
  expect(archivePageRequest(undefined)).toEqual({});
  expect(archivePageRequest([])).toEqual({});
  expect(archivePageRequest(["before", "abc"])).toEqual({ before: "abc" });
  expect(archivePageRequest(["after", "abc"])).toEqual({ after: "abc" });
  expect(archivePageRequest(["before"])).toBeNull();
  expect(archivePageRequest(["sideways", "abc"])).toBeNull();
  expect(archivePageRequest(["before", "abc", "more"])).toBeNull();
});

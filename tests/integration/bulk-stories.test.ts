/**
 * Bulk changes from the story list: only editors and admins may make them
 * (refused in lib/, whoever calls); each story changed is audited (and gets a
 * revision when its fields change); the batch records the cache tags of the
 * lists the stories left and joined, so reader pages update.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { applyBulkStoryAction, type BulkOperation } from "@/lib/newsroom/bulk-stories";
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "@/lib/people/roles";
import { ForbiddenError } from "@/lib/platform/errors";
import { createStaff, emptyDatabase, testDb } from "./database";

let editor: StaffUser;
let counter = 0;

async function createStory(status: StoryStatus, sectionId: string | null, createdById: string | null = null) {
  counter += 1;
  return testDb.story.create({
    data: {
      slug: `bulk-${counter}`,
      headline: `Bulk story ${counter}`,
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status,
      sectionId,
      createdById,
      publishedAt: status === "published" ? new Date(Date.now() - 60_000) : null,
    },
    select: { id: true, slug: true },
  });
}

const recordedTags = async () =>
  [...new Set((await testDb.cacheInvalidation.findMany()).flatMap((row) => row.tags))].sort();

let americas: { id: string };
let europe: { id: string };

beforeEach(async () => {
  await emptyDatabase();
  editor = await createStaff("editor", "Ana Ruiz");
  americas = await testDb.section.create({ data: { slug: "americas", name: "Americas" } });
  europe = await testDb.section.create({ data: { slug: "europe", name: "Europe" } });
});

describe("bulk story actions", () => {
  test("only editors and admins may make them, and a refusal changes nothing", async () => {
    const writer = await createStaff("writer");
    const admin = await createStaff("admin");
    const own = await createStory("draft", null, writer.id);
    const operations: BulkOperation[] = [
      { kind: "archive" },
      { kind: "move", sectionId: europe.id },
      { kind: "tag", tagName: "Elections" },
    ];
    for (const operation of operations) {
      for (const actor of [writer, null]) {
        await expect(applyBulkStoryAction(actor, [own.id], operation)).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    expect(await testDb.story.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({
      status: "draft",
      sectionId: null,
      version: 1,
    });
    expect(await testDb.auditEntry.count()).toBe(0);
    expect(await testDb.storyTag.count()).toBe(0);
    expect((await applyBulkStoryAction(admin, [own.id], { kind: "archive" })).changed).toBe(1);
  });

  test("archiving takes published stories off their lists and the front page, each audited", async () => {
    const live = await createStory("published", americas.id);
    const draft = await createStory("draft", americas.id);
    const archived = await createStory("archived", null);
    await testDb.frontPageSlot.create({ data: { position: 0, storyId: live.id } });

    const result = await applyBulkStoryAction(editor, [live.id, draft.id, archived.id], { kind: "archive" });
    expect(result).toMatchObject({ changed: 2, unchanged: 1 });
    const statuses = await testDb.story.findMany({
      where: { id: { in: [live.id, draft.id] } },
      select: { status: true },
    });
    expect(statuses.map((story) => story.status)).toEqual(["archived", "archived"]);
    expect(await testDb.frontPageSlot.count()).toBe(0);
    const audit = await testDb.auditEntry.findMany({ orderBy: { storyId: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.storyId])).toEqual(
      [
        ["story.archive", live.id],
        ["story.archive", draft.id],
      ].sort((a, b) => a[1]!.localeCompare(b[1]!)),
    );
    expect(audit[0]?.details).toMatchObject({ to: "archived", bulk: true });
    expect(result.cacheTags).toEqual(
      expect.arrayContaining([`story:${live.slug}`, "section:americas", "front", "feeds"]),
    );
    expect(await recordedTags()).toEqual(
      expect.arrayContaining(result.cacheTags.filter((tag) => !tag.startsWith("related:"))),
    );
  });

  test("moving to a section records a revision and the tags of the section left and the one joined", async () => {
    const live = await createStory("published", americas.id);
    const already = await createStory("draft", europe.id);
    const result = await applyBulkStoryAction(editor, [live.id, already.id], {
      kind: "move",
      sectionId: europe.id,
    });
    expect(result).toMatchObject({ changed: 1, unchanged: 1 });
    const moved = await testDb.story.findUniqueOrThrow({ where: { id: live.id } });
    expect(moved).toMatchObject({ sectionId: europe.id, version: 2 });
    const revision = await testDb.revision.findUniqueOrThrow({
      where: { storyId_version: { storyId: live.id, version: 2 } },
    });
    expect(revision.fields).toMatchObject({ sectionId: europe.id });
    expect(result.cacheTags).toEqual(
      expect.arrayContaining(["section:americas", "section:europe", `story:${live.slug}`]),
    );
    expect(await recordedTags()).toEqual(expect.arrayContaining(["section:americas", "section:europe"]));
    const entry = await testDb.auditEntry.findFirstOrThrow({ where: { storyId: live.id } });
    expect(entry).toMatchObject({
      action: "story.section_change",
      details: { fromSection: "Americas", toSection: "Europe", bulk: true },
    });
  });

  test("adding a tag creates it once, tags each story once, and records the tag's page", async () => {
    const live = await createStory("published", americas.id);
    const draft = await createStory("draft", null);
    const first = await applyBulkStoryAction(editor, [live.id, draft.id], {
      kind: "tag",
      tagName: "Elections 2026",
    });
    expect(first).toMatchObject({ changed: 2, unchanged: 0 });
    expect(first.cacheTags).toEqual(expect.arrayContaining(["tag:elections-2026", `story:${live.slug}`]));
    const again = await applyBulkStoryAction(editor, [live.id], { kind: "tag", tagName: "elections 2026" });
    expect(again).toMatchObject({ changed: 0, unchanged: 1 });
    expect(await testDb.tag.count()).toBe(1);
    expect(await testDb.storyTag.count()).toBe(2);
    expect(await testDb.auditEntry.count({ where: { action: "story.tag_add" } })).toBe(2);
  });

  test("a story that no longer exists stops the batch before anything changes", async () => {
    const draft = await createStory("draft", null);
    await expect(applyBulkStoryAction(editor, [draft.id, "gone"], { kind: "archive" })).rejects.toThrow(
      /no longer exist/,
    );
    expect((await testDb.story.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });
});

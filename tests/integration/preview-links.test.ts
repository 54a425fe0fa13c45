/**
 * Shareable preview links against a real database: a link opens its story
 * until it expires or is revoked; a tampered link opens nothing; only the
 * token's digest is stored; making and revoking are audited; and only someone
 * who may edit the story may do either.
 */
import { beforeEach, describe, expect, test } from "vitest";
import { env } from "@/lib/platform/env";
import type { StoryStatus } from "@/lib/generated/prisma/enums";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { createPreviewLink, listLivePreviewLinks, resolvePreviewLink, revokePreviewLink } from "@/lib/newsroom/preview-links";
import { previewTokenHash, signPreviewToken } from "@/lib/newsroom/preview-token";
import type { StaffUser } from "@/lib/people/roles";
import { createStaff, emptyDatabase, testDb } from "./database";

const DAY = 24 * 60 * 60 * 1000;

let editor: StaffUser;
let writer: StaffUser;

async function createStory(status: StoryStatus = "draft", createdById: string | null = null) {
  return testDb.story.create({
    data: {
      slug: `draft-${Math.random().toString(36).slice(2, 10)}`,
      headline: "Harbour deal draft",
      body: { type: "doc", content: [] },
      bodyHtml: "<p>Text.</p>",
      bodyText: "Text.",
      status,
      createdById,
    },
    select: { id: true },
  });
}

beforeEach(async () => {
  await emptyDatabase();
  editor = await createStaff("editor", "Ana Ruiz");
  writer = await createStaff("writer", "Wes Writer");
});

describe("preview links", () => {
  test("a link opens its story for the days chosen, and the database keeps only the token's digest", async () => {
    const story = await createStory();
    const now = new Date("2026-12-07T10:00:00Z");
    const link = await createPreviewLink(editor, story.id, 7, now);
    expect(link.expiresAt.getTime()).toBe(now.getTime() + 7 * DAY);

    expect(await resolvePreviewLink(link.token, now)).toEqual({ storyId: story.id, expiresAt: link.expiresAt });
    expect(await resolvePreviewLink(link.token, new Date(now.getTime() + 7 * DAY - 1000))).not.toBeNull();
    expect(await resolvePreviewLink(link.token, new Date(now.getTime() + 7 * DAY))).toBeNull();

    const stored = await testDb.previewLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored.tokenHash).toBe(previewTokenHash(link.token));
    expect(JSON.stringify(stored)).not.toContain(link.token);
    const audit = await testDb.auditEntry.findMany({ where: { storyId: story.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["story.preview_link_create"]);
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  test("a revoked link stops working at once, leaves the live list, and is audited once", async () => {
    const story = await createStory();
    const kept = await createPreviewLink(editor, story.id, 3);
    const revoked = await createPreviewLink(editor, story.id, 7);
    expect((await listLivePreviewLinks(story.id)).map((link) => link.id)).toEqual([revoked.id, kept.id]);

    expect(await revokePreviewLink(editor, revoked.id)).toEqual({ storyId: story.id, revoked: true });
    expect(await resolvePreviewLink(revoked.token)).toBeNull();
    expect(await resolvePreviewLink(kept.token)).not.toBeNull();
    const live = await listLivePreviewLinks(story.id);
    expect(live).toEqual([expect.objectContaining({ id: kept.id, createdBy: "Ana Ruiz" })]);

    expect(await revokePreviewLink(editor, revoked.id)).toEqual({ storyId: story.id, revoked: false });
    const revocations = await testDb.auditEntry.count({ where: { action: "story.preview_link_revoke" } });
    expect(revocations).toBe(1);
  });

  test("a tampered, forged or unknown link opens nothing", async () => {
    const story = await createStory();
    const link = await createPreviewLink(editor, story.id, 7);
    const [expires, nonce, signature] = link.token.split(".") as [string, string, string];
    // A later expiry with the old signature; the right secret's signature on a token never stored; another secret.
    const longer = `${Number(expires) + 30 * 86_400}.${nonce}.${signature}`;
    const neverStored = signPreviewToken(env.BETTER_AUTH_SECRET, link.expiresAt);
    const otherSecret = signPreviewToken("another-secret-another-secret-another", link.expiresAt);
    for (const token of [longer, neverStored, otherSecret, "", "nonsense", `${link.token}x`]) {
      expect(await resolvePreviewLink(token)).toBeNull();
    }
  });

  test("a link to a story archived since, or deleted, opens nothing", async () => {
    const story = await createStory();
    const link = await createPreviewLink(editor, story.id, 7);
    await testDb.story.update({ where: { id: story.id }, data: { status: "archived" } });
    expect(await resolvePreviewLink(link.token)).toBeNull();
    await testDb.story.delete({ where: { id: story.id } });
    expect(await resolvePreviewLink(link.token)).toBeNull();
    expect(await testDb.previewLink.count()).toBe(0);
  });

  test("only someone who may edit the story makes or revokes its links", async () => {
    const editorsStory = await createStory("in_review");
    const writersDraft = await createStory("draft", writer.id);
    await expect(createPreviewLink(writer, editorsStory.id, 7)).rejects.toBeInstanceOf(ForbiddenError);
    const own = await createPreviewLink(writer, writersDraft.id, 7);
    const editors = await createPreviewLink(editor, editorsStory.id, 7);
    await expect(revokePreviewLink(writer, editors.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await resolvePreviewLink(editors.token)).not.toBeNull();
    expect((await revokePreviewLink(editor, own.id)).revoked).toBe(true);
    await expect(createPreviewLink(editor, editorsStory.id, 365)).rejects.toBeInstanceOf(InputError);
  });
});

/**
 * Shareable preview links: a signed, expiring address that shows a story's
 * last saved version to someone without an account (a source, a lawyer).
 * Whoever may edit the story makes and revokes them; both are audited. The
 * token is in the link only (lib/newsroom/preview-token.ts); the table keeps its digest.
 */
import "server-only";
import { recordAudit } from "@/lib/people/audit";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { InputError } from "@/lib/platform/errors";
import { signPreviewToken, verifyPreviewToken } from "@/lib/newsroom/preview-token";
import type { StaffUser } from "@/lib/people/roles";
import { assertMayEditStory, mayEditStory } from "@/lib/newsroom/workflow-rules";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The lifetimes an editor chooses from, in days; a week unless they choose another. */
export const PREVIEW_LINK_DAYS = [1, 3, 7, 14, 30] as const;
export const DEFAULT_PREVIEW_LINK_DAYS = 7;

export const previewPath = (token: string) => `/preview/${token}`;

async function storyToShare(storyId: string) {
  const story = await db.story.findUnique({
    where: { id: storyId },
    select: { id: true, status: true, createdById: true },
  });
  if (!story) throw new InputError("This story no longer exists.");
  return story;
}

/**
 * Makes a link to the story's preview that works for `days` days. Returns the
 * token: the only time it exists outside the link.
 */
export async function createPreviewLink(
  user: StaffUser,
  storyId: string,
  days: number,
  now = new Date(),
): Promise<{ id: string; token: string; expiresAt: Date }> {
  if (!(PREVIEW_LINK_DAYS as readonly number[]).includes(days)) throw new InputError("Choose how long the link works.", "days");
  const story = await storyToShare(storyId);
  assertMayEditStory(user, story);
  if (story.status === "archived") throw new InputError("Restore the story before sharing its preview.");
  const expiresAt = new Date(now.getTime() + days * DAY_MS);
  const token = signPreviewToken(env.BETTER_AUTH_SECRET, expiresAt);
  const check = verifyPreviewToken(env.BETTER_AUTH_SECRET, token, now);
  if (!check.ok) throw new Error("A preview token just signed did not verify.");
  return db.$transaction(async (tx) => {
    const link = await tx.previewLink.create({
      data: { storyId, tokenHash: check.tokenHash, expiresAt: check.expiresAt, createdById: user.id },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      action: "story.preview_link_create",
      actorId: user.id,
      storyId,
      details: { linkId: link.id, expiresAt: link.expiresAt.toISOString(), days },
    });
    return { id: link.id, token, expiresAt: link.expiresAt };
  });
}

/** Stops a link working at once. Revoking a link already revoked or expired changes nothing. */
export async function revokePreviewLink(
  user: StaffUser,
  linkId: string,
  now = new Date(),
): Promise<{ storyId: string; revoked: boolean }> {
  return db.$transaction(async (tx) => {
    const link = await tx.previewLink.findUnique({
      where: { id: linkId },
      select: { storyId: true, expiresAt: true, story: { select: { status: true, createdById: true } } },
    });
    if (!link) throw new InputError("This preview link no longer exists.");
    assertMayEditStory(user, link.story);
    // Names the revoked-at it read, so of two revocations at once only one is recorded.
    const { count } = await tx.previewLink.updateMany({
      where: { id: linkId, revokedAt: null },
      data: { revokedAt: now, revokedById: user.id },
    });
    if (count === 0) return { storyId: link.storyId, revoked: false };
    await recordAudit(tx, {
      action: "story.preview_link_revoke",
      actorId: user.id,
      storyId: link.storyId,
      details: { linkId, expiresAt: link.expiresAt.toISOString() },
    });
    return { storyId: link.storyId, revoked: true };
  });
}

export type LivePreviewLink = { id: string; createdAt: Date; expiresAt: Date; createdBy: string | null };

/** The story's links that work now, newest first. */
export async function listLivePreviewLinks(storyId: string, now = new Date()): Promise<LivePreviewLink[]> {
  const links = await db.previewLink.findMany({
    where: { storyId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
  return links.map(({ createdBy, ...link }) => ({ ...link, createdBy: createdBy?.name ?? null }));
}

/**
 * The story a preview link opens, or null for a link that is malformed,
 * tampered with, expired, revoked, or whose story is gone or archived. The
 * reader is told the same for all of them.
 */
export async function resolvePreviewLink(
  token: string,
  now = new Date(),
): Promise<{ storyId: string; expiresAt: Date } | null> {
  const check = verifyPreviewToken(env.BETTER_AUTH_SECRET, token, now);
  if (!check.ok) return null;
  const link = await db.previewLink.findUnique({
    where: { tokenHash: check.tokenHash },
    select: { storyId: true, expiresAt: true, revokedAt: true, story: { select: { status: true } } },
  });
  if (!link || link.revokedAt || link.expiresAt <= now || link.story.status === "archived") return null;
  return { storyId: link.storyId, expiresAt: link.expiresAt };
}

/**
 * What the edit page's "Share a preview" panel shows to `user`: the story's
 * live links, or null when they may not share this story (or it is archived).
 */
export async function loadSharePreview(user: StaffUser, storyId: string, now = new Date()) {
  const story = await db.story.findUnique({ where: { id: storyId }, select: { status: true, createdById: true } });
  if (!story || story.status === "archived") return null;
  if (!mayEditStory(user, story)) return null;
  return { status: story.status, links: await listLivePreviewLinks(storyId, now) };
}

/**
 * A story's revisions: the list, the texts of two of them for comparison,
 * and bringing an old text back. Every save writes a revision
 * (lib/newsroom/story-writes.ts), so restoring is one more save, checked like any other.
 */
import "server-only";
import { WrongStateError } from "@/lib/platform/errors";
import { db } from "@/lib/platform/db";
import type { StaffUser } from "@/lib/people/roles";
import { bodyDocumentSchema } from "@/lib/content/story-body";
import {
  saveStory,
  type RevisionFields,
  type SavedStoryVersion,
} from "@/lib/newsroom/story-writes";

export type RevisionListItem = {
  version: number;
  createdAt: Date;
  savedBy: string | null;
  isMajorUpdate: boolean;
  autosave: boolean;
  restoredFrom: number | null;
};

const fieldsOf = (fields: unknown): Partial<RevisionFields> =>
  fields && typeof fields === "object" ? (fields as Partial<RevisionFields>) : {};

/** The story the revisions page is about, or null. */
export async function getStoryForRevisions(storyId: string) {
  return db.story.findUnique({
    where: { id: storyId },
    select: { id: true, headline: true, slug: true, status: true, version: true, createdById: true },
  });
}

/** Every revision of a story, newest first. */
export async function listRevisions(storyId: string): Promise<RevisionListItem[]> {
  const rows = await db.revision.findMany({
    where: { storyId },
    orderBy: { version: "desc" },
    take: 1000,
    select: {
      version: true,
      createdAt: true,
      isMajorUpdate: true,
      fields: true,
      author: { select: { name: true } },
    },
  });
  return rows.map((row) => {
    const fields = fieldsOf(row.fields);
    return {
      version: row.version,
      createdAt: row.createdAt,
      savedBy: row.author?.name ?? null,
      isMajorUpdate: row.isMajorUpdate,
      autosave: fields.autosave === true,
      restoredFrom: typeof fields.restoredFrom === "number" ? fields.restoredFrom : null,
    };
  });
}

export type RevisionText = { version: number; headline: string; dek: string | null; bodyText: string };

/** The words of two revisions, for a side-by-side comparison; null when either is missing. */
export async function getRevisionTexts(
  storyId: string,
  older: number,
  newer: number,
): Promise<[RevisionText, RevisionText] | null> {
  const rows = await db.revision.findMany({
    where: { storyId, version: { in: [older, newer] } },
    select: { version: true, headline: true, dek: true, bodyText: true },
  });
  const first = rows.find((row) => row.version === older);
  const second = rows.find((row) => row.version === newer);
  return first && second ? [first, second] : null;
}

/**
 * The slug a restore leaves: a story readers may have seen keeps the address
 * they know (its headline may no longer match it, and the confirmation says
 * so); a story never published takes back the slug it had in that version,
 * so it does not keep the address of a headline it no longer has.
 */
export function slugAfterRestore(
  story: { slug: string; publishedAt: Date | null },
  revisionSlug: string | undefined,
): string {
  return story.publishedAt || !revisionSlug ? story.slug : revisionSlug;
}

export type RestorePreview = { version: number; headline: string; slug: string; words: number };

/**
 * What restoring each version would bring back, for the confirmation: its
 * headline, the slug the story would have, and the size of its body in
 * words (counted by the database, so no body is loaded).
 */
export async function listRestorePreviews(storyId: string): Promise<RestorePreview[]> {
  const [story, rows] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { slug: true, publishedAt: true } }),
    db.$queryRaw<{ version: number; headline: string; slug: string | null; words: number }[]>`
      SELECT version, headline, fields->>'slug' AS slug,
        CASE WHEN btrim("bodyText") = '' THEN 0
          ELSE array_length(regexp_split_to_array(btrim("bodyText"), '\\s+'), 1) END::int AS words
      FROM "Revision" WHERE "storyId" = ${storyId} ORDER BY version DESC LIMIT 1000`,
  ]);
  if (!story) return [];
  return rows.map((row) => ({
    version: row.version,
    headline: row.headline,
    slug: slugAfterRestore(story, row.slug ?? undefined),
    words: row.words,
  }));
}

/**
 * Brings back the headline, dek and body of `version` as a new version; the
 * slug as slugAfterRestore says. The rest (section, tags, bylines, images)
 * stays as it is now. Refused,
 * like any save, if the story changed since `expectedVersion` was read, or if
 * `user` may not edit the story.
 */
export async function restoreRevision(
  storyId: string,
  version: number,
  expectedVersion: number,
  user: StaffUser,
): Promise<SavedStoryVersion> {
  const [revision, story] = await Promise.all([
    db.revision.findUnique({
      where: { storyId_version: { storyId, version } },
      select: { headline: true, dek: true, body: true, fields: true },
    }),
    db.story.findUnique({
      where: { id: storyId },
      select: {
        slug: true,
        publishedAt: true,
        sectionId: true,
        tags: { select: { tag: { select: { name: true } } } },
      },
    }),
  ]);
  if (!revision || !story) throw new WrongStateError("That version of the story no longer exists.");
  const body = bodyDocumentSchema.safeParse(revision.body);
  if (!body.success) {
    throw new WrongStateError(
      "That version holds content the editor can no longer save, so it cannot be restored.",
    );
  }
  return saveStory(
    {
      headline: revision.headline,
      dek: revision.dek,
      body: body.data,
      slug: slugAfterRestore(story, fieldsOf(revision.fields).slug),
      sectionId: story.sectionId,
      tags: story.tags.map(({ tag }) => tag.name),
      version: expectedVersion,
      majorUpdate: false,
    },
    user,
    storyId,
    { restoredFrom: version },
  );
}

/**
 * The media library: browsing uploaded images, the words that go with each
 * (alt text, caption, credit), where each is used, and deleting one nobody
 * uses. Uploading is lib/newsroom/media-uploads.ts; the files are lib/media-files.ts.
 */
import "server-only";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { authorTag, storyTag } from "@/lib/delivery/cache-tags";
import { db, type Db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/platform/errors";
import { mediaRoot, toLibraryImage, variantsOf } from "@/lib/newsroom/media-uploads";
import { removeImageFiles } from "@/lib/newsroom/media-files";
import { mediaUrl, type LibraryImage } from "@/lib/content/media-url";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";
import type { MediaDetailsInput } from "@/lib/validation/media";

type Reader = Db | Prisma.TransactionClient;

export const MEDIA_PAGE_SIZE = 24;

export type MediaListItem = LibraryImage & { fileName: string; createdAt: Date };

const listSelect = {
  id: true,
  variants: true,
  width: true,
  height: true,
  alt: true,
  credit: true,
  fileName: true,
  createdAt: true,
} satisfies Prisma.MediaSelect;

/** `%` and `_` typed into the search box are searched for, not wildcards. */
const literal = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** One page of the library, newest first, optionally only images whose words or file name contain `query`. */
export async function listMediaPage(
  query: string,
  page: number,
): Promise<{ images: MediaListItem[]; total: number; pageCount: number }> {
  const words = query.trim();
  const where: Prisma.MediaWhereInput = words
    ? {
        OR: (["alt", "caption", "credit", "fileName"] as const).map((field) => ({
          [field]: { contains: literal(words), mode: "insensitive" as const },
        })),
      }
    : {};
  const [rows, total] = await Promise.all([
    db.media.findMany({
      where,
      // The id breaks ties between uploads of the same millisecond (a UUIDv7, so time-ordered).
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * MEDIA_PAGE_SIZE,
      take: MEDIA_PAGE_SIZE,
      select: listSelect,
    }),
    db.media.count({ where }),
  ]);
  return {
    images: rows.map((row) => ({ ...toLibraryImage(row, 480), fileName: row.fileName, createdAt: row.createdAt })),
    total,
    pageCount: Math.max(1, Math.ceil(total / MEDIA_PAGE_SIZE)),
  };
}

export type UsageStory = { id: string; slug: string; headline: string; status: string };
export type MediaUsage = {
  heroOf: UsageStory[];
  inBodyOf: UsageStory[];
  photoOf: { id: string; slug: string; name: string }[];
};

export const isUnused = (usage: MediaUsage) =>
  usage.heroOf.length === 0 && usage.inBodyOf.length === 0 && usage.photoOf.length === 0;

/**
 * Where an image is used: stories with it as their hero, stories whose body
 * shows one of its copies (their HTML holds its address), authors with it as their photo.
 */
export async function mediaUsage(reader: Reader, mediaId: string): Promise<MediaUsage> {
  const storySelect = { id: true, slug: true, headline: true, status: true } as const;
  const [heroOf, inBodyOf, photoOf] = await Promise.all([
    reader.story.findMany({ where: { heroImageId: mediaId }, orderBy: { updatedAt: "desc" }, select: storySelect }),
    reader.story.findMany({
      // Every copy's address is /media/<id>/w<width>.webp; the id is a UUID, with no wildcard in it.
      where: { bodyHtml: { contains: `${mediaUrl(mediaId)}/` } },
      orderBy: { updatedAt: "desc" },
      select: storySelect,
    }),
    reader.author.findMany({ where: { photoId: mediaId }, orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
  ]);
  return { heroOf, inBodyOf, photoOf };
}

export type MediaDetail = LibraryImage & {
  caption: string | null;
  fileName: string;
  mimeType: string;
  originalWidth: number;
  originalHeight: number;
  bytes: number;
  createdAt: Date;
  uploadedBy: string | null;
  copies: { width: number; src: string }[];
  usage: MediaUsage;
};

/** One image with everything its page shows, or null when there is no such image. */
export async function getMediaDetail(mediaId: string): Promise<MediaDetail | null> {
  const row = await db.media.findUnique({
    where: { id: mediaId },
    select: {
      ...listSelect,
      caption: true,
      mimeType: true,
      bytes: true,
      uploadedBy: { select: { name: true } },
    },
  });
  if (!row) return null;
  return {
    ...toLibraryImage(row, 960),
    caption: row.caption,
    fileName: row.fileName,
    mimeType: row.mimeType,
    originalWidth: row.width,
    originalHeight: row.height,
    bytes: row.bytes,
    createdAt: row.createdAt,
    uploadedBy: row.uploadedBy?.name ?? null,
    copies: variantsOf(row).map((variant) => ({ width: variant.width, src: mediaUrl(variant.key) })),
    usage: await mediaUsage(db, mediaId),
  };
}

/** The reader pages that show an image: the stories using it, and the pages of the authors it portrays. */
export function cacheTagsOfUsage(usage: MediaUsage): string[] {
  return [
    ...new Set([
      ...[...usage.heroOf, ...usage.inBodyOf].map((story) => storyTag(story.slug)),
      ...usage.photoOf.map((author) => authorTag(author.slug)),
    ]),
  ].sort();
}

/** Locks the image's row until the transaction ends, so nobody places it while it is changed or deleted. */
async function lockMedia(tx: Prisma.TransactionClient, mediaId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Media" WHERE id = ${mediaId} FOR UPDATE`;
  if (rows.length === 0) throw new InputError("That image is no longer in the library.");
}

/** Saves an image's alt text, caption and credit. Editors and admins; audited; the pages showing it are invalidated. */
export async function updateMediaDetails(input: MediaDetailsInput, user: StaffUser): Promise<{ cacheTags: string[] }> {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    await lockMedia(tx, input.mediaId);
    const before = await tx.media.findUniqueOrThrow({
      where: { id: input.mediaId },
      select: { alt: true, caption: true, credit: true, fileName: true },
    });
    const after = { alt: input.alt, caption: input.caption, credit: input.credit };
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => before[key] !== after[key]);
    await tx.media.update({ where: { id: input.mediaId }, data: after });
    const cacheTags = changed.length ? cacheTagsOfUsage(await mediaUsage(tx, input.mediaId)) : [];
    await recordAudit(tx, {
      action: "media.update",
      actorId: user.id,
      details: { mediaId: input.mediaId, fileName: before.fileName, changed, alt: input.alt },
    });
    await recordInvalidation(tx, cacheTags);
    return { cacheTags };
  });
}

/** Why an image cannot be deleted, in words an editor can act on. */
export function usageRefusal(usage: MediaUsage): string {
  const parts = [
    usage.heroOf.length && `the hero image of ${count(usage.heroOf.length, "story", "stories")}`,
    usage.inBodyOf.length && `in the text of ${count(usage.inBodyOf.length, "story", "stories")}`,
    usage.photoOf.length && `the photo of ${count(usage.photoOf.length, "author", "authors")}`,
  ].filter(Boolean);
  return `This image is still used: it is ${parts.join(", ")}. Replace it there first, then delete it.`;
}
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes an image nobody uses, and its files once the row is gone. Refused,
 * with where it is used, while a story or an author uses it. Editors and admins; audited.
 */
export async function deleteMedia(mediaId: string, user: StaffUser): Promise<void> {
  assertRole(user, EDITORIAL_ROLES);
  const deleted = await db.$transaction(async (tx) => {
    await lockMedia(tx, mediaId);
    const usage = await mediaUsage(tx, mediaId);
    if (!isUnused(usage)) throw new InputError(usageRefusal(usage));
    const row = await tx.media.delete({ where: { id: mediaId }, select: { id: true, fileName: true, alt: true } });
    await recordAudit(tx, { action: "media.delete", actorId: user.id, details: { mediaId, fileName: row.fileName, alt: row.alt } });
    return row;
  });
  // After the commit: a failed delete leaves the files of an image that still exists.
  await removeImageFiles(mediaRoot(), deleted.id);
}

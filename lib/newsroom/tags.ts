/**
 * The newsroom's tags: the editors' list with story counts, and creating,
 * renaming, merging and deleting them. Readers' reads of tags are in
 * lib/archives.ts. Every write checks the role itself, is audited, and
 * records the cache tags of what readers see change (lib/delivery/cache-tags.ts).
 */
import "server-only";
import { recordAudit } from "@/lib/people/audit";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { cacheTagsOfStories, tagTag } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/platform/errors";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";
import { recordRevision } from "@/lib/newsroom/story-writes";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import type { TagInput } from "@/lib/validation/taxonomy";

type Tx = Prisma.TransactionClient;

export const TAG_PAGE_SIZE = 100;

export type DeskTag = { id: string; slug: string; name: string; stories: number };

const deskTagSelect = { id: true, slug: true, name: true, _count: { select: { stories: true } } } as const;
const toDeskTag = ({
  _count,
  ...tag
}: {
  id: string;
  slug: string;
  name: string;
  _count: { stories: number };
}): DeskTag => ({
  ...tag,
  stories: _count.stories,
});

/** Tags by name, those whose name or address contains `query` when given; `page` counts from 1. */
export async function listTagsForDesk(
  query = "",
  page = 1,
): Promise<{ tags: DeskTag[]; hasNextPage: boolean }> {
  const search = query.trim();
  const rows = await db.tag.findMany({
    where: search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { slug: { contains: search, mode: "insensitive" } },
          ],
        }
      : undefined,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * TAG_PAGE_SIZE,
    take: TAG_PAGE_SIZE + 1,
    select: deskTagSelect,
  });
  return { tags: rows.slice(0, TAG_PAGE_SIZE).map(toDeskTag), hasNextPage: rows.length > TAG_PAGE_SIZE };
}

export async function getTagForEditing(id: string): Promise<DeskTag | null> {
  const row = await db.tag.findUnique({ where: { id }, select: deskTagSelect });
  return row && toDeskTag(row);
}

/** The current slug of a tag that used to be at `slug` (renamed, or merged into it), or null. */
export async function findRenamedTagSlug(slug: string): Promise<string | null> {
  const redirect = await db.tagSlugRedirect.findUnique({
    where: { slug },
    select: { tag: { select: { slug: true } } },
  });
  return redirect?.tag.slug ?? null;
}

async function assertSlugFree(tx: Tx, slug: string, exceptId?: string) {
  const taken = await tx.tag.findUnique({ where: { slug }, select: { id: true, name: true } });
  if (taken && taken.id !== exceptId) {
    throw new InputError(
      `The tag “${taken.name}” already has the address /tags/${slug}. Choose another, or merge the two tags.`,
      "slug",
    );
  }
}

/**
 * The tags of a tag's former addresses: each answers with a redirect to the
 * tag's address, which a cache may keep; when that address changes, so do they.
 */
const formerAddressTags = async (tx: Tx, tagId: string) =>
  (await tx.tagSlugRedirect.findMany({ where: { tagId }, select: { slug: true } })).map((row) =>
    tagTag(row.slug),
  );

const storyIdsOfTag = async (tx: Tx, tagId: string) =>
  (await tx.storyTag.findMany({ where: { tagId }, select: { storyId: true } })).map((row) => row.storyId);

/**
 * Each story whose tags changed gets a new version, with its revision: the
 * edit page sends a story's tags by name, so a form opened before the change
 * is refused as stale rather than saving the old tag back.
 */
async function newVersionOfEach(tx: Tx, storyIds: string[], user: StaffUser) {
  for (const storyId of storyIds) {
    const { version } = await tx.story.update({
      where: { id: storyId },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await recordRevision(tx, storyId, version, user, { isMajorUpdate: false });
  }
}

export async function createTag(input: TagInput, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    await assertSlugFree(tx, input.slug);
    const tag = await tx.tag.create({ data: input, select: { id: true, slug: true } });
    await tx.tagSlugRedirect.deleteMany({ where: { slug: input.slug } });
    await recordAudit(tx, {
      action: "tag.create",
      actorId: user.id,
      details: { name: input.name, slug: input.slug },
    });
    // The address may have been cached as a 404 or a redirect.
    const cacheTags = [tagTag(input.slug)];
    await recordInvalidation(tx, cacheTags);
    return { tag, cacheTags };
  });
}

/**
 * Renames or re-addresses a tag; the old address redirects to the new one.
 * Its stories' pages show the new name, and each of them gets a new version.
 */
export async function updateTag(id: string, input: TagInput, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    const current = await tx.tag.findUnique({ where: { id }, select: { slug: true, name: true } });
    if (!current) throw new InputError("That tag no longer exists. Reload the page.");
    await assertSlugFree(tx, input.slug, id);
    const storyIds = await storyIdsOfTag(tx, id);
    const before = [...(await cacheTagsOfStories(tx, storyIds)), ...(await formerAddressTags(tx, id))];
    await tx.tag.update({ where: { id }, data: input });
    if (current.slug !== input.slug) {
      await tx.tagSlugRedirect.upsert({
        where: { slug: current.slug },
        update: { tagId: id },
        create: { slug: current.slug, tagId: id },
      });
      await tx.tagSlugRedirect.deleteMany({ where: { slug: input.slug } });
    }
    if (current.name !== input.name || current.slug !== input.slug)
      await newVersionOfEach(tx, storyIds, user);
    await recordAudit(tx, {
      action: "tag.update",
      actorId: user.id,
      details: { fromName: current.name, toName: input.name, fromSlug: current.slug, toSlug: input.slug },
    });
    const cacheTags = [...new Set([...before, tagTag(current.slug), tagTag(input.slug)])].sort();
    await recordInvalidation(tx, cacheTags);
    return { slug: input.slug, cacheTags };
  });
}

/**
 * Merges the tag `id` into `intoId`, in one transaction: every story of the
 * one gets the other (once), the merged tag goes, and its addresses (its own
 * and those it kept from renames) redirect to the kept tag. Each story that
 * had the merged tag gets a new version, so a form open on it cannot save
 * the merged tag back.
 */
export async function mergeTags(id: string, intoId: string, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  if (id === intoId)
    throw new InputError("Choose another tag: a tag cannot be merged into itself.", "intoId");
  return db.$transaction(async (tx) => {
    // Both rows locked in one order, so two merges of the same tags wait for each other.
    const tags = await tx.$queryRaw<{ id: string; slug: string; name: string }[]>`
      SELECT id, slug, name FROM "Tag" WHERE id IN (${id}, ${intoId}) ORDER BY id FOR UPDATE`;
    const merged = tags.find((tag) => tag.id === id);
    const kept = tags.find((tag) => tag.id === intoId);
    if (!merged) throw new InputError("The tag to merge no longer exists. Reload the page.");
    if (!kept) throw new InputError("The tag to keep no longer exists. Choose another.", "intoId");

    const storyIds = await storyIdsOfTag(tx, id);
    const before = [...(await cacheTagsOfStories(tx, storyIds)), ...(await formerAddressTags(tx, id))];
    const gained = await tx.$queryRaw<{ storyId: string }[]>`
      INSERT INTO "StoryTag" ("storyId", "tagId")
      SELECT "storyId", ${intoId} FROM "StoryTag" WHERE "tagId" = ${id}
      ON CONFLICT DO NOTHING
      RETURNING "storyId"`;
    await tx.tagSlugRedirect.updateMany({ where: { tagId: id }, data: { tagId: intoId } });
    await tx.tag.delete({ where: { id } });
    await tx.tagSlugRedirect.upsert({
      where: { slug: merged.slug },
      update: { tagId: intoId },
      create: { slug: merged.slug, tagId: intoId },
    });

    await newVersionOfEach(tx, storyIds, user);
    // Shared tags are a reason for suggestions: the stories that changed tags get theirs anew.
    await refreshSuggestions(tx, storyIds);
    await recordAudit(tx, {
      action: "tag.merge",
      actorId: user.id,
      details: {
        merged: merged.name,
        mergedSlug: merged.slug,
        kept: kept.name,
        keptSlug: kept.slug,
        stories: storyIds.length,
        gained: gained.length,
      },
    });
    const after = await cacheTagsOfStories(tx, storyIds);
    const cacheTags = [...new Set([...before, ...after, tagTag(merged.slug), tagTag(kept.slug)])].sort();
    await recordInvalidation(tx, cacheTags);
    return {
      merged: merged.name,
      kept: { name: kept.name, slug: kept.slug },
      stories: storyIds.length,
      cacheTags,
    };
  });
}

/** Deletes a tag no story uses; refuses one that any story (of any status) still has. */
export async function deleteTag(id: string, user: StaffUser) {
  assertRole(user, EDITORIAL_ROLES);
  return db.$transaction(async (tx) => {
    const [tag] = await tx.$queryRaw<{ slug: string; name: string }[]>`
      SELECT slug, name FROM "Tag" WHERE id = ${id} FOR UPDATE`;
    if (!tag) throw new InputError("That tag no longer exists. Reload the page.");
    const used = await tx.storyTag.count({ where: { tagId: id } });
    if (used > 0) {
      throw new InputError(
        `“${tag.name}” is on ${used === 1 ? "1 story" : `${used} stories`}, so it cannot be deleted. ` +
          "Merge it into another tag instead, or take it off those stories first.",
      );
    }
    await tx.tag.delete({ where: { id } });
    await recordAudit(tx, {
      action: "tag.delete",
      actorId: user.id,
      details: { name: tag.name, slug: tag.slug },
    });
    const cacheTags = [tagTag(tag.slug)];
    await recordInvalidation(tx, cacheTags);
    return { name: tag.name, cacheTags };
  });
}

/** Every other tag, by name, for the merge form's choice. */
export async function listTagsForMerge(exceptId: string): Promise<DeskTag[]> {
  const rows = await db.tag.findMany({
    where: { id: { not: exceptId } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: deskTagSelect,
  });
  return rows.map(toDeskTag);
}

/**
 * What an editor does to several stories at once from the story list:
 * archive them, move them to a section, or add a tag. Editors and admins
 * only, checked here. One transaction per batch: each story changed gets its
 * own audit entry (and, for a move or a tag, a revision, so its history and
 * versions stay whole), and the batch records the cache tags of every list
 * the stories were on before and are on after.
 */
import "server-only";
import { isLiveOrScheduled } from "@/lib/content/visibility";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { cacheTagsOfStories } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputError } from "@/lib/platform/errors";
import { assertRole, EDITORIAL_ROLES, type StaffUser } from "@/lib/people/roles";
import { recordRevision } from "@/lib/newsroom/story-writes";
import { refreshSuggestionsAround } from "@/lib/reader/suggestions-refresh";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import { slugify } from "@/lib/validation/story";

export const MAX_BULK_STORIES = 100;

export type BulkOperation =
  { kind: "archive" } | { kind: "move"; sectionId: string | null } | { kind: "tag"; tagName: string };

export type BulkResult = {
  /** Stories the operation changed. */
  changed: number;
  /** Stories it left as they were: already archived, already in the section, already tagged. */
  unchanged: number;
  cacheTags: string[];
};

type Tx = Prisma.TransactionClient;
type Locked = {
  id: string;
  status: string;
  sectionId: string | null;
  sectionName: string | null;
  publishedAt: Date | null;
};

const isLive = (story: Pick<Locked, "status">) => isLiveOrScheduled(story.status);

export async function applyBulkStoryAction(
  user: StaffUser | null,
  storyIds: string[],
  operation: BulkOperation,
): Promise<BulkResult> {
  assertRole(user, EDITORIAL_ROLES);
  const ids = [...new Set(storyIds)];
  if (ids.length === 0) throw new InputError("Select at least one story.");
  if (ids.length > MAX_BULK_STORIES)
    throw new InputError(`Select at most ${MAX_BULK_STORIES} stories at a time.`);

  const done = await db.$transaction(async (tx) => {
    // Locked in one order, as saves and suggestion refreshes lock them, so none deadlocks with this.
    const stories = await tx.$queryRaw<Locked[]>`
      SELECT s.id, s.status::text AS status, s."sectionId", section.name AS "sectionName", s."publishedAt"
      FROM "Story" s LEFT JOIN "Section" section ON section.id = s."sectionId"
      WHERE s.id = ANY(${ids}::text[]) ORDER BY s.id FOR UPDATE OF s`;
    if (stories.length !== ids.length)
      throw new InputError("Some of these stories no longer exist. Reload the list.");
    const tagsBefore = await cacheTagsOfStories(tx, ids);
    const changedIds = await perform(tx, user, stories, operation);
    // Suggestions of live stories read their section and tags; archiving needs none (readers stop seeing it).
    const liveChanged = stories
      .filter((story) => changedIds.includes(story.id) && isLive(story))
      .map((story) => story.id);
    if (operation.kind !== "archive") await refreshSuggestions(tx, liveChanged);
    const tagsAfter = await cacheTagsOfStories(tx, ids);
    const cacheTags = [...new Set([...tagsBefore, ...tagsAfter])].sort();
    await recordInvalidation(tx, cacheTags);
    return { changedIds, liveChanged, cacheTags };
  });
  // As a save does: the live stories that suggest these ones get fresh suggestions, and their pages' tags.
  const around =
    operation.kind === "archive"
      ? []
      : (await Promise.all(done.liveChanged.map(refreshSuggestionsAround))).flat();
  return {
    changed: done.changedIds.length,
    unchanged: ids.length - done.changedIds.length,
    cacheTags: [...new Set([...done.cacheTags, ...around])].sort(),
  };
}

/** Applies `operation` to each of the locked stories it changes, and returns their ids. */
async function perform(
  tx: Tx,
  user: StaffUser,
  stories: Locked[],
  operation: BulkOperation,
): Promise<string[]> {
  switch (operation.kind) {
    case "archive":
      return archiveStories(tx, user, stories);
    case "move":
      return moveStories(tx, user, stories, operation.sectionId);
    case "tag":
      return tagStories(tx, user, stories, operation.tagName);
  }
}

async function archiveStories(tx: Tx, user: StaffUser, stories: Locked[]): Promise<string[]> {
  const changed: string[] = [];
  for (const story of stories) {
    if (story.status === "archived") continue;
    await tx.story.update({
      where: { id: story.id },
      data: { status: "archived", version: { increment: 1 } },
    });
    await tx.frontPageSlot.deleteMany({ where: { storyId: story.id } });
    await recordAudit(tx, {
      action: "story.archive",
      actorId: user.id,
      storyId: story.id,
      details: { from: story.status, to: "archived", bulk: true },
    });
    changed.push(story.id);
  }
  return changed;
}

async function moveStories(
  tx: Tx,
  user: StaffUser,
  stories: Locked[],
  sectionId: string | null,
): Promise<string[]> {
  const section = sectionId
    ? await tx.section.findUnique({
        where: { id: sectionId },
        select: { id: true, name: true, archivedAt: true },
      })
    : null;
  if (sectionId && !section) throw new InputError("That section no longer exists.", "sectionId");
  if (section?.archivedAt) {
    throw new InputError(`The section “${section.name}” is archived. Choose another section.`, "sectionId");
  }
  const changed: string[] = [];
  for (const story of stories) {
    if (story.sectionId === (section?.id ?? null)) continue;
    const { version } = await tx.story.update({
      where: { id: story.id },
      data: { sectionId: section?.id ?? null, version: { increment: 1 } },
      select: { version: true },
    });
    await recordRevision(tx, story.id, version, user, { isMajorUpdate: false });
    await recordAudit(tx, {
      action: "story.section_change",
      actorId: user.id,
      storyId: story.id,
      details: { fromSection: story.sectionName, toSection: section?.name ?? null, bulk: true },
    });
    changed.push(story.id);
  }
  return changed;
}

async function tagStories(tx: Tx, user: StaffUser, stories: Locked[], tagName: string): Promise<string[]> {
  const name = tagName.trim();
  const slug = slugify(name);
  if (!slug) throw new InputError("Give the tag a name with letters or digits.", "tag");
  const tag = await tx.tag.upsert({
    where: { slug },
    update: {},
    create: { slug, name },
    select: { id: true, name: true },
  });
  const changed: string[] = [];
  for (const story of stories) {
    const { count } = await tx.storyTag.createMany({
      data: [{ storyId: story.id, tagId: tag.id }],
      skipDuplicates: true,
    });
    if (count === 0) continue;
    const { version } = await tx.story.update({
      where: { id: story.id },
      data: { version: { increment: 1 } },
      select: { version: true },
    });
    await recordRevision(tx, story.id, version, user, { isMajorUpdate: false });
    await recordAudit(tx, {
      action: "story.tag_add",
      actorId: user.id,
      storyId: story.id,
      details: { tag: tag.name, bulk: true },
    });
    changed.push(story.id);
  }
  return changed;
}

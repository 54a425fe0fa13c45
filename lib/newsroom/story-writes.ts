/**
 * Editorial writes to stories. Each runs in one transaction, records a
 * revision or audit entry beside the change, and returns the reader pages it
 * changed (lib/reader-pages.ts). Callers have already checked the role.
 */
import "server-only";
import { isLiveOrScheduled } from "@/lib/content/visibility";
import { db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { InputError, WrongStateError } from "@/lib/platform/errors";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { cacheTagsOfStories, storyTag } from "@/lib/delivery/cache-tags";
import type { StaffUser } from "@/lib/people/roles";
import { assertMayEditStory } from "@/lib/newsroom/workflow-rules";
import { bodyToText, renderBodyHtml } from "@/lib/content/story-body";
import { refreshSuggestionsAround } from "@/lib/reader/suggestions-refresh";
import { refreshSuggestions } from "@/lib/reader/suggestions";
import { slugify, type StoryFormValues } from "@/lib/validation/story";

type Tx = Prisma.TransactionClient;

/** What is stored now, shown beside the editor's own text when their save is refused. */
export type ConflictingVersion = {
  version: number;
  headline: string;
  dek: string | null;
  bodyText: string;
  savedAt: string;
  savedBy: string | null;
};

/**
 * A save naming an older version than the stored one: someone saved in
 * between. It carries the stored story, so both texts stay in view.
 */
export class StaleVersionError extends Error {
  constructor(readonly theirs: ConflictingVersion) {
    super(
      "Someone else saved this story while you were editing it, so your save was refused. " +
        "Your text is still in the form and theirs is shown beside it: compare them, then save again.",
    );
  }
}

const slugTaken = (slug: string) =>
  new InputError(`Another story already uses the slug “${slug}”. Choose a different one.`, "slug");

/** A saved story, and the cache tags the save changed (recorded with it). */
export type SavedStory = { id: string; slug: string; cacheTags: string[] };
/** A saved story and the version it now has. */
export type SavedStoryVersion = SavedStory & { version: number };

async function authorIdFor(tx: Tx, user: StaffUser): Promise<string> {
  const existing = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (existing) return existing.id;
  const base = slugify(user.name) || "staff";
  const taken = await tx.author.count({ where: { slug: { startsWith: base } } });
  const created = await tx.author.create({
    data: { name: user.name, slug: taken ? `${base}-${taken + 1}` : base, userId: user.id },
    select: { id: true },
  });
  return created.id;
}

async function tagIdsFor(tx: Tx, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) continue;
    const tag = await tx.tag.upsert({
      where: { slug },
      update: {},
      create: { slug, name },
      select: { id: true },
    });
    ids.push(tag.id);
  }
  return [...new Set(ids)];
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

async function ensureSlugFree(tx: Tx, slug: string, storyId?: string) {
  const [story, redirect] = await Promise.all([
    tx.story.findUnique({ where: { slug }, select: { id: true } }),
    tx.storySlugRedirect.findUnique({ where: { slug }, select: { storyId: true } }),
  ]);
  if ((story && story.id !== storyId) || (redirect && redirect.storyId !== storyId)) {
    throw slugTaken(slug);
  }
}

async function assertReferencesExist(tx: Tx, values: StoryFormValues) {
  if (values.authorIds) {
    const found = await tx.author.count({ where: { id: { in: values.authorIds } } });
    if (found !== values.authorIds.length) {
      throw new WrongStateError("One of the bylines no longer exists. Reload the page and choose again.");
    }
  }
  if (
    values.heroImageId &&
    !(await tx.media.findUnique({ where: { id: values.heroImageId }, select: { id: true } }))
  ) {
    throw new WrongStateError("The hero image no longer exists. Choose another one.");
  }
}

/**
 * An archived section takes no new stories (lib/newsroom/sections.ts): a story may
 * stay in one it is in already, not be created in or moved into one.
 */
async function assertSectionOpen(tx: Tx, sectionId: string | null, storyId?: string) {
  if (!sectionId) return;
  const section = await tx.section.findUnique({
    where: { id: sectionId },
    select: { name: true, archivedAt: true },
  });
  if (!section?.archivedAt) return;
  const staying = storyId && (await tx.story.count({ where: { id: storyId, sectionId } })) > 0;
  if (!staying)
    throw new InputError(`The section “${section.name}” is archived. Choose another section.`, "sectionId");
}

/** The optional fields that were sent; the others keep their stored values. */
function sentFields(values: StoryFormValues) {
  const optional = {
    seoTitle: values.seoTitle,
    seoDescription: values.seoDescription,
    heroImageId: values.heroImageId,
    heroImageAlt: values.heroImageAlt,
    heroImageCaption: values.heroImageCaption,
    heroImageCredit: values.heroImageCredit,
  };
  return Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)) as Partial<
    typeof optional
  >;
}

async function storedVersion(tx: Tx, storyId: string): Promise<ConflictingVersion> {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      version: true,
      headline: true,
      dek: true,
      bodyText: true,
      updatedAt: true,
      revisions: { orderBy: { version: "desc" }, take: 1, select: { author: { select: { name: true } } } },
    },
  });
  return {
    version: story.version,
    headline: story.headline,
    dek: story.dek,
    bodyText: story.bodyText,
    savedAt: story.updatedAt.toISOString(),
    savedBy: story.revisions[0]?.author?.name ?? null,
  };
}

export type SaveOptions = {
  /** A save the form made by itself: allowed on drafts only, and marked so in the revision. */
  autosave?: boolean;
  /** The version whose text this save brings back (see lib/newsroom/revisions.ts). */
  restoredFrom?: number;
};

/** The columns a save writes, worked out before its transaction (rendering the body takes a while). */
function storyFields(values: StoryFormValues, slug: string, now: Date) {
  return {
    headline: values.headline,
    dek: values.dek,
    slug,
    sectionId: values.sectionId,
    body: values.body as unknown as Prisma.InputJsonValue,
    bodyHtml: renderBodyHtml(values.body),
    bodyText: bodyToText(values.body),
    ...sentFields(values),
    ...(values.majorUpdate ? { majorUpdatedAt: now } : {}),
  };
}

type StoryFields = ReturnType<typeof storyFields>;

/** What a save hands back from its transaction: `live` when readers may see the story. */
type SaveResult = { id: string; slug: string; version: number; live: boolean; cacheTags: string[] };

/**
 * Creates a story (no `storyId`) or saves a new version of one. A save naming
 * an older version than the stored one is refused, so nobody's work is
 * silently overwritten; the refusal carries the stored text.
 */
export async function saveStory(
  values: StoryFormValues,
  user: StaffUser,
  storyId?: string,
  options: SaveOptions = {},
): Promise<SavedStoryVersion> {
  const slug = values.slug ?? slugify(values.headline);
  if (!slug) throw new InputError("Give the story a slug: the headline has no letters or digits.", "slug");
  const fields = storyFields(values, slug, new Date());
  try {
    const saved = await db.$transaction(async (tx) => {
      await ensureSlugFree(tx, slug, storyId);
      await assertReferencesExist(tx, values);
      await assertSectionOpen(tx, values.sectionId, storyId);
      const tagIds = await tagIdsFor(tx, values.tags);
      return storyId
        ? updateStory(tx, storyId, { fields, tagIds, values, user, options })
        : createStory(tx, { fields, tagIds, values, user });
    });
    const around = saved.live && !options.autosave ? await refreshSuggestionsAround(saved.id) : [];
    return {
      id: saved.id,
      slug: saved.slug,
      version: saved.version,
      cacheTags: [...new Set([...saved.cacheTags, ...around])].sort(),
    };
  } catch (error) {
    if (isUniqueViolation(error)) throw slugTaken(slug);
    throw error;
  }
}

type Save = {
  fields: StoryFields;
  tagIds: string[];
  values: StoryFormValues;
  user: StaffUser;
  options?: SaveOptions;
};

async function createStory(tx: Tx, { fields, tagIds, values, user }: Save): Promise<SaveResult> {
  const authorIds = values.authorIds?.length ? values.authorIds : [await authorIdFor(tx, user)];
  const story = await tx.story.create({
    data: {
      ...fields,
      createdById: user.id,
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
    },
    select: { id: true, slug: true, version: true },
  });
  await recordRevision(tx, story.id, story.version, user, { isMajorUpdate: values.majorUpdate });
  await recordAudit(tx, { action: "story.create", actorId: user.id, storyId: story.id });
  // A new story is a draft; only its address (perhaps a cached "not found") changes.
  const cacheTags = [storyTag(story.slug)];
  await recordInvalidation(tx, cacheTags);
  return { id: story.id, slug: story.slug, version: story.version, live: false, cacheTags };
}

async function updateStory(tx: Tx, storyId: string, save: Save): Promise<SaveResult> {
  const { fields, tagIds, values, user, options = {} } = save;
  const current = await editableStory(tx, storyId, save);
  // Autosaves touch drafts only, which no reader sees.
  const tagsBefore = options.autosave ? [] : await cacheTagsOfStories(tx, [storyId]);
  const updated = await tx.story.updateMany({
    where: { id: storyId, version: values.version },
    data: { ...fields, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new StaleVersionError(await storedVersion(tx, storyId));
  await replaceTagsAndBylines(tx, storyId, tagIds, values.authorIds);
  if (current.slug !== fields.slug) await redirectOldSlug(tx, storyId, current.slug, fields.slug);
  const version = values.version + 1;
  await recordRevision(tx, storyId, version, user, {
    isMajorUpdate: values.majorUpdate,
    autosave: options.autosave,
    restoredFrom: options.restoredFrom,
  });
  await auditSave(tx, storyId, version, user, options);
  const live = isLiveOrScheduled(current.status);
  if (live && !options.autosave) await refreshSuggestions(tx, [storyId]);
  const tagsAfter = options.autosave ? [] : await cacheTagsOfStories(tx, [storyId]);
  const cacheTags = [...new Set([...tagsBefore, ...tagsAfter])];
  await recordInvalidation(tx, cacheTags);
  return { id: storyId, slug: fields.slug, version, live, cacheTags };
}

/** The stored story, once it is sure this save may change it. */
async function editableStory(tx: Tx, storyId: string, { values, user, options = {} }: Save) {
  const current = await tx.story.findUnique({
    where: { id: storyId },
    select: { slug: true, status: true, createdById: true },
  });
  if (!current) throw new WrongStateError("This story no longer exists.");
  assertMayEditStory(user, current);
  if (values.authorIds?.length === 0)
    throw new InputError("Give the story at least one byline.", "authorIds");
  if (options.autosave && current.status !== "draft") {
    throw new WrongStateError("Only drafts are saved automatically. Save your changes with the button.");
  }
  return current;
}

/** The story's tags become `tagIds`; its bylines become `authorIds` when the form sent them. */
async function replaceTagsAndBylines(tx: Tx, storyId: string, tagIds: string[], authorIds?: string[]) {
  await tx.storyTag.deleteMany({ where: { storyId } });
  await tx.storyTag.createMany({ data: tagIds.map((tagId) => ({ storyId, tagId })) });
  if (!authorIds) return;
  await tx.storyAuthor.deleteMany({ where: { storyId } });
  await tx.storyAuthor.createMany({
    data: authorIds.map((authorId, position) => ({ storyId, authorId, position })),
  });
}

/** The old address keeps working: it redirects to the new one, which no longer redirects anywhere. */
async function redirectOldSlug(tx: Tx, storyId: string, oldSlug: string, newSlug: string) {
  await tx.storySlugRedirect.upsert({
    where: { slug: oldSlug },
    update: { storyId },
    create: { slug: oldSlug, storyId },
  });
  await tx.storySlugRedirect.deleteMany({ where: { slug: newSlug } });
}

async function auditSave(tx: Tx, storyId: string, version: number, user: StaffUser, options: SaveOptions) {
  if (options.restoredFrom !== undefined) {
    await recordAudit(tx, {
      action: "story.restore",
      actorId: user.id,
      storyId,
      details: { restoredFrom: options.restoredFrom, version },
    });
    return;
  }
  await recordAudit(tx, {
    action: options.autosave ? "story.autosave" : "story.update",
    actorId: user.id,
    storyId,
  });
}

/** What a revision keeps besides the text: every other editable field, as saved. */
export type RevisionFields = {
  slug: string;
  sectionId: string | null;
  tags: string[];
  authorIds: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  heroImageId: string | null;
  heroImageAlt: string | null;
  heroImageCaption: string | null;
  heroImageCredit: string | null;
  autosave?: boolean;
  restoredFrom?: number;
};

// The snapshot is read back from the story as saved, so fields the save left
// alone are recorded too.
export async function recordRevision(
  tx: Tx,
  storyId: string,
  version: number,
  user: StaffUser,
  {
    isMajorUpdate,
    autosave,
    restoredFrom,
  }: { isMajorUpdate: boolean; autosave?: boolean; restoredFrom?: number },
) {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      headline: true,
      dek: true,
      body: true,
      bodyText: true,
      slug: true,
      sectionId: true,
      seoTitle: true,
      seoDescription: true,
      heroImageId: true,
      heroImageAlt: true,
      heroImageCaption: true,
      heroImageCredit: true,
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { authorId: true } },
    },
  });
  const { headline, dek, body, bodyText, tags, authors, ...rest } = story;
  const fields: RevisionFields = {
    ...rest,
    tags: tags.map(({ tag }) => tag.name),
    authorIds: authors.map(({ authorId }) => authorId),
    ...(autosave ? { autosave: true } : {}),
    ...(restoredFrom !== undefined ? { restoredFrom } : {}),
  };
  await tx.revision.create({
    data: {
      storyId,
      version,
      headline,
      dek,
      body: body as Prisma.InputJsonValue,
      bodyText,
      fields,
      isMajorUpdate,
      authorId: user.id,
    },
  });
}

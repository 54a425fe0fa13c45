/**
 * Editorial writes to stories. Each runs in one transaction, records a
 * revision or audit entry beside the change, and returns the slugs whose
 * reader pages must be revalidated. Callers have already checked the role.
 */
import "server-only";
import { db, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { canEditAnyStory, ForbiddenError, type StaffUser } from "@/lib/roles";
import { bodyToText, renderBodyHtml, textToBody } from "@/lib/story-body";
import { slugify, type StoryFormValues } from "@/lib/validation/story";

type Tx = Prisma.TransactionClient;

/** A save refused for a reason the editor can act on. */
export class StoryConflictError extends Error {
  constructor(
    message: string,
    readonly field?: "slug",
  ) {
    super(message);
  }
}

export type SavedStory = { id: string; slug: string; affectedSlugs: string[] };

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
    const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { slug, name }, select: { id: true } });
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
    throw new StoryConflictError(`Another story already uses the slug “${slug}”. Choose a different one.`, "slug");
  }
}

/**
 * Creates a story (no `storyId`) or saves a new version of one. A save naming
 * an older version than the stored one is refused, so nobody's work is
 * silently overwritten.
 */
export async function saveStory(values: StoryFormValues, user: StaffUser, storyId?: string): Promise<SavedStory> {
  const body = textToBody(values.body);
  const text = {
    body: body as unknown as Prisma.InputJsonValue,
    bodyHtml: renderBodyHtml(body),
    bodyText: bodyToText(body),
  };
  const slug = values.slug ?? slugify(values.headline);
  if (!slug) throw new StoryConflictError("Give the story a slug: the headline has no letters or digits.", "slug");

  try {
    return await db.$transaction(async (tx) => {
      await ensureSlugFree(tx, slug, storyId);
      const tagIds = await tagIdsFor(tx, values.tags);
      const fields = {
        headline: values.headline,
        dek: values.dek,
        slug,
        sectionId: values.sectionId,
        ...text,
      };

      if (!storyId) {
        const story = await tx.story.create({
          data: {
            ...fields,
            createdById: user.id,
            tags: { create: tagIds.map((tagId) => ({ tagId })) },
            authors: { create: [{ authorId: await authorIdFor(tx, user), position: 0 }] },
          },
          select: { id: true, slug: true, version: true },
        });
        await recordRevision(tx, story.id, story.version, values, body, text.bodyText, user);
        await audit(tx, "story.create", user, story.id);
        return { id: story.id, slug: story.slug, affectedSlugs: [] };
      }

      const current = await tx.story.findUnique({
        where: { id: storyId },
        select: { slug: true, status: true, createdById: true },
      });
      if (!current) throw new StoryConflictError("This story no longer exists.");
      assertMayEdit(user, current);
      const updated = await tx.story.updateMany({
        where: { id: storyId, version: values.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw new StoryConflictError(
          "Someone else saved this story while you were editing it. Copy your changes, reload the page and apply them again.",
        );
      }
      await tx.storyTag.deleteMany({ where: { storyId } });
      await tx.storyTag.createMany({ data: tagIds.map((tagId) => ({ storyId, tagId })) });
      if (current.slug !== slug) {
        // The old address keeps working: it redirects to the new one.
        await tx.storySlugRedirect.upsert({
          where: { slug: current.slug },
          update: { storyId },
          create: { slug: current.slug, storyId },
        });
        await tx.storySlugRedirect.deleteMany({ where: { slug } });
      }
      await recordRevision(tx, storyId, values.version + 1, values, body, text.bodyText, user);
      await audit(tx, "story.update", user, storyId);
      return { id: storyId, slug, affectedSlugs: [current.slug, slug] };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new StoryConflictError(`Another story already uses the slug “${slug}”. Choose a different one.`, "slug");
    }
    throw error;
  }
}

function assertMayEdit(user: StaffUser, story: { status: string; createdById: string | null }) {
  if (canEditAnyStory(user)) return;
  if (story.createdById !== user.id) throw new ForbiddenError("Writers can edit only their own stories.");
  if (story.status !== "draft") throw new ForbiddenError("Writers can edit only their drafts.");
}

async function recordRevision(
  tx: Tx,
  storyId: string,
  version: number,
  values: StoryFormValues,
  body: unknown,
  bodyText: string,
  user: StaffUser,
) {
  await tx.revision.create({
    data: {
      storyId,
      version,
      headline: values.headline,
      dek: values.dek,
      body: body as Prisma.InputJsonValue,
      bodyText,
      fields: { slug: values.slug, sectionId: values.sectionId, tags: values.tags },
      authorId: user.id,
    },
  });
}

async function audit(tx: Tx | Db, action: string, user: StaffUser, storyId?: string, details?: Prisma.InputJsonValue) {
  await tx.auditEntry.create({ data: { action, actorId: user.id, storyId, details } });
}

/**
 * Authors' profiles: the name, title, bio, photo and links readers see on an
 * author's page and in a story's JSON-LD. A staff member edits their own;
 * an admin edits anyone's. Reads the database; imports no React.
 */
import "server-only";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { authorTag, cacheTagsOfStories, storyTag } from "@/lib/delivery/cache-tags";
import { db, type Db } from "@/lib/platform/db";
import { recordAudit } from "@/lib/people/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError, InputError } from "@/lib/platform/errors";
import { toLibraryImage } from "@/lib/newsroom/media-uploads";
import type { LibraryImage } from "@/lib/content/media-url";
import { ADMIN_ROLES, ALL_ROLES, assertRole, type StaffUser } from "@/lib/people/roles";
import type { AuthorProfileInput } from "@/lib/validation/author-profile";
import { slugify } from "@/lib/validation/story";

type Tx = Prisma.TransactionClient;

/** Who may edit an author's profile: the person it belongs to, and admins. */
export function mayEditAuthorProfile(user: StaffUser, author: { userId: string | null }): boolean {
  return ADMIN_ROLES.includes(user.role) || (author.userId !== null && author.userId === user.id);
}

const profileSelect = {
  id: true,
  slug: true,
  name: true,
  userId: true,
  roleTitle: true,
  bio: true,
  websiteUrl: true,
  xUrl: true,
  mastodonUrl: true,
  blueskyUrl: true,
  contactEmail: true,
  photo: { select: { id: true, variants: true, width: true, height: true, alt: true, credit: true } },
} satisfies Prisma.AuthorSelect;

export type AuthorProfile = {
  id: string;
  slug: string;
  name: string;
  userId: string | null;
  roleTitle: string | null;
  bio: string | null;
  websiteUrl: string | null;
  xUrl: string | null;
  mastodonUrl: string | null;
  blueskyUrl: string | null;
  contactEmail: string | null;
  photo: LibraryImage | null;
};

function toProfile(row: Prisma.AuthorGetPayload<{ select: typeof profileSelect }>): AuthorProfile {
  const { photo, ...rest } = row;
  return { ...rest, photo: photo ? toLibraryImage(photo, 480) : null };
}

/** An author's profile for the form, or null when there is no such author. */
export async function getAuthorProfile(authorId: string): Promise<AuthorProfile | null> {
  const row = await db.author.findUnique({ where: { id: authorId }, select: profileSelect });
  return row && toProfile(row);
}

/** The signed-in person's own profile, or null until they have one (a first save makes it). */
export async function getOwnAuthorProfile(user: StaffUser): Promise<AuthorProfile | null> {
  const row = await db.author.findUnique({ where: { userId: user.id }, select: profileSelect });
  return row && toProfile(row);
}

export type AuthorListRow = {
  id: string;
  slug: string;
  name: string;
  roleTitle: string | null;
  account: { name: string; email: string; deactivated: boolean } | null;
  stories: number;
  hasPhoto: boolean;
};

/** Every author, by name, for the admins' list. */
export async function listAuthors(): Promise<AuthorListRow[]> {
  const rows = await db.author.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      roleTitle: true,
      photoId: true,
      user: { select: { name: true, email: true, deactivatedAt: true } },
      _count: { select: { stories: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    name: row.name,
    roleTitle: row.roleTitle,
    account: row.user && { name: row.user.name, email: row.user.email, deactivated: row.user.deactivatedAt !== null },
    stories: row._count.stories,
    hasPhoto: row.photoId !== null,
  }));
}

/** The person's author row, made (with a free slug from their name) when they have none yet. */
async function ownAuthor(tx: Tx, user: StaffUser) {
  const existing = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true, slug: true, userId: true } });
  if (existing) return existing;
  const base = slugify(user.name) || "staff";
  let slug = base;
  for (let n = 2; await tx.author.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
  return tx.author.create({ data: { name: user.name, slug, userId: user.id }, select: { id: true, slug: true, userId: true } });
}

/**
 * The tags a change to an author changes: their page, and the page of every
 * story with their byline (name, title and photo are in its JSON-LD). A new
 * name shows wherever bylines are listed, so then every list of their stories too.
 */
export async function cacheTagsOfAuthor(reader: Db | Tx, authorId: string, nameChanged: boolean): Promise<string[]> {
  const author = await reader.author.findUnique({
    where: { id: authorId },
    select: { slug: true, stories: { select: { story: { select: { id: true, slug: true } } } } },
  });
  if (!author) return [];
  const stories = author.stories.map(({ story }) => story);
  const storyTags = nameChanged
    ? await cacheTagsOfStories(
        reader,
        stories.map((story) => story.id),
      )
    : stories.map((story) => storyTag(story.slug));
  return [...new Set([authorTag(author.slug), ...storyTags])].sort();
}

const changedFields = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  Object.keys(after).filter((key) => before[key] !== after[key]);

/**
 * Saves a profile: `input.authorId` names the author, or is empty for the
 * person's own (made on first save). Refused unless it is theirs or they are
 * an admin. Audited, and the pages showing it are invalidated, with the write.
 */
export async function saveAuthorProfile(
  input: AuthorProfileInput,
  user: StaffUser,
): Promise<{ authorId: string; slug: string; cacheTags: string[] }> {
  assertRole(user, ALL_ROLES);
  return db.$transaction(async (tx) => {
    const target = input.authorId
      ? await tx.author.findUnique({ where: { id: input.authorId }, select: { id: true, slug: true, userId: true } })
      : await ownAuthor(tx, user);
    if (!target) throw new InputError("That author no longer exists.");
    if (!mayEditAuthorProfile(user, target)) throw new ForbiddenError("Only an admin may edit someone else's profile.");
    if (input.photoId && !(await tx.media.findUnique({ where: { id: input.photoId }, select: { id: true } }))) {
      throw new InputError("That photo is no longer in the media library. Choose another.", "photoId");
    }
    const before = await tx.author.findUniqueOrThrow({ where: { id: target.id } });
    const data = {
      name: input.name,
      roleTitle: input.roleTitle,
      bio: input.bio,
      photoId: input.photoId,
      websiteUrl: input.websiteUrl,
      xUrl: input.xUrl,
      mastodonUrl: input.mastodonUrl,
      blueskyUrl: input.blueskyUrl,
      contactEmail: input.contactEmail,
    };
    const changed = changedFields(before, data);
    const cacheTagsBefore = await cacheTagsOfAuthor(tx, target.id, changed.includes("name"));
    await tx.author.update({ where: { id: target.id }, data });
    await recordAudit(tx, {
      action: "author.profile_update",
      actorId: user.id,
      details: { authorId: target.id, slug: target.slug, name: input.name, changed, own: target.userId === user.id },
    });
    await recordInvalidation(tx, cacheTagsBefore);
    return { authorId: target.id, slug: target.slug, cacheTags: cacheTagsBefore };
  });
}

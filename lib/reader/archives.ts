/**
 * Archive pages for readers: a section's, a tag's or an author's published
 * stories, newest first, twenty at a time, and the sections for the header.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { authorTag, sectionTag, SECTIONS_TAG, tagTag } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storyImageFrom, type StoryImage } from "@/lib/content/media-url";
import { REVALIDATE_SECONDS, summarySelect, toSummary, type StorySummary } from "@/lib/reader/stories";
import { visibleToReadersWhere } from "@/lib/content/visibility";
import { AUTHOR_LINK_LABELS } from "@/lib/validation/author-profile";

export const ARCHIVE_PAGE_SIZE = 20;

/**
 * Which page to show: the stories older than `before` or newer than `after`
 * (cursors from a previous page), or the newest when neither is given.
 */
export type ArchivePageRequest = { before?: string; after?: string };

export type ArchivePage = {
  stories: StorySummary[];
  /** For `after/<cursor>`: set when newer stories exist than this page's first. */
  newerCursor: string | null;
  /** For `before/<cursor>`: set when older stories exist than this page's last. */
  olderCursor: string | null;
};

export type SectionArchive = ArchivePage & {
  section: { slug: string; name: string; description: string | null };
};
export type TagArchive = ArchivePage & { tag: { slug: string; name: string } };
/** What an author's page says about them, above their stories. */
export type AuthorPublicProfile = {
  slug: string;
  name: string;
  bio: string | null;
  roleTitle: string | null;
  photo: StoryImage | null;
  links: { label: string; url: string }[];
  contactEmail: string | null;
};
export type AuthorArchive = ArchivePage & { author: AuthorPublicProfile };

// Pages are cut by position in the order (publishedAt desc, id desc), not by
// offset: a story published while a reader pages through the archive then
// shifts nothing, so no story is skipped or shown twice. The id breaks ties
// between stories published in the same millisecond.
type StoryPosition = { publishedAt: Date; id: string };

export function encodeCursor(position: StoryPosition): string {
  return Buffer.from(`${position.publishedAt.toISOString()}|${position.id}`).toString("base64url");
}

/** The position a cursor names, or null for anything a reader could have typed. */
export function decodeCursor(cursor: string | undefined): StoryPosition | null {
  if (!cursor || !/^[\w-]{1,200}$/.test(cursor)) return null;
  const [iso, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (!iso || !id || rest.length > 0 || !/^[\w-]{1,64}$/.test(id)) return null;
  const publishedAt = new Date(iso);
  if (Number.isNaN(publishedAt.getTime()) || publishedAt.toISOString() !== iso) return null;
  return { publishedAt, id };
}

// Written as "at or before the cursor's time, and then strictly before it" so
// that PostgreSQL starts its index scan at the cursor instead of filtering
// every newer row on the way there.
const olderThan = ({ publishedAt, id }: StoryPosition): Prisma.StoryWhereInput => ({
  publishedAt: { lte: publishedAt },
  OR: [{ publishedAt: { lt: publishedAt } }, { id: { lt: id } }],
});

const newerThan = ({ publishedAt, id }: StoryPosition): Prisma.StoryWhereInput => ({
  publishedAt: { gte: publishedAt },
  OR: [{ publishedAt: { gt: publishedAt } }, { id: { gt: id } }],
});

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.StoryOrderByWithRelationInput[];
const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.StoryOrderByWithRelationInput[];

const archiveSelect = { ...summarySelect, id: true } satisfies Prisma.StorySelect;
type ArchiveRow = Prisma.StoryGetPayload<{ select: typeof archiveSelect }>;

const positionOf = (row: ArchiveRow): StoryPosition => ({ publishedAt: row.publishedAt ?? new Date(0), id: row.id });

/** One page of the visible stories that match `scope`. */
async function loadArchivePage(scope: Prisma.StoryWhereInput, request: ArchivePageRequest = {}): Promise<ArchivePage> {
  const visible = { AND: [visibleToReadersWhere(), scope] } satisfies Prisma.StoryWhereInput;
  const before = decodeCursor(request.before);
  const after = before ? null : decodeCursor(request.after);
  const anyBeyond = async (condition: Prisma.StoryWhereInput) =>
    (await db.story.findFirst({ where: { AND: [visible, condition] }, select: { id: true } })) !== null;

  let rows: ArchiveRow[];
  let hasNewer: boolean;
  let hasOlder: boolean;
  if (after) {
    // Read upwards from the cursor, then put the page back in reading order.
    const newer = await db.story.findMany({
      where: { AND: [visible, newerThan(after)] },
      orderBy: oldestFirst,
      take: ARCHIVE_PAGE_SIZE + 1,
      select: archiveSelect,
    });
    // Short of a full page above the cursor means this is the newest page: show it whole.
    if (newer.length <= ARCHIVE_PAGE_SIZE) return loadArchivePage(scope);
    rows = newer.slice(0, ARCHIVE_PAGE_SIZE).reverse();
    hasNewer = true;
    hasOlder = await anyBeyond(olderThan(positionOf(rows[rows.length - 1]!)));
  } else {
    const page = await db.story.findMany({
      where: before ? { AND: [visible, olderThan(before)] } : visible,
      orderBy: newestFirst,
      take: ARCHIVE_PAGE_SIZE + 1,
      select: archiveSelect,
    });
    rows = page.slice(0, ARCHIVE_PAGE_SIZE);
    hasOlder = page.length > ARCHIVE_PAGE_SIZE;
    hasNewer = before !== null && rows[0] !== undefined && (await anyBeyond(newerThan(positionOf(rows[0]))));
  }

  const first = rows[0];
  const last = rows[rows.length - 1];
  return {
    stories: rows.map(toSummary),
    newerCursor: hasNewer && first ? encodeCursor(positionOf(first)) : null,
    olderCursor: hasOlder && last ? encodeCursor(positionOf(last)) : null,
  };
}

/** A section and a page of its stories, or null for an unknown section. */
export async function loadSectionArchive(slug: string, request?: ArchivePageRequest): Promise<SectionArchive | null> {
  const section = await db.section.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!section) return null;
  const { id, ...shown } = section;
  return { section: shown, ...(await loadArchivePage({ sectionId: id }, request)) };
}

/** A tag and a page of its stories, or null for an unknown tag. */
export async function loadTagArchive(slug: string, request?: ArchivePageRequest): Promise<TagArchive | null> {
  const tag = await db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!tag) return null;
  const { id, ...shown } = tag;
  return { tag: shown, ...(await loadArchivePage({ tags: { some: { tagId: id } } }, request)) };
}

/** An author and a page of the stories they have a byline on, or null for an unknown author. */
export async function loadAuthorArchive(slug: string, request?: ArchivePageRequest): Promise<AuthorArchive | null> {
  const author = await db.author.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      bio: true,
      roleTitle: true,
      websiteUrl: true,
      xUrl: true,
      mastodonUrl: true,
      blueskyUrl: true,
      contactEmail: true,
      photo: { select: { variants: true, alt: true } },
    },
  });
  if (!author) return null;
  const shown: AuthorPublicProfile = {
    slug: author.slug,
    name: author.name,
    bio: author.bio,
    roleTitle: author.roleTitle,
    photo: storyImageFrom(author.photo?.variants, author.photo?.alt, 480),
    links: (Object.keys(AUTHOR_LINK_LABELS) as (keyof typeof AUTHOR_LINK_LABELS)[]).flatMap((key) => {
      const url = author[key];
      return url ? [{ label: AUTHOR_LINK_LABELS[key], url }] : [];
    }),
    contactEmail: author.contactEmail,
  };
  return { author: shown, ...(await loadArchivePage({ authors: { some: { authorId: author.id } } }, request)) };
}

const archiveTags = { sections: sectionTag, tags: tagTag, authors: authorTag };

/** Every page of an archive ("/sections/world" and its older pages) carries the archive's cache tag. */
function cachedArchive<T>(kind: keyof typeof archiveTags, slug: string, request: ArchivePageRequest, load: () => Promise<T>) {
  return unstable_cache(load, [`${kind}-archive`, slug, request.before ?? "", request.after ?? ""], {
    tags: [archiveTags[kind](slug)],
    revalidate: REVALIDATE_SECONDS,
  })();
}

export const getSectionArchive = (slug: string, request: ArchivePageRequest = {}) =>
  cachedArchive("sections", slug, request, () => loadSectionArchive(slug, request));
export const getTagArchive = (slug: string, request: ArchivePageRequest = {}) =>
  cachedArchive("tags", slug, request, () => loadTagArchive(slug, request));
export const getAuthorArchive = (slug: string, request: ArchivePageRequest = {}) =>
  cachedArchive("authors", slug, request, () => loadAuthorArchive(slug, request));

export type NavSection = { slug: string; name: string };

/** The sections in the order editors gave them, for the site's navigation: archived ones are left out. */
export async function loadSectionsForNav(): Promise<NavSection[]> {
  return db.section.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { slug: true, name: true },
  });
}

// Every page shows the sections: a change to them invalidates SECTIONS_TAG (lib/delivery/cache-tags.ts).
export const listSectionsForNav = unstable_cache(loadSectionsForNav, ["section-nav"], {
  revalidate: REVALIDATE_SECONDS,
  tags: [SECTIONS_TAG],
});

/**
 * The page a reader asked for, from the address after the archive's own:
 * nothing for the newest, `before/<cursor>` or `after/<cursor>`. Null for
 * any other address, which is not a page.
 */
export function archivePageRequest(segments: string[] | undefined): ArchivePageRequest | null {
  if (!segments || segments.length === 0) return {};
  const [direction, cursor, ...rest] = segments;
  if (!cursor || rest.length > 0) return null;
  if (direction === "before") return { before: cursor };
  if (direction === "after") return { after: cursor };
  return null;
}

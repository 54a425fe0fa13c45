/** Reader-facing reads of stories: only published stories whose time has come. */
import "server-only";
import { cache } from "react";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { storyImageFrom, type StoryImage } from "@/lib/content/media-url";
import { readingMinutes } from "@/lib/content/story-body";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { type RelatedHeadline, relatedFromRows, type RelatedRow, STORY_PAGE_SQL } from "@/lib/reader/story-page-sql";

/**
 * How long a rendered reader page counts as fresh. Writes invalidate what
 * they change at once, by cache tag (lib/delivery/cache-tags.ts), so this only bounds
 * what they might miss; past it, readers get the page they had while one
 * render makes the new one in the background.
 */
export const REVALIDATE_SECONDS = 3600;

/** A name in a byline; a story page's also carry the author's role title ("Havana correspondent"). */
export type BylineAuthor = { name: string; slug: string; roleTitle?: string | null };

export type StorySummary = {
  slug: string;
  headline: string;
  dek: string | null;
  publishedAt: string;
  section: { slug: string; name: string } | null;
  authors: BylineAuthor[];
  /** The hero image, for the story's picture in lists; null without one. */
  image: StoryImage | null;
};

export const summarySelect = {
  slug: true,
  headline: true,
  dek: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
  // One more query per list, for all its stories' heroes at once.
  heroImage: { select: { variants: true } },
  heroImageAlt: true,
} satisfies Prisma.StorySelect;

export type SummaryRow = Prisma.StoryGetPayload<{ select: typeof summarySelect }>;

// Cached values pass through JSON, so dates travel as ISO strings.
export function toSummary(row: SummaryRow): StorySummary {
  return {
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: row.section,
    authors: row.authors.map(({ author }) => author),
    image: storyImageFrom(row.heroImage?.variants, row.heroImageAlt),
  };
}

export type PublishedStory = StorySummary & {
  id: string;
  bodyHtml: string;
  readingMinutes: number;
  updatedAt: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  tags: { slug: string; name: string }[];
  amendments: { kind: string; text: string; createdAt: string }[];
  heroImage: HeroImage | null;
  /** The bylines' profiles, for the story's JSON-LD; only the reader's story page reads them. */
  authorProfiles?: StoryAuthorProfile[];
};

/** What a story says about each of its authors to search engines (schema.org Person). */
export type StoryAuthorProfile = {
  name: string;
  slug: string;
  roleTitle: string | null;
  photo: StoryImage | null;
  /** Their profiles elsewhere: website, X, Mastodon, Bluesky. */
  sameAs: string[];
};

type StoryAuthorRow = {
  name: string;
  slug: string;
  roleTitle: string | null;
  photoVariants: unknown;
  photoAlt: string | null;
  links: (string | null)[];
};

function toAuthorProfile(row: StoryAuthorRow): StoryAuthorProfile {
  return {
    name: row.name,
    slug: row.slug,
    roleTitle: row.roleTitle,
    photo: storyImageFrom(row.photoVariants, row.photoAlt, 480),
    sameAs: row.links.filter((link): link is string => typeof link === "string" && link !== ""),
  };
}

/** The picture at the top of a story: its widest copy, with the words readers get beside it. */
export type HeroImage = {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
};

/** What a story page shows; see toPublishedStory. */
export const storyPageSelect = {
  ...summarySelect,
  authors: {
    orderBy: { position: "asc" },
    select: { author: { select: { name: true, slug: true, roleTitle: true } } },
  },
  id: true,
  bodyHtml: true,
  bodyText: true,
  majorUpdatedAt: true,
  seoTitle: true,
  seoDescription: true,
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
  amendments: { orderBy: { createdAt: "asc" }, select: { kind: true, text: true, createdAt: true } },
  heroImageCaption: true,
  heroImageCredit: true,
} satisfies Prisma.StorySelect;

type StoryPageRow = Prisma.StoryGetPayload<{ select: typeof storyPageSelect }>;

type HeroWords = { heroImageAlt: string | null; heroImageCaption: string | null; heroImageCredit: string | null };

function heroImageFrom(storedVariants: unknown, row: HeroWords): HeroImage | null {
  const widest = storyImageFrom(storedVariants, row.heroImageAlt);
  return widest && { ...widest, caption: row.heroImageCaption, credit: row.heroImageCredit };
}

/** A story page's data; also used by the admin preview, whatever the story's status. */
export function toPublishedStory(row: StoryPageRow): PublishedStory {
  return {
    ...toSummary(row),
    authors: row.authors.map(({ author }) => author),
    id: row.id,
    bodyHtml: row.bodyHtml,
    readingMinutes: readingMinutes(row.bodyText),
    updatedAt: row.majorUpdatedAt?.toISOString() ?? null,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map(({ tag }) => tag),
    amendments: row.amendments.map((amendment) => ({
      ...amendment,
      createdAt: amendment.createdAt.toISOString(),
    })),
    heroImage: heroImageFrom(row.heroImage?.variants, row),
  };
}

/** A story page: the story and the related headlines under it. */
export type StoryPage = PublishedStory & { related: RelatedHeadline[] };

type StoryPageSqlRow = {
  id: string;
  slug: string;
  headline: string;
  dek: string | null;
  publishedAt: Date;
  majorUpdatedAt: Date | null;
  bodyHtml: string;
  bodyText: string;
  seoTitle: string | null;
  seoDescription: string | null;
  heroImageAlt: string | null;
  heroImageCaption: string | null;
  heroImageCredit: string | null;
  heroVariants: unknown;
  sectionSlug: string | null;
  sectionName: string | null;
  authors: StoryAuthorRow[];
  tags: { slug: string; name: string }[];
  amendments: { kind: string; text: string; createdAt: string }[];
  related: RelatedRow[];
};

/**
 * A published story by its slug, with everything its page shows, in one SQL
 * statement (lib/reader/story-page-sql.ts). Null when readers cannot see it.
 */
export async function loadStoryPage(slug: string, length = RELATED_HEADLINES_LENGTH): Promise<StoryPage | null> {
  const [row] = await db.$queryRawUnsafe<StoryPageSqlRow[]>(STORY_PAGE_SQL, slug, length);
  if (!row) return null;
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    publishedAt: row.publishedAt.toISOString(),
    section: row.sectionSlug && row.sectionName ? { slug: row.sectionSlug, name: row.sectionName } : null,
    authors: row.authors.map(({ name, slug, roleTitle }) => ({ name, slug, roleTitle })),
    authorProfiles: row.authors.map(toAuthorProfile),
    image: storyImageFrom(row.heroVariants, row.heroImageAlt),
    bodyHtml: row.bodyHtml,
    readingMinutes: readingMinutes(row.bodyText),
    updatedAt: row.majorUpdatedAt?.toISOString() ?? null,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags,
    amendments: row.amendments.map((amendment) => ({
      ...amendment,
      createdAt: new Date(amendment.createdAt).toISOString(),
    })),
    heroImage: heroImageFrom(row.heroVariants, row),
    related: relatedFromRows(row.slug, row.related, length),
  };
}

/** A published story by its slug, or null. */
export const loadPublishedStory = (slug: string): Promise<PublishedStory | null> => loadStoryPage(slug);

/**
 * One read per request: the page and its metadata both ask. The rendered page
 * is what is cached (and invalidated by writes, see lib/delivery/cache-tags.ts).
 */
export const getStoryPage = cache((slug: string) => loadStoryPage(slug));

/** The current slug of a story that used to be at `slug`, or null. */
export async function findRenamedStorySlug(slug: string): Promise<string | null> {
  const redirect = await db.storySlugRedirect.findUnique({
    where: { slug },
    select: { story: { select: { slug: true } } },
  });
  return redirect?.story.slug ?? null;
}

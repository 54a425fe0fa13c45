/** Reader-facing reads of stories: only published stories whose time has come. */
import "server-only";
import { unstable_cache } from "next/cache";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { MEDIA_VARIANT_WIDTHS, mediaUrl, variantFor, type MediaVariant } from "@/lib/media-url";
import { readingMinutes } from "@/lib/story-body";

// Reader pages are cached; this bounds how late a scheduled story can appear.
export const REVALIDATE_SECONDS = 60;
export const RELATED_HEADLINES_LENGTH = 8;

/**
 * Visible to readers now. A scheduled story counts from its time on, so it
 * goes live on time even if the scheduler that marks it published
 * (lib/scheduler.ts) was not running then. Raw SQL uses the same rule:
 * status IN ('published', 'scheduled') AND "publishedAt" <= now().
 */
export const publishedNow = (): Prisma.StoryWhereInput => ({
  status: { in: ["published", "scheduled"] },
  publishedAt: { lte: new Date() },
});

export type StorySummary = {
  slug: string;
  headline: string;
  dek: string | null;
  publishedAt: string;
  section: { slug: string; name: string } | null;
  authors: { name: string; slug: string }[];
};

export const summarySelect = {
  slug: true,
  headline: true,
  dek: true,
  publishedAt: true,
  section: { select: { slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true, slug: true } } } },
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
};

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
  id: true,
  bodyHtml: true,
  bodyText: true,
  majorUpdatedAt: true,
  seoTitle: true,
  seoDescription: true,
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { slug: true, name: true } } } },
  amendments: { orderBy: { createdAt: "asc" }, select: { kind: true, text: true, createdAt: true } },
  heroImage: { select: { variants: true, width: true, height: true } },
  heroImageAlt: true,
  heroImageCaption: true,
  heroImageCredit: true,
} satisfies Prisma.StorySelect;

type StoryPageRow = Prisma.StoryGetPayload<{ select: typeof storyPageSelect }>;

function toHeroImage(row: StoryPageRow): HeroImage | null {
  const variants = Array.isArray(row.heroImage?.variants) ? (row.heroImage.variants as MediaVariant[]) : [];
  const widest = variantFor(variants, MEDIA_VARIANT_WIDTHS.at(-1)!);
  if (!widest || !row.heroImageAlt) return null;
  return {
    src: mediaUrl(widest.key),
    width: widest.width,
    height: widest.height,
    alt: row.heroImageAlt,
    caption: row.heroImageCaption,
    credit: row.heroImageCredit,
  };
}

/** A story page's data; also used by the admin preview, whatever the story's status. */
export function toPublishedStory(row: StoryPageRow): PublishedStory {
  return {
    ...toSummary(row),
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
    heroImage: toHeroImage(row),
  };
}

/** A published story by its slug, or null. */
export async function loadPublishedStory(slug: string): Promise<PublishedStory | null> {
  const row = await db.story.findFirst({ where: { slug, ...publishedNow() }, select: storyPageSelect });
  return row ? toPublishedStory(row) : null;
}

export const getPublishedStory = (slug: string) =>
  unstable_cache(() => loadPublishedStory(slug), ["story", slug], {
    tags: [tags.story(slug)],
    revalidate: REVALIDATE_SECONDS,
  })();

export type RelatedHeadline = { slug: string; headline: string; publishedAt: string; linked: boolean };

/**
 * Stories the database finds close to this one, best first: full-text
 * similarity to its headline and dek, a shared section and shared tags, and
 * recency. Never the story itself, an excluded one, or an unpublished one.
 */
/** Stories read on each side of the story's publication time. */
const NEARBY_WINDOW = 1000;
const SUGGESTION_CANDIDATES = 200;
const SECTION_CANDIDATES = 50;

export async function suggestRelatedStories(storyId: string, exclude: string[], limit: number) {
  if (limit <= 0) return [];
  // Only a bounded set of candidates is ranked, each read through an index,
  // so the cost does not grow with the archive: stories published around the
  // same time as this one that share words with its headline or dek, and the
  // most recent of its section. (Ranking every match took seconds at 100,000
  // stories: common words match nearly all of them.)
  return db.$queryRaw<{ slug: string; headline: string; publishedAt: Date }[]>`
    WITH source AS (
      SELECT id, "sectionId", "searchVector", coalesce("publishedAt", now()) AS "publishedAt"
      FROM "Story" WHERE id = ${storyId}
    ), terms AS (
      SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS query
      FROM source, unnest(source."searchVector") AS term(lexeme, positions, weights)
      WHERE weights && ARRAY['A', 'B']
    ), nearby AS (
      (SELECT s.id, s."searchVector", s."publishedAt" FROM "Story" s, source
       WHERE s."publishedAt" <= source."publishedAt" AND s.status IN ('published', 'scheduled')
       ORDER BY s."publishedAt" DESC LIMIT ${NEARBY_WINDOW})
      UNION ALL
      (SELECT s.id, s."searchVector", s."publishedAt" FROM "Story" s, source
       WHERE s."publishedAt" > source."publishedAt" AND s.status IN ('published', 'scheduled')
       ORDER BY s."publishedAt" ASC LIMIT ${NEARBY_WINDOW})
    ), text_matches AS (
      SELECT nearby.id FROM nearby, source, terms
      WHERE nearby."searchVector" @@ terms.query
        AND nearby."publishedAt" <= now()
        AND nearby.id <> source.id AND nearby.id <> ALL(${exclude}::text[])
      ORDER BY abs(extract(epoch FROM nearby."publishedAt" - source."publishedAt"))
      LIMIT ${SUGGESTION_CANDIDATES}
    ), section_matches AS (
      SELECT s.id FROM "Story" s, source
      WHERE s."sectionId" = source."sectionId"
        AND s.status IN ('published', 'scheduled') AND s."publishedAt" <= now()
        AND s.id <> source.id AND s.id <> ALL(${exclude}::text[])
      ORDER BY s."publishedAt" DESC
      LIMIT ${SECTION_CANDIDATES}
    ), candidates AS (
      SELECT id FROM text_matches UNION SELECT id FROM section_matches
    )
    SELECT s.slug, s.headline, s."publishedAt"
    FROM candidates JOIN "Story" s ON s.id = candidates.id, source, terms
    ORDER BY
      coalesce(ts_rank(s."searchVector", terms.query), 0)
      + CASE WHEN s."sectionId" = source."sectionId" THEN 0.1 ELSE 0 END
      + 0.2 * (
          SELECT count(*) FROM "StoryTag" mine
          JOIN "StoryTag" theirs ON theirs."tagId" = mine."tagId"
          WHERE mine."storyId" = source.id AND theirs."storyId" = s.id
        )
      + 0.2 / (1 + extract(epoch FROM now() - s."publishedAt") / 604800)
      DESC,
      s."publishedAt" DESC
    LIMIT ${limit}
  `;
}

/**
 * The related headlines under a story: the editors' links in their order,
 * then suggestions up to the list's length.
 */
export async function loadRelatedHeadlines(
  storyId: string,
  length = RELATED_HEADLINES_LENGTH,
): Promise<RelatedHeadline[]> {
  const links = await db.storyLink.findMany({
    where: { fromStoryId: storyId, to: publishedNow() },
    orderBy: { position: "asc" },
    take: length,
    select: { to: { select: { id: true, slug: true, headline: true, publishedAt: true } } },
  });
  const linked = links.map(({ to }) => to);
  const suggested = await suggestRelatedStories(
    storyId,
    linked.map((story) => story.id),
    length - linked.length,
  );
  return [
    ...linked.map((story) => ({ ...story, linked: true })),
    ...suggested.map((story) => ({ ...story, linked: false })),
  ].map(({ slug, headline, publishedAt, linked }) => ({
    slug,
    headline,
    linked,
    publishedAt: (publishedAt ?? new Date(0)).toISOString(),
  }));
}

export const listRelatedHeadlines = (storyId: string, slug: string) =>
  unstable_cache(() => loadRelatedHeadlines(storyId), ["related", storyId], {
    tags: [tags.storyLists, tags.story(slug)],
    revalidate: REVALIDATE_SECONDS,
  })();

/** The current slug of a story that used to be at `slug`, or null. */
export async function findRenamedStorySlug(slug: string): Promise<string | null> {
  const redirect = await db.storySlugRedirect.findUnique({
    where: { slug },
    select: { story: { select: { slug: true } } },
  });
  return redirect?.story.slug ?? null;
}

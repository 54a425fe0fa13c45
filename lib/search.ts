/**
 * Reader search: PostgreSQL full-text search over the stories readers can see,
 * using the weighted Story."searchVector" column (headline > dek > body) and
 * its GIN index. Results depend on the query, so they are not cached.
 */
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  splitHighlights,
  type HighlightedText,
} from "@/lib/search-highlight";
import { site } from "@/lib/site";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/search";

export const SEARCH_PAGE_SIZE = 10;

export type SearchRequest = {
  query: string;
  /** A section slug. */
  section?: string | null;
  /** First and last day, inclusive, as YYYY-MM-DD in `timeZone`. */
  from?: string | null;
  to?: string | null;
  page?: number;
  /** The zone the days are counted in; the newsroom's own by default. */
  timeZone?: string;
};

export type SearchHit = {
  slug: string;
  headline: HighlightedText;
  section: { slug: string; name: string } | null;
  publishedAt: string;
  snippet: HighlightedText;
};

/**
 * Why a search found nothing without looking: no query at all, a query of
 * only common words or punctuation ("the", "!!!"), or one that only excludes
 * ("-cuba"), which would match nearly everything.
 */
export type SearchEmptyReason = "no-query" | "no-terms" | "only-exclusions";

export type SearchResults = {
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  emptyReason: SearchEmptyReason | null;
};

const markers = HIGHLIGHT_START + HIGHLIGHT_STOP;
// ts_headline options; the markers are turned into <mark> elements by React.
const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
const snippetOptions =
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, ` +
  `MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=3, FragmentDelimiter=" … "`;

const empty = (page: number, emptyReason: SearchEmptyReason): SearchResults => ({
  hits: [],
  total: 0,
  page,
  pageCount: 0,
  emptyReason,
});

/** Published stories matching a web-search-style query, best match first, one page at a time. */
export async function searchStories(request: SearchRequest): Promise<SearchResults> {
  const query = request.query.trim().slice(0, MAX_SEARCH_QUERY_LENGTH);
  const page = request.page && Number.isSafeInteger(request.page) && request.page > 0 ? request.page : 1;
  if (!query) return empty(page, "no-query");

  // websearch_to_tsquery never fails on user input; it drops what it cannot use.
  const [parsed] = await db.$queryRaw<{ nodes: number; indexable: string }[]>`
    SELECT numnode(q) AS nodes, querytree(q) AS indexable
    FROM websearch_to_tsquery('english', ${query}) AS q`;
  if (!parsed || parsed.nodes === 0) return empty(page, "no-terms");
  if (parsed.indexable === "T") return empty(page, "only-exclusions");

  const timeZone = request.timeZone ?? site.timeZone;
  // publishedAt holds UTC without a zone; days are counted in the newsroom's zone.
  const filters = Prisma.sql`
    s.status IN ('published', 'scheduled')
    AND s."publishedAt" <= (now() AT TIME ZONE 'UTC')
    ${request.section ? Prisma.sql`AND section.slug = ${request.section}` : Prisma.empty}
    ${
      request.from
        ? Prisma.sql`AND s."publishedAt" >= ((${request.from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
        : Prisma.empty
    }
    ${
      request.to
        ? Prisma.sql`AND s."publishedAt" < ((${request.to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
        : Prisma.empty
    }`;

  const [counted, rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total
      FROM "Story" s LEFT JOIN "Section" section ON section.id = s."sectionId"
      WHERE s."searchVector" @@ websearch_to_tsquery('english', ${query}) AND ${filters}`,
    // Rank every match, then build snippets for this page's rows only (ts_headline is slow).
    db.$queryRaw<
      {
        slug: string;
        headline: string;
        snippet: string;
        publishedAt: Date;
        sectionSlug: string | null;
        sectionName: string | null;
      }[]
    >`
      WITH query AS (SELECT websearch_to_tsquery('english', ${query}) AS q),
      ranked AS (
        SELECT s.id, s.slug, s.headline, s."bodyText", s."publishedAt",
          section.slug AS "sectionSlug", section.name AS "sectionName",
          ts_rank_cd(s."searchVector", query.q) AS rank
        FROM "Story" s
        CROSS JOIN query
        LEFT JOIN "Section" section ON section.id = s."sectionId"
        WHERE s."searchVector" @@ query.q AND ${filters}
        ORDER BY rank DESC, s."publishedAt" DESC, s.id DESC
        LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
      )
      SELECT ranked.slug, ranked."publishedAt", ranked."sectionSlug", ranked."sectionName",
        ts_headline('english', translate(ranked.headline, ${markers}, ''), query.q, ${headlineOptions}) AS headline,
        ts_headline('english', translate(ranked."bodyText", ${markers}, ''), query.q, ${snippetOptions}) AS snippet
      FROM ranked CROSS JOIN query
      ORDER BY ranked.rank DESC, ranked."publishedAt" DESC, ranked.id DESC`,
  ]);

  const total = counted[0]?.total ?? 0;
  return {
    hits: rows.map((row) => ({
      slug: row.slug,
      headline: splitHighlights(row.headline),
      section: row.sectionSlug && row.sectionName ? { slug: row.sectionSlug, name: row.sectionName } : null,
      publishedAt: row.publishedAt.toISOString(),
      snippet: splitHighlights(row.snippet),
    })),
    total,
    page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    emptyReason: null,
  };
}

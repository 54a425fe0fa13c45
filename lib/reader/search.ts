/**
 * Reader search: PostgreSQL full-text search over the stories readers can see,
 * using the weighted Story."searchVector" column (headline > dek > body) and
 * its GIN index. Results depend on the query, so they are not cached.
 *
 * One search ranks a bounded window of stories, so its cost does not grow with
 * the archive: the SEARCH_WINDOW newest visible stories that contain the
 * query's words, found through an index (the GIN index for rare words, a walk
 * of the publication-time index for common ones). Within the window, the best
 * match comes first. Older stories are reached window by window through
 * cursors (`before`, and `after` to come back), like the archive pages.
 */
import "server-only";
import { decodeCursor, encodeCursor } from "@/lib/reader/archives";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleToReadersSql } from "@/lib/content/visibility";
import {
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  splitHighlights,
  type HighlightedText,
} from "@/lib/reader/search-highlight";
import { site } from "@/lib/platform/site";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/search";

export const SEARCH_PAGE_SIZE = 10;
/** How many stories with the query's words one search looks through and ranks. */
export const SEARCH_WINDOW = 1000;

export type SearchRequest = {
  query: string;
  /** A section slug. */
  section?: string | null;
  /** First and last day, inclusive, as YYYY-MM-DD in `timeZone`. */
  from?: string | null;
  to?: string | null;
  /** The page within the window. */
  page?: number;
  /** A window of older stories than this cursor (a window's `olderCursor`). */
  before?: string | null;
  /** A window of newer stories than this cursor (a window's `newerCursor`). */
  after?: string | null;
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

/**
 * How many stories match. On the first window: `exact` when it held every
 * story with the words; `more-than` when every story in a full window matches
 * and older ones do too; `at-least` when a full window had to check phrases or
 * exclusions, so older stories may hold more. On a later window, its own count.
 */
export type SearchCount = { value: number; bound: "exact" | "more-than" | "at-least" };

/** The stories a search looked through, when they are not every story with its words. */
export type SearchWindow = {
  /** False for a window of older stories reached through a cursor. */
  first: boolean;
  /** How many stories with the words it looked through. */
  searched: number;
  /** Publication times of its newest and oldest story; null when it is empty. */
  newest: string | null;
  oldest: string | null;
  /** For `after=` and `before=`: set when newer or older stories have the words. */
  newerCursor: string | null;
  olderCursor: string | null;
};

export type SearchResults = {
  hits: SearchHit[];
  count: SearchCount;
  page: number;
  /** Pages in this window. */
  pageCount: number;
  window: SearchWindow | null;
  emptyReason: SearchEmptyReason | null;
};

type SearchRow = {
  nodes: number;
  indexable: string;
  wordsAreQuery: boolean | null;
  candidateCount: number;
  matchCount: number;
  newestAt: Date | null;
  newestId: string | null;
  oldestAt: Date | null;
  oldestId: string | null;
  // The page's hits; null on the one row of a page without any.
  slug: string | null;
  headline: string | null;
  snippet: string | null;
  publishedAt: Date | null;
  sectionSlug: string | null;
  sectionName: string | null;
};

type StoryPosition = { publishedAt: Date; id: string };

const markers = HIGHLIGHT_START + HIGHLIGHT_STOP;
// ts_headline options; the markers are turned into <mark> elements by React.
const headlineOptions = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, HighlightAll=true`;
const snippetOptions =
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, ` +
  `MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=3, FragmentDelimiter=" … "`;

const empty = (page: number, emptyReason: SearchEmptyReason): SearchResults => ({
  hits: [],
  count: { value: 0, bound: "exact" },
  page,
  pageCount: 0,
  window: null,
  emptyReason,
});

// A cursor compares as (publishedAt, id), the order of the walk. Written as "at
// or before the cursor's time, and then strictly before it" so that PostgreSQL
// starts its index scan at the cursor (as in lib/reader/archives.ts). publishedAt
// holds UTC without a zone.
const at = (position: StoryPosition) =>
  Prisma.sql`((${position.publishedAt.toISOString()}::timestamptz) AT TIME ZONE 'UTC')`;
const olderThan = (position: StoryPosition) =>
  Prisma.sql`s."publishedAt" <= ${at(position)} AND (s."publishedAt" < ${at(position)} OR s.id < ${position.id})`;
const newerThan = (position: StoryPosition) =>
  Prisma.sql`s."publishedAt" >= ${at(position)} AND (s."publishedAt" > ${at(position)} OR s.id > ${position.id})`;

/** A request made safe to run: the query cut to length, a page from 1, cursors decoded. */
type SearchPlan = {
  query: string;
  page: number;
  section: string | null;
  from: string | null;
  to: string | null;
  timeZone: string;
  /** The window's edge: older than `before`, or newer than `after`; neither for the first window. */
  before: StoryPosition | null;
  after: StoryPosition | null;
};

function planSearch(request: SearchRequest): SearchPlan {
  // A cursor that does not decode is a garbled link: it gets the first window.
  const before = decodeCursor(request.before ?? undefined);
  return {
    query: request.query.trim().slice(0, MAX_SEARCH_QUERY_LENGTH),
    page: request.page && Number.isSafeInteger(request.page) && request.page > 0 ? request.page : 1,
    section: request.section ?? null,
    from: request.from ?? null,
    to: request.to ?? null,
    timeZone: request.timeZone ?? site.timeZone,
    before,
    after: before ? null : decodeCursor(request.after ?? undefined),
  };
}

// Every use spells the query out (one value each), so PostgreSQL plans with
// it known: it estimates how common the words are and picks the GIN index for
// rare ones, the walk of the time index for common ones.
// websearch_to_tsquery never fails on user input; it drops what it cannot use.
const tsquery = (query: string) => Prisma.sql`websearch_to_tsquery('english', ${query})`;
// The words a match must contain: the query without its exclusions
// (querytree), phrases loosened to all their words. The GIN index answers it
// without reading any story, where a phrase needs each story's word positions.
const words = (query: string) => Prisma.sql`(CASE WHEN querytree(${tsquery(query)}) IN ('', 'T') THEN NULL
    ELSE regexp_replace(querytree(${tsquery(query)}), ' <[0-9-]+> ', ' & ', 'g')::tsquery END)`;
const wordsAreQuery = (query: string) => Prisma.sql`(${words(query)} = ${tsquery(query)})`;

/** Which stories may be in the window: visible, with the words, in the section and days asked for. */
function candidateCondition({ query, section, from, to, timeZone }: SearchPlan): Prisma.Sql {
  return Prisma.sql`
    ${
      // Written as "= ANY" and first so that PostgreSQL checks the section
      // before the words, which are read from each story's stored vector.
      section
        ? Prisma.sql`s."sectionId" = ANY (ARRAY[(SELECT id FROM "Section" WHERE slug = ${section})]) AND`
        : Prisma.empty
    }
    s."searchVector" @@ ${words(query)}
    AND ${Prisma.raw(visibleToReadersSql("s"))}
    ${
      from
        ? Prisma.sql`AND s."publishedAt" >= ((${from}::date)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
        : Prisma.empty
    }
    ${
      to
        ? Prisma.sql`AND s."publishedAt" < ((${to}::date + 1)::timestamp AT TIME ZONE ${timeZone}) AT TIME ZONE 'UTC'`
        : Prisma.empty
    }`;
}

/**
 * One statement: the window (one more story than it holds says whether more
 * exist), then its matches checked and ranked, then headline and snippet for
 * this page's rows only (ts_headline is slow). Checks and ranks read each
 * story's stored vector, so they come after the window is cut: a plan that
 * finds matches through the GIN index then reads no more vectors than the
 * window holds.
 */
function searchStatement(plan: SearchPlan): Prisma.Sql {
  const { query, page, before, after } = plan;
  const walk = after ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const fromCursor = before
    ? Prisma.sql`AND ${olderThan(before)}`
    : after
      ? Prisma.sql`AND ${newerThan(after)}`
      : Prisma.empty;
  return Prisma.sql`
    WITH candidates AS MATERIALIZED (
      SELECT s.id, s."publishedAt", s."searchVector" AS vector
      FROM "Story" s
      WHERE ${candidateCondition(plan)} ${fromCursor}
      ORDER BY s."publishedAt" ${walk}, s.id ${walk}
      LIMIT ${SEARCH_WINDOW + 1}
    ),
    searched AS (
      SELECT id, "publishedAt",
        CASE WHEN ${wordsAreQuery(query)} OR vector @@ ${tsquery(query)} THEN ts_rank_cd(vector, ${tsquery(query)}) END AS rank
      FROM (SELECT * FROM candidates ORDER BY "publishedAt" ${walk}, id ${walk} LIMIT ${SEARCH_WINDOW}) newest_first
    ),
    page AS (
      SELECT id, rank FROM searched WHERE rank IS NOT NULL
      ORDER BY rank DESC, "publishedAt" DESC, id DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}
    ),
    summary AS (
      SELECT numnode(q) AS nodes, querytree(q) AS indexable, ${wordsAreQuery(query)} AS "wordsAreQuery",
        (SELECT count(*)::int FROM candidates) AS "candidateCount",
        (SELECT count(*)::int FROM searched WHERE rank IS NOT NULL) AS "matchCount",
        newest."publishedAt" AS "newestAt", newest.id AS "newestId",
        oldest."publishedAt" AS "oldestAt", oldest.id AS "oldestId"
      FROM ${tsquery(query)} AS q
      LEFT JOIN LATERAL (
        SELECT "publishedAt", id FROM searched ORDER BY "publishedAt" DESC, id DESC LIMIT 1
      ) newest ON true
      LEFT JOIN LATERAL (
        SELECT "publishedAt", id FROM searched ORDER BY "publishedAt" ASC, id ASC LIMIT 1
      ) oldest ON true
    )
    SELECT summary.*, s.slug, s."publishedAt",
      section.slug AS "sectionSlug", section.name AS "sectionName",
      ts_headline('english', translate(s.headline, ${markers}, ''), ${tsquery(query)}, ${headlineOptions}) AS headline,
      ts_headline('english', translate(s."bodyText", ${markers}, ''), ${tsquery(query)}, ${snippetOptions}) AS snippet
    FROM summary
    LEFT JOIN page ON true
    LEFT JOIN "Story" s ON s.id = page.id
    LEFT JOIN "Section" section ON section.id = s."sectionId"
    ORDER BY page.rank DESC, s."publishedAt" DESC, s.id DESC`;
}

/** The page's hits, from the rows that carry one. */
const hitsFrom = (rows: SearchRow[]): SearchHit[] =>
  rows.flatMap((row) =>
    row.slug && row.publishedAt
      ? [
          {
            slug: row.slug,
            headline: splitHighlights(row.headline ?? ""),
            section: row.sectionSlug && row.sectionName ? { slug: row.sectionSlug, name: row.sectionName } : null,
            publishedAt: row.publishedAt.toISOString(),
            snippet: splitHighlights(row.snippet ?? ""),
          },
        ]
      : [],
  );

/** How many stories match, and the window they were found in, from the statement's summary row. */
function countAndWindow(summary: SearchRow, plan: SearchPlan): Pick<SearchResults, "count" | "window"> {
  // The walk reads one story more than the window holds to tell whether more
  // lie beyond it. A window reached through a cursor has stories on the
  // cursor's side: the cursor came from them.
  const walkingNewer = plan.after !== null;
  const full = summary.candidateCount > SEARCH_WINDOW;
  const hasOlder = walkingNewer || full;
  const hasNewer = walkingNewer ? full : plan.before !== null;
  const newest =
    summary.newestAt && summary.newestId ? { publishedAt: summary.newestAt, id: summary.newestId } : null;
  const oldest =
    summary.oldestAt && summary.oldestId ? { publishedAt: summary.oldestAt, id: summary.oldestId } : null;
  return {
    count: {
      value: summary.matchCount,
      bound: hasNewer || !hasOlder ? "exact" : summary.wordsAreQuery ? "more-than" : "at-least",
    },
    window:
      hasNewer || hasOlder
        ? {
            first: !hasNewer,
            searched: Math.min(summary.candidateCount, SEARCH_WINDOW),
            newest: newest?.publishedAt.toISOString() ?? null,
            oldest: oldest?.publishedAt.toISOString() ?? null,
            newerCursor: hasNewer && newest ? encodeCursor(newest) : null,
            olderCursor: hasOlder && oldest ? encodeCursor(oldest) : null,
          }
        : null,
  };
}

/**
 * Published stories matching a web-search-style query, one page at a time: the
 * best match first among the window's stories, ties newest first.
 */
export async function searchStories(request: SearchRequest): Promise<SearchResults> {
  const plan = planSearch(request);
  if (!plan.query) return empty(plan.page, "no-query");
  const rows = await db.$queryRaw<SearchRow[]>(searchStatement(plan));
  const summary = rows[0];
  if (!summary || summary.nodes === 0) return empty(plan.page, "no-terms");
  if (summary.indexable === "T") return empty(plan.page, "only-exclusions");
  return {
    hits: hitsFrom(rows),
    ...countAndWindow(summary, plan),
    page: plan.page,
    pageCount: Math.ceil(summary.matchCount / SEARCH_PAGE_SIZE),
    emptyReason: null,
  };
}

/**
 * The one rule of what readers see: a story published, or scheduled and whose
 * time has come. A scheduled story counts from its time on, so it goes live on
 * time even if the scheduler that marks it published (lib/newsroom/scheduler.ts)
 * was not running then. Written here three ways (raw SQL, a Prisma `where`,
 * and a test of a loaded story) for every reader query, cache tag and editor
 * view to share; no database access, so components may import it too.
 *
 * The indexes led by "publishedAt" (prisma/migrations/…_index_visible_stories_by_time)
 * serve the time half; the status half is a filter on what they find.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

/** The statuses a story may be seen in, once its publication time has come. */
export const VISIBLE_STATUSES = ["published", "scheduled"] as const;

const ALIAS = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The rule as an SQL condition on the "Story" row `alias` (a table alias,
 * never input: it is written into the statement). In a `Prisma.sql` template,
 * wrap it in `Prisma.raw()`.
 *
 * "publishedAt" is `timestamp(3)` without a zone, holding UTC (Prisma's
 * convention), so it is compared with the time now in UTC, also without a
 * zone: right whatever the session's TimeZone (a bare `now()` would read the
 * column in that zone), and a comparison of one type, which the
 * "publishedAt" indexes answer as an index condition.
 */
export function visibleToReadersSql(alias = "s"): string {
  return `${liveOrScheduledSql(alias)} AND ${alias}."publishedAt" <= (now() AT TIME ZONE 'UTC')`;
}

/** The status half alone, as SQL: stories readers see now or will see from their time on. */
export function liveOrScheduledSql(alias = "s"): string {
  if (!ALIAS.test(alias)) throw new Error(`Not a table alias: ${alias}`);
  return `${alias}.status IN (${VISIBLE_STATUSES.map((status) => `'${status}'`).join(", ")})`;
}

/** Whether a story in this status is seen by readers, now or from its time on. */
export const isLiveOrScheduled = (status: string): boolean => (VISIBLE_STATUSES as readonly string[]).includes(status);

/** The rule as a Prisma `where` on Story, as of `now` (this moment by default). */
export const visibleToReadersWhere = (now = new Date()): Prisma.StoryWhereInput => ({
  status: { in: [...VISIBLE_STATUSES] },
  publishedAt: { lte: now },
});

/** The rule applied to a story already loaded. */
export function isVisibleToReaders(
  story: { status: string; publishedAt: Date | null },
  now = new Date(),
): boolean {
  return (
    isLiveOrScheduled(story.status) &&
    story.publishedAt !== null &&
    story.publishedAt.getTime() <= now.getTime()
  );
}

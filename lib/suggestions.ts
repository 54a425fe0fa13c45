/**
 * Related-story suggestions, computed by PostgreSQL and stored (the
 * StorySuggestion table) so that a story page reads them with the story
 * instead of ranking them on every render. Free of `server-only` because the
 * seed and the benchmark compute them the same way the app does.
 *
 * A suggestion is a published (or scheduled) story close to this one:
 * similar words (its full text against this story's headline and dek, by
 * PostgreSQL full-text rank), the same section, shared tags, and a time close
 * to this story's. Only a bounded set of candidates is ranked, each found
 * through an index (the stories published around the same time that share
 * words with it, and the section's nearest), so the cost does not grow with
 * the archive: about 5 ms a story at 100,000 stories.
 */

import { describeSuggestion } from "./suggestion-reasons";

/** How many are stored for each story: more than a page shows, as some may be hidden or linked already. */
export const STORED_SUGGESTIONS = 12;

const VISIBLE_LATER = `s.status IN ('published', 'scheduled')`;

/**
 * Up to $2 ranked suggestions for each story whose id is in $1 (text[]):
 * rows of ("storyId", "suggestedId", rank), rank from 1.
 */
export const RANKED_SUGGESTIONS_SQL = `
SELECT source.id AS "storyId", ranked.id AS "suggestedId", ranked.rank::int AS rank
FROM "Story" source
CROSS JOIN LATERAL (
  WITH terms AS (
    -- Any word of the headline or the dek (weights A and B of the search vector).
    SELECT to_tsquery('simple', string_agg(quote_literal(lexeme), ' | ')) AS query
    FROM unnest(source."searchVector") AS term(lexeme, positions, weights)
    WHERE weights && ARRAY['A', 'B']
  ),
  anchor AS (SELECT coalesce(source."publishedAt", now() AT TIME ZONE 'UTC') AS at),
  -- Read once, then matched row by row: an index over all matches would be
  -- far larger when the headline holds common words.
  nearby AS MATERIALIZED (
    (SELECT s.id, s."searchVector", s."publishedAt" FROM "Story" s
     WHERE s."publishedAt" <= (SELECT at FROM anchor) AND ${VISIBLE_LATER} AND s.id <> source.id
     ORDER BY s."publishedAt" DESC LIMIT 150)
    UNION ALL
    (SELECT s.id, s."searchVector", s."publishedAt" FROM "Story" s
     WHERE s."publishedAt" > (SELECT at FROM anchor) AND ${VISIBLE_LATER} AND s.id <> source.id
     ORDER BY s."publishedAt" ASC LIMIT 150)
  ),
  candidates AS (
    (SELECT nearby.id FROM nearby, terms
     WHERE nearby."searchVector" @@ terms.query
     ORDER BY abs(extract(epoch FROM nearby."publishedAt" - (SELECT at FROM anchor)))
     LIMIT 80)
    UNION
    (SELECT s.id FROM "Story" s
     WHERE s."sectionId" = source."sectionId" AND s."publishedAt" <= (SELECT at FROM anchor)
       AND ${VISIBLE_LATER} AND s.id <> source.id
     ORDER BY s."publishedAt" DESC LIMIT 20)
    UNION
    (SELECT s.id FROM "Story" s
     WHERE s."sectionId" = source."sectionId" AND s."publishedAt" > (SELECT at FROM anchor)
       AND ${VISIBLE_LATER} AND s.id <> source.id
     ORDER BY s."publishedAt" ASC LIMIT 10)
  ),
  scored AS (
    SELECT s.id, s."publishedAt",
      coalesce(ts_rank(s."searchVector", terms.query), 0)
      + CASE WHEN s."sectionId" = source."sectionId" THEN 0.1 ELSE 0 END
      + 0.2 * (SELECT count(*) FROM "StoryTag" mine
               JOIN "StoryTag" theirs ON theirs."tagId" = mine."tagId" AND theirs."storyId" = s.id
               WHERE mine."storyId" = source.id)
      -- Closeness in time: a week apart counts half as much as the same day.
      + 0.2 / (1 + abs(extract(epoch FROM s."publishedAt" - (SELECT at FROM anchor))) / 604800) AS score
    FROM candidates JOIN "Story" s ON s.id = candidates.id, terms
  )
  SELECT scored.id, row_number() OVER (ORDER BY scored.score DESC, scored."publishedAt" DESC, scored.id) AS rank
  FROM scored
  ORDER BY rank
  LIMIT $2
) ranked
WHERE source.id = ANY($1::text[])`;

/** Anything that runs SQL with numbered parameters: a Prisma client or transaction, or a node-postgres client. */
export type SqlRunner = { $executeRawUnsafe(sql: string, ...values: unknown[]): Promise<number> };

/**
 * Computes and stores the suggestions of these stories, replacing what they
 * had. Run it in the transaction that changes the stories.
 */
export async function refreshSuggestions(runner: SqlRunner, storyIds: string[]): Promise<void> {
  if (storyIds.length === 0) return;
  // Stories are locked first, in one order: a save (which holds its story's
  // row) and a batch of refreshes then wait for each other instead of
  // deadlocking. NO KEY: another batch's new rows may still point at them.
  await runner.$executeRawUnsafe(
    `SELECT 1 FROM "Story" WHERE id = ANY($1::text[]) ORDER BY id FOR NO KEY UPDATE`,
    storyIds,
  );
  await runner.$executeRawUnsafe(`DELETE FROM "StorySuggestion" WHERE "storyId" = ANY($1::text[])`, storyIds);
  // Two writes refreshing the same story at once: the second one's rows win.
  await runner.$executeRawUnsafe(
    `INSERT INTO "StorySuggestion" ("storyId", "suggestedId", rank) ${RANKED_SUGGESTIONS_SQL}
     ON CONFLICT ("storyId", rank) DO UPDATE SET "suggestedId" = EXCLUDED."suggestedId"`,
    storyIds,
    STORED_SUGGESTIONS,
  );
  await runner.$executeRawUnsafe(
    `UPDATE "Story" SET "suggestionsRefreshedAt" = now() AT TIME ZONE 'UTC' WHERE id = ANY($1::text[])`,
    storyIds,
  );
}

/** A suggestion as the link editor shows it: the story and why it was suggested. */
export type ExplainedSuggestion = {
  id: string;
  slug: string;
  headline: string;
  publishedAt: Date;
  sectionName: string | null;
  reasons: string[];
};

/** Anything that runs a query with numbered parameters and returns its rows: a Prisma client or transaction. */
export type SqlReader = { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> };

type EvidenceRow = {
  id: string;
  slug: string;
  headline: string;
  publishedAt: Date;
  sectionName: string | null;
  sameSection: boolean;
  sourcePublishedAt: Date | null;
  tags: string[];
  names: string[];
  words: string[];
};

/**
 * The suggestions for a story worked out now (not read from StorySuggestion),
 * best first, each with the reasons it was suggested: for the link editor.
 * Only stories readers can see now; never the story itself or one in `exclude`.
 */
export async function explainSuggestions(
  runner: SqlReader,
  storyId: string,
  options: { exclude: string[]; limit: number },
): Promise<ExplainedSuggestion[]> {
  if (options.limit <= 0) return [];
  const rows = await runner.$queryRawUnsafe<EvidenceRow[]>(
    `WITH ranked AS (${RANKED_SUGGESTIONS_SQL}),
     source AS (SELECT * FROM "Story" WHERE id = $1[1]),
     chosen AS (
       SELECT s.id, s.slug, s.headline, s."publishedAt", s."sectionId", s."searchVector", ranked.rank
       FROM ranked JOIN "Story" s ON s.id = ranked."suggestedId"
       WHERE s.status IN ('published', 'scheduled') AND s."publishedAt" <= now() AND s.id <> ALL($3::text[])
       ORDER BY ranked.rank LIMIT $4
     )
     SELECT chosen.id, chosen.slug, chosen.headline, chosen."publishedAt", section.name AS "sectionName",
       (chosen."sectionId" IS NOT DISTINCT FROM source."sectionId" AND chosen."sectionId" IS NOT NULL) AS "sameSection",
       source."publishedAt" AS "sourcePublishedAt",
       ARRAY(SELECT tag.name FROM "StoryTag" mine
             JOIN "StoryTag" theirs ON theirs."tagId" = mine."tagId" AND theirs."storyId" = chosen.id
             JOIN "Tag" tag ON tag.id = mine."tagId"
             WHERE mine."storyId" = source.id ORDER BY tag.name) AS tags,
       ARRAY[]::text[] AS names,
       ARRAY(SELECT DISTINCT ON (word.lexeme) lower(word.token)
             FROM (SELECT d.token, d.lexemes[1] AS lexeme, row_number() OVER () AS at
                   FROM ts_debug('english', coalesce(source.headline, '') || ' ' || coalesce(source.dek, '')) d
                   WHERE d.alias IN ('asciiword', 'word') AND cardinality(d.lexemes) > 0) word
             WHERE chosen."searchVector" @@ quote_literal(word.lexeme)::tsquery
             ORDER BY word.lexeme, word.at) AS words
     FROM chosen CROSS JOIN source LEFT JOIN "Section" section ON section.id = chosen."sectionId"
     ORDER BY chosen.rank`,
    [storyId],
    options.limit + options.exclude.length + STORED_SUGGESTIONS,
    options.exclude,
    options.limit,
  );
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    publishedAt: row.publishedAt,
    sectionName: row.sectionName,
    reasons: describeSuggestion({
      tags: row.tags,
      names: row.names,
      words: row.words,
      sameSection: row.sameSection,
      publishedAt: row.sourcePublishedAt,
      otherPublishedAt: row.publishedAt,
    }),
  }));
}

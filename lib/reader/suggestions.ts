/**
 * Related-story suggestions, computed by PostgreSQL and stored (the
 * StorySuggestion table) so that a story page reads them with the story
 * instead of ranking them on every render. Free of `server-only` because the
 * seed and the benchmark compute them the same way the app does.
 *
 * A suggestion is a published (or scheduled) story that shares something a
 * reader would recognise with this one, enough of it to pass
 * SUGGESTION_THRESHOLD: tags, names (people, places, organisations: the
 * capitalised words of this story's dek and body, such as "Hong Kong" or
 * "Nicolás Maduro") and distinctive words of its headline and dek. Each counts
 * by how rare it is among the stories around it and by where it stands (a
 * headline or dek counts more than a body). The same section and a time close
 * to this story's then add to the ranking of those that pass, never letting
 * one pass on their own: fewer suggestions beat unrelated ones.
 *
 * Only a bounded set of candidates is weighed, each found through an index
 * (the 300 visible stories published nearest in time and the section's 30
 * nearest), so the cost does not grow with the archive.
 */

import { describeSuggestion } from "./suggestion-reasons";
import { liveOrScheduledSql, visibleToReadersSql } from "@/lib/content/visibility";

/** How many are stored for each story: more than a page shows, as some may be hidden or linked already. */
export const STORED_SUGGESTIONS = 12;

/**
 * How much in common a story needs with this one to be suggested. One unit is
 * any of: a shared tag that at most 1 in 20 of the stories around carry; a
 * rare name in the headline or dek of both stories (0.6 when one of them has
 * it only in its body, 0.36 when both do); two rare words of this story's
 * headline or dek in the other's headline or dek. Words found only in the
 * other's body count half as much, and at most half a unit together. Each
 * counts less the more stories around carry it (see RARE_SHARE), a tag never
 * less than half, so common ones must come several together. Section and time
 * never count here: they only rank the stories that pass.
 */
export const SUGGESTION_THRESHOLD = 1;

/**
 * How rare something is among the stories around: carried by this share of
 * them or fewer (1 in 20), it counts in full; by a third or more, it is common
 * and counts nothing; in between, on a log scale.
 */
const RARE_SHARE = 1 / 20;
const COMMON_SHARE = 1 / 3;
/**
 * Shares are taken of at least this many stories: with fewer around (a young
 * archive, a test), a word seen in two of them is not yet known to be common.
 */
const MIN_POOL = 30;
/** Names of this story weighed at most, its most mentioned, and words of its headline and dek: the cost is in matching them. */
const MAX_NAMES = 12;
const MAX_WORDS = 16;

/**
 * Words too common in news writing to tell two stories apart, however rare
 * they happen to be among the stories around (English stop words are never in
 * the search vector at all).
 */
const COMMON_NEWS_WORDS = `
  say said says tell told ask asked add added note noted call called calls urge urged warn warned
  according statement interview spokesman spokeswoman spokesperson source sources report reported news story
  new year years week weeks day days month months time today yesterday tomorrow recent recently
  people official officials government country countries state states nation national international world
  local public political leader leaders president minister administration agency department office officer
  group member members part plan plans move moves back backs support supports review reviews
  make makes made take takes took give gives gave come comes came go goes went get gets got set put show shows
  see sees saw use uses used want wants need needs know knows think look looks find finds found seek seeks
  help helps keep keeps leave leaves left follow follows expect expected include includes including continue
  begin begins start starts end ends open close rise rises fall falls grow lead leads meet meets face faces
  work works run runs hold holds change changes amid despite many much two three four five first second last next
  former wide wider broad broader big large small high low major key top long short early late
  issue issues case cases effort efforts step steps decision deal talk talks question detail details information
  percent million billion number area region regional city place side way point thing matter level role kind
  also well still even already likely possible able whether around across among within without toward
  approve approves approved announce announces announced
  U.S. United States America American Americans Washington`;

/** How rare something carried by \`found\` of the \`pool\` stories around is: 0 (common) to 1 (rare). */
const rarity = (found: string, pool: string) =>
  `greatest(0.0, least(1.0, ln(${COMMON_SHARE} * greatest(${pool}, ${MIN_POOL}) / (${found})) / ln(${COMMON_SHARE / RARE_SHARE})))`;

const VISIBLE_LATER = liveOrScheduledSql("s");

/**
 * A capitalised word of a name: "Maduro", "U.S", "Ching-te", "O'Brien" (quoted
 * for SQL). A possessive ends it: "Hong Kong's Legislative Council" is two names.
 */
const NAME_WORD = `[[:upper:]][[:alpha:]]*(?:[-’''][[:alpha:]]{2,}|[-.][[:alpha:]])*`;
/** A run of them, with the small words inside names ("Cartel de los Soles"). */
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:(?:de|del|la|las|los|da|das|do|dos|van|von|der|al|el|bin|ibn)\\s+)*${NAME_WORD})*`;
/** Capitalised, yet no names: a sentence's first word, days and months. */
const NOT_NAMES = `^(?:(?:The|A|An|In|On|At|By|For|From|To|Of|But|And|Or|If|As|So|Yet|He|She|It|They|We|I|You|His|Her|Its|Their|Our|This|That|These|Those|There|When|While|After|Before|Since|Although|Though|With|Without|Under|Over|Still|Now|Then|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\\s+|$))+`;

/**
 * For the row `source` (a "Story") in scope: every story in its candidate pool
 * that shares anything with it, as rows of (id, "publishedAt", strength, score,
 * tags, names, words), strength being what counts against the threshold and
 * score adding section and time to it; tags, names and words (lexemes) in
 * order of weight, for the reasons.
 */
const SCORED_CANDIDATES = `
  anchor AS (SELECT coalesce(source."publishedAt", now() AT TIME ZONE 'UTC') AS at),
  -- The stories around: read once, then matched row by row (an index over all
  -- the matches would be far larger when the story holds common words).
  pool AS MATERIALIZED (
    -- The vector read out of storage once here (|| makes a plain copy), not at every match below.
    SELECT DISTINCT ON (found.id) found.id, found."sectionId", found."publishedAt",
      found."searchVector" || ''::tsvector AS "searchVector"
    FROM (
      (SELECT s.id, s."sectionId", s."publishedAt", s."searchVector" FROM "Story" s
       WHERE s."publishedAt" <= (SELECT at FROM anchor) AND ${VISIBLE_LATER} AND s.id <> source.id
       ORDER BY s."publishedAt" DESC LIMIT 150)
      UNION ALL
      (SELECT s.id, s."sectionId", s."publishedAt", s."searchVector" FROM "Story" s
       WHERE s."publishedAt" > (SELECT at FROM anchor) AND ${VISIBLE_LATER} AND s.id <> source.id
       ORDER BY s."publishedAt" ASC LIMIT 150)
      UNION ALL
      (SELECT s.id, s."sectionId", s."publishedAt", s."searchVector" FROM "Story" s
       WHERE s."sectionId" = source."sectionId" AND s."publishedAt" <= (SELECT at FROM anchor)
         AND ${VISIBLE_LATER} AND s.id <> source.id
       ORDER BY s."publishedAt" DESC LIMIT 20)
      UNION ALL
      (SELECT s.id, s."sectionId", s."publishedAt", s."searchVector" FROM "Story" s
       WHERE s."sectionId" = source."sectionId" AND s."publishedAt" > (SELECT at FROM anchor)
         AND ${VISIBLE_LATER} AND s.id <> source.id
       ORDER BY s."publishedAt" ASC LIMIT 10)
    ) found
    ORDER BY found.id
  ),
  pool_size AS (SELECT count(*)::float8 AS n FROM pool),
  -- Names: runs of capitalised words in the dek and body (and the headline
  -- when it is written in sentence case), each with the word before it. A
  -- single word that only ever starts a sentence is no name.
  name_hits AS (
    SELECT regexp_replace(regexp_replace(hit[2], '[’'']s$', ''), '${NOT_NAMES}', '') AS name,
      hit[1] ~ '[.!?:;]["”’)]*$' AS opens_sentence
    FROM regexp_matches(
      '. ' || CASE WHEN source.headline ~ '\\s[[:lower:]][[:alpha:]]{4,}.*\\s[[:lower:]][[:alpha:]]{4,}' THEN source.headline || '. ' ELSE '' END
        || coalesce(source.dek, '') || '. ' || coalesce(source."bodyText", ''),
      '(\\S*)\\s+[("“‘''\\[]?(${NAME_RUN})', 'g') AS hit
  ),
  -- A long run also names its last two words: "Foreign Minister Bruno Rodríguez".
  name_parts AS (
    SELECT name, opens_sentence FROM name_hits
    UNION ALL
    SELECT substring(name FROM '(${NAME_WORD}\\s+${NAME_WORD})$'), false FROM name_hits
    WHERE name ~ '\\S\\s+\\S+\\s+\\S'
  ),
  source_names AS MATERIALIZED (
    SELECT DISTINCT ON (query::text) name, query, tsvector_to_array(to_tsvector('english', name)) AS lexemes,
      ts_filter(source."searchVector", '{a,b}') @@ query AS "sourceHead"
    FROM (
      SELECT name, phraseto_tsquery('english', name) AS query, count(*) AS mentions
      FROM name_parts WHERE length(name) > 1
      GROUP BY name
      HAVING bool_or(NOT opens_sentence) OR name ~ '\\s'
      ORDER BY mentions DESC, name LIMIT ${MAX_NAMES}
    ) named
    WHERE numnode(query) > 0
      -- A name made of common words only ("U.S.", "Washington") tells no stories apart.
      AND NOT tsvector_to_array(to_tsvector('english', name))
          <@ tsvector_to_array(to_tsvector('english', '${COMMON_NEWS_WORDS}'))
    ORDER BY query::text, length(name)
  ),
  -- Words of the headline and dek (stop words are never in the search vector), but for those of names.
  source_words AS (
    SELECT term.lexeme, quote_literal(term.lexeme)::tsquery AS query
    FROM unnest(source."searchVector") AS term(lexeme, positions, weights)
    WHERE term.weights && ARRAY['A', 'B'] AND term.lexeme ~ '[[:alpha:]]' AND length(term.lexeme) > 1
      AND term.lexeme <> ALL (SELECT unnest(lexemes) FROM source_names)
      AND term.lexeme <> ALL (tsvector_to_array(to_tsvector('english', '${COMMON_NEWS_WORDS}')))
    -- The headline's first, then the dek's, each in order.
    ORDER BY 'A' = ANY (term.weights) DESC, term.positions[1]
    LIMIT ${MAX_WORDS}
  ),
  terms AS (
    SELECT 'name' AS kind, name AS term, query, "sourceHead" FROM source_names
    UNION ALL
    SELECT 'word', lexeme, query, true FROM source_words
  ),
  -- Each term also as a query that only a headline or dek answers (weights A and B).
  head_terms AS MATERIALIZED (
    SELECT row_number() OVER () AS "termId", terms.*,
      regexp_replace(query::text, '(''(?:[^'']|'''')*'')', '\\1:AB', 'g')::tsquery AS "headQuery"
    FROM terms
  ),
  hits AS MATERIALIZED (
    SELECT pool.id, head_terms."termId" FROM pool JOIN head_terms ON pool."searchVector" @@ head_terms.query
  ),
  -- How many stories around hold each term; the common ones are dropped here.
  term_counts AS (
    SELECT "termId", count(*) AS found FROM hits GROUP BY "termId"
    HAVING count(*) < ${COMMON_SHARE} * greatest((SELECT n FROM pool_size), ${MIN_POOL})
  ),
  matches AS MATERIALIZED (
    SELECT hits.id, head_terms.kind, head_terms.term, head_terms."sourceHead", term_counts.found,
      pool."searchVector" @@ head_terms."headQuery" AS "otherHead"
    FROM hits
    JOIN term_counts ON term_counts."termId" = hits."termId"
    JOIN head_terms ON head_terms."termId" = hits."termId"
    JOIN pool ON pool.id = hits.id
  ),
  -- A name within a longer one ("Maduro" in "Nicolás Maduro"): not counted again where both are found.
  name_within AS MATERIALIZED (
    SELECT shorter.name AS shorter, longer.name AS longer
    FROM source_names shorter JOIN source_names longer
      ON longer.lexemes @> shorter.lexemes AND longer.name <> shorter.name
  ),
  covered AS (
    SELECT DISTINCT matches.id, name_within.shorter AS term
    FROM matches JOIN name_within ON name_within.longer = matches.term
    WHERE matches.kind = 'name'
  ),
  -- Each story around's own tags (read by its id: a tag's whole list grows with the archive).
  tag_matches AS MATERIALIZED (
    SELECT pool.id, tag.name
    FROM pool
    -- OFFSET 0 keeps it a lookup per story, which the planner would otherwise turn into a join by tag.
    CROSS JOIN LATERAL (SELECT theirs."tagId" FROM "StoryTag" theirs WHERE theirs."storyId" = pool.id OFFSET 0) theirs
    JOIN "StoryTag" mine ON mine."storyId" = source.id AND mine."tagId" = theirs."tagId"
    JOIN "Tag" tag ON tag.id = mine."tagId"
  ),
  shared AS (
    -- Editors chose the tags: one counts at least half, and in full when it is rare.
    SELECT tag_matches.id, 'tag' AS kind, tag_matches.name AS term,
      0.5 + 0.5 * ${rarity("count(*) OVER (PARTITION BY tag_matches.name)", "(SELECT n FROM pool_size)")} AS weight,
      false AS "inBody"
    FROM tag_matches
    UNION ALL
    SELECT matches.id, 'name', matches.term,
      ${rarity("matches.found", "(SELECT n FROM pool_size)")}
        * CASE WHEN matches."sourceHead" THEN 1 ELSE 0.6 END * CASE WHEN matches."otherHead" THEN 1 ELSE 0.6 END,
      false
    FROM matches
    -- Nor is a name where the tag of that name is shared.
    LEFT JOIN covered ON covered.id = matches.id AND covered.term = matches.term
    LEFT JOIN tag_matches ON tag_matches.id = matches.id AND lower(tag_matches.name) = lower(matches.term)
    WHERE matches.kind = 'name' AND covered.id IS NULL AND tag_matches.id IS NULL
    UNION ALL
    SELECT matches.id, 'word', matches.term,
      0.5 * ${rarity("matches.found", "(SELECT n FROM pool_size)")} * CASE WHEN matches."otherHead" THEN 1 ELSE 0.5 END,
      NOT matches."otherHead"
    FROM matches
    WHERE matches.kind = 'word'
  ),
  scored AS (
    SELECT pool.id, pool."publishedAt", evidence.strength,
      evidence.strength
        + CASE WHEN pool."sectionId" = source."sectionId" THEN 0.25 ELSE 0 END
        -- Closeness in time: a week apart counts half as much as the same day.
        + 0.25 / (1 + abs(extract(epoch FROM pool."publishedAt" - (SELECT at FROM anchor))) / 604800) AS score,
      evidence.tags, evidence.names, evidence.words
    FROM (
      -- Words of this story's headline or dek found only in the other's body
      -- count at most half the threshold together: many passing mentions are no topic.
      SELECT id,
        coalesce(sum(weight) FILTER (WHERE NOT "inBody"), 0)
          + least(${SUGGESTION_THRESHOLD / 2}, coalesce(sum(weight) FILTER (WHERE "inBody"), 0)) AS strength,
        coalesce(array_agg(term ORDER BY weight DESC, term) FILTER (WHERE kind = 'tag'), '{}') AS tags,
        coalesce(array_agg(term ORDER BY weight DESC, term) FILTER (WHERE kind = 'name'), '{}') AS names,
        coalesce(array_agg(term ORDER BY weight DESC, term) FILTER (WHERE kind = 'word'), '{}') AS words
      FROM shared GROUP BY id
    ) evidence
    JOIN pool ON pool.id = evidence.id
  )`;

/**
 * Up to $2 ranked suggestions for each story whose id is in $1 (text[]):
 * rows of ("storyId", "suggestedId", rank), rank from 1.
 */
export const RANKED_SUGGESTIONS_SQL = `
SELECT source.id AS "storyId", ranked.id AS "suggestedId", ranked.rank::int AS rank
FROM "Story" source
CROSS JOIN LATERAL (
  WITH ${SCORED_CANDIDATES}
  SELECT scored.id, row_number() OVER (ORDER BY scored.score DESC, scored."publishedAt" DESC, scored.id) AS rank
  FROM scored
  WHERE scored.strength >= ${SUGGESTION_THRESHOLD}
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

type ExplainedRow = {
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
 * ranked as the stored ones are, best first, each with the reasons it was
 * suggested: for the link editor. Only stories readers can see now; never the
 * story itself or one in `exclude`.
 */
export async function explainSuggestions(
  runner: SqlReader,
  storyId: string,
  options: { exclude: string[]; limit: number },
): Promise<ExplainedSuggestion[]> {
  if (options.limit <= 0) return [];
  const rows = await runner.$queryRawUnsafe<ExplainedRow[]>(
    `SELECT s.id, s.slug, s.headline, s."publishedAt", section.name AS "sectionName",
       (s."sectionId" = source."sectionId") IS TRUE AS "sameSection",
       source."publishedAt" AS "sourcePublishedAt", chosen.tags, chosen.names,
       -- Each word as this story's dek writes it (its headline may capitalise every word), not as its stem.
       ARRAY(SELECT coalesce(
               (SELECT spelt.token FROM ts_debug('english', coalesce(source.dek, '')) spelt
                WHERE spelt.lexemes[1] = lexeme.term LIMIT 1),
               (SELECT lower(spelt.token) FROM ts_debug('english', source.headline) spelt
                WHERE spelt.lexemes[1] = lexeme.term LIMIT 1),
               lexeme.term)
             FROM unnest(chosen.words) WITH ORDINALITY AS lexeme(term, position)
             ORDER BY lexeme.position) AS words
     FROM "Story" source
     CROSS JOIN LATERAL (
       WITH ${SCORED_CANDIDATES}
       SELECT * FROM scored WHERE scored.strength >= ${SUGGESTION_THRESHOLD}
     ) chosen
     JOIN "Story" s ON s.id = chosen.id
     LEFT JOIN "Section" section ON section.id = s."sectionId"
     WHERE source.id = $1 AND ${visibleToReadersSql("s")}
       AND s.id <> ALL($2::text[])
     ORDER BY chosen.score DESC, chosen."publishedAt" DESC, chosen.id
     LIMIT $3`,
    storyId,
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

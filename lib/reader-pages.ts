/**
 * Which reader pages show a story, so that a write refreshes exactly those
 * (lib/reader-cache.ts): its own page; the story pages whose related
 * headlines list it (editors' links and stored suggestions); and, while
 * readers can see it, the lists it is on: the front page when it is near the
 * top or pinned, its section, tags and authors (with their older pages), the
 * feeds and sitemaps (every story sitemap), the cached search results, and
 * the corrections page when it has corrections.
 *
 * A write asks before and after it changes anything, and refreshes both: a
 * story that moves section, is renamed or unpublished leaves pages too.
 */
import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FRONT_PAGE_NEWEST, FRONT_PAGE_SECTION_NEWEST } from "@/lib/front-page";

type Reader = Db | Prisma.TransactionClient;

/** The pages that show any of these stories now. */
export async function readerPagesShowing(reader: Reader, storyIds: string[]): Promise<string[]> {
  if (storyIds.length === 0) return [];
  const rows = await reader.$queryRaw<{ path: string }[]>`
    WITH story AS (
      SELECT s.id, s.slug, s."sectionId", s."publishedAt",
        s.status IN ('published', 'scheduled') AND s."publishedAt" <= now() AS visible
      FROM "Story" s WHERE s.id = ANY(${storyIds}::text[])
    ), shown AS (SELECT * FROM story WHERE visible)
    SELECT '/stories/' || slug AS path FROM story
    UNION SELECT '/stories/' || other.slug
      FROM shown JOIN "StoryLink" link ON link."toStoryId" = shown.id JOIN "Story" other ON other.id = link."fromStoryId"
    UNION SELECT '/stories/' || other.slug
      FROM shown JOIN "StorySuggestion" suggestion ON suggestion."suggestedId" = shown.id
      JOIN "Story" other ON other.id = suggestion."storyId"
    UNION SELECT page FROM shown,
      unnest(ARRAY['/feed.xml', '/sitemap.xml', '/sitemaps/pages.xml', '/news-sitemap.xml', '/search']) AS page
    UNION SELECT '/sections/' || section.slug FROM shown JOIN "Section" section ON section.id = shown."sectionId"
    UNION SELECT '/sections/' || section.slug || '/feed.xml' FROM shown JOIN "Section" section ON section.id = shown."sectionId"
    UNION SELECT '/tags/' || tag.slug
      FROM shown JOIN "StoryTag" tagged ON tagged."storyId" = shown.id JOIN "Tag" tag ON tag.id = tagged."tagId"
    UNION SELECT '/authors/' || author.slug
      FROM shown JOIN "StoryAuthor" byline ON byline."storyId" = shown.id JOIN "Author" author ON author.id = byline."authorId"
    UNION SELECT p FROM shown, unnest(ARRAY['/corrections', '/corrections/feed.xml']) AS p
      WHERE EXISTS (SELECT 1 FROM "StoryAmendment" am
                    WHERE am."storyId" = shown.id AND am.kind IN ('correction', 'clarification'))
    -- The story sitemaps, all of them (lib/reader-cache.ts refreshes the pages below).
    UNION SELECT '/sitemaps/stories' FROM shown
    -- The front page: pinned, among the newest it reads, or among the newest of its section (the rails).
    UNION SELECT '/' FROM shown
      WHERE EXISTS (SELECT 1 FROM "FrontPageSlot" slot WHERE slot."storyId" = shown.id)
        OR (SELECT count(*) FROM (SELECT 1 FROM "Story" newer
            WHERE newer.status IN ('published', 'scheduled') AND newer."publishedAt" <= now()
              AND newer."publishedAt" > shown."publishedAt"
            LIMIT ${FRONT_PAGE_NEWEST}) AS newer) < ${FRONT_PAGE_NEWEST}
        OR (SELECT count(*) FROM (SELECT 1 FROM "Story" newer
            WHERE newer."sectionId" = shown."sectionId"
              AND newer.status IN ('published', 'scheduled') AND newer."publishedAt" <= now()
              AND newer."publishedAt" > shown."publishedAt"
            LIMIT ${FRONT_PAGE_SECTION_NEWEST}) AS newer) < ${FRONT_PAGE_SECTION_NEWEST}`;
  return rows.map((row) => row.path).sort();
}

/** Runs `work` and returns its result with the pages that showed these stories before it or show them after. */
export async function withReaderPages<T>(
  reader: Reader,
  storyIds: string[],
  work: () => Promise<T>,
): Promise<{ result: T; readerPages: string[] }> {
  const before = await readerPagesShowing(reader, storyIds);
  const result = await work();
  const after = await readerPagesShowing(reader, storyIds);
  return { result, readerPages: [...new Set([...before, ...after])].sort() };
}

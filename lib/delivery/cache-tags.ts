/**
 * The cache tags of reader pages: what a page shows, named so that a write
 * can name what it changed. Every cached page and piece of cached data
 * carries the tags of what it shows; a write invalidates the tags of what it
 * changed (lib/delivery/cache-invalidation.ts), and every cache drops what carries
 * them: Next.js's (lib/delivery/cache-handler.mjs), the page cache in front of it
 * (scripts/server.ts), and any HTTP cache further out, which reads them from
 * the Surrogate-Key header.
 *
 *   story:<slug>    the story at that address: its page (or the 404 there),
 *                   and every related-headlines list showing it
 *   related:<slug>  that story's related headlines (its suggestions changed)
 *   section:<slug>, tag:<slug>, author:<slug>
 *                   the lists of stories readers see there, every page of them
 *   front           the front page
 *   sections        the sections in every page's navigation
 *   feeds, sitemaps, corrections, search, about
 *                   the site's feeds, sitemaps, corrections page, search results, About page
 */
import "server-only";
import { unstable_cache } from "next/cache";
import type { Db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleToReadersSql } from "@/lib/content/visibility";

export const storyTag = (slug: string) => `story:${slug}`;
export const relatedTag = (slug: string) => `related:${slug}`;
export const sectionTag = (slug: string) => `section:${slug}`;
export const tagTag = (slug: string) => `tag:${slug}`;
export const authorTag = (slug: string) => `author:${slug}`;
export const FRONT_TAG = "front";
export const SECTIONS_TAG = "sections";
export const FEEDS_TAG = "feeds";
export const SITEMAPS_TAG = "sitemaps";
export const CORRECTIONS_TAG = "corrections";
export const SEARCH_TAG = "search";
export const ABOUT_TAG = "about";

/** The header naming a response's tags to HTTP caches in front (Varnish's xkey, Fastly): space-separated. */
export const SURROGATE_KEY_HEADER = "Surrogate-Key";

/**
 * Adds tags to the page being rendered, for what it learned it shows only
 * once it read the database (a story's related headlines). Next.js gives a
 * page the tags of the cached data it reads; this reads a cached nothing
 * under these tags, so the page takes them.
 */
export async function tagPage(tags: string[]): Promise<void> {
  const unique = [...new Set(tags)].sort();
  await unstable_cache(async () => true, ["page-tags", ...unique], { tags: unique })();
}

type Reader = Db | Prisma.TransactionClient;

/**
 * The tags a write to these stories changes, as the database stands when
 * asked: each story's address, and while readers can see it, every list it
 * is on (front page, its section, tags and authors, feeds, sitemaps, search
 * results; the corrections page when it has corrections). A write asks
 * before and after it changes anything (withCacheTags), so a story that
 * moves section, is renamed or unpublished leaves its old lists too.
 */
export async function cacheTagsOfStories(reader: Reader, storyIds: string[]): Promise<string[]> {
  if (storyIds.length === 0) return [];
  const rows = await reader.$queryRaw<{ tag: string }[]>`
    WITH story AS (
      SELECT s.id, s.slug, s."sectionId",
        ${Prisma.raw(visibleToReadersSql("s"))} AS visible
      FROM "Story" s WHERE s.id = ANY(${storyIds}::text[])
    ), shown AS (SELECT * FROM story WHERE visible)
    SELECT 'story:' || slug AS tag FROM story
    UNION SELECT unnest(ARRAY['front', 'feeds', 'sitemaps', 'search']) FROM shown
    UNION SELECT 'section:' || section.slug FROM shown JOIN "Section" section ON section.id = shown."sectionId"
    UNION SELECT 'tag:' || tag.slug
      FROM shown JOIN "StoryTag" tagged ON tagged."storyId" = shown.id JOIN "Tag" tag ON tag.id = tagged."tagId"
    UNION SELECT 'author:' || author.slug
      FROM shown JOIN "StoryAuthor" byline ON byline."storyId" = shown.id JOIN "Author" author ON author.id = byline."authorId"
    UNION SELECT 'corrections' FROM shown
      WHERE EXISTS (SELECT 1 FROM "StoryAmendment" am
                    WHERE am."storyId" = shown.id AND am.kind IN ('correction', 'clarification'))`;
  return rows.map((row) => row.tag).sort();
}

/** Runs `work` and returns its result with the tags of these stories before it and after it. */
export async function withCacheTags<T>(
  reader: Reader,
  storyIds: string[],
  work: () => Promise<T>,
): Promise<{ result: T; cacheTags: string[] }> {
  const before = await cacheTagsOfStories(reader, storyIds);
  const result = await work();
  const after = await cacheTagsOfStories(reader, storyIds);
  return { result, cacheTags: [...new Set([...before, ...after])].sort() };
}

/**
 * Keeping the stored related-story suggestions (lib/reader/suggestions.ts) current:
 * a story's own when it is published or saved, its neighbours' when it goes
 * live (so that they may list it), and any never computed, in the background.
 */
import "server-only";
import { recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { relatedTag } from "@/lib/delivery/cache-tags";
import { visibleToReadersSql, visibleToReadersWhere } from "@/lib/content/visibility";
import { db } from "@/lib/platform/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { refreshSuggestions } from "@/lib/reader/suggestions";

/**
 * Once a story is live or changed: the stories it suggests are, by the same
 * measure, close to it, so their suggestions are worked out again and may
 * now include it. Returns the cache tags of their related headlines (recorded). A failure only leaves their
 * lists as they were, so it is logged, not thrown: the write itself is done.
 */
export async function refreshSuggestionsAround(storyId: string): Promise<string[]> {
  try {
    const neighbours = await db.$queryRaw<{ id: string; slug: string }[]>`
      SELECT other.id, other.slug
      FROM "StorySuggestion" suggestion JOIN "Story" other ON other.id = suggestion."suggestedId"
      WHERE suggestion."storyId" = ${storyId}
        AND ${Prisma.raw(visibleToReadersSql("other"))}`;
    if (neighbours.length === 0) return [];
    const tags = neighbours.map((story) => relatedTag(story.slug));
    await db.$transaction(async (tx) => {
      await refreshSuggestions(tx, neighbours.map((story) => story.id));
      await recordInvalidation(tx, tags);
    });
    return tags;
  } catch (error) {
    console.error(`Could not refresh the suggestions around story ${storyId}:`, error);
    return [];
  }
}

const CATCH_UP_BATCH = 100;
/**
 * A batch takes some 20 ms a story on a quiet database, and several times
 * that while the site is busy: the default 5 s of an interactive
 * transaction ended batches of 200 half way at 100,000 stories under load,
 * so that the catch-up never caught up.
 */
const CATCH_UP_TIMEOUT_MS = 60_000;

/**
 * Works out the suggestions of visible stories that never had them (stories
 * from before suggestions were stored), newest first, a batch at a time.
 * Returns the cache tags of the related headlines that changed (recorded).
 */
export async function catchUpOnSuggestions(batch = CATCH_UP_BATCH): Promise<string[]> {
  return db.$transaction(async (tx) => {
    // Every web process runs the scheduler; one of them does this at a time.
    const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
      SELECT pg_try_advisory_xact_lock(hashtext('newsroom.suggestions.catch-up')) AS locked`;
    if (!lock?.locked) return [];
    const stories = await tx.story.findMany({
      where: { suggestionsRefreshedAt: null, ...visibleToReadersWhere() },
      orderBy: { publishedAt: "desc" },
      take: batch,
      select: { id: true, slug: true },
    });
    await refreshSuggestions(
      tx,
      stories.map((story) => story.id),
    );
    const tags = stories.map((story) => relatedTag(story.slug));
    await recordInvalidation(tx, tags);
    return tags;
  }, { timeout: CATCH_UP_TIMEOUT_MS });
}

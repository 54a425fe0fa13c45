/**
 * The related headlines under a story: the editors' links in their order,
 * then suggestions (lib/suggestions.ts) to fill the list. Reads for the story
 * page (with lib/story-page-sql.ts), the staff preview and the link editor.
 */
import "server-only";
import { db } from "@/lib/db";
import { publishedNow } from "@/lib/stories";
import { type RelatedHeadline, RELATED_HEADLINES_LENGTH } from "@/lib/story-page-sql";
import { RANKED_SUGGESTIONS_SQL, STORED_SUGGESTIONS } from "@/lib/suggestions";

export { type RelatedHeadline, RELATED_HEADLINES_LENGTH };

/**
 * Stories the database finds close to this one, best first, worked out now
 * (lib/suggestions.ts): for the link picker and the staff preview, which show
 * a story before its suggestions are stored. Never the story itself, an
 * excluded one, or one readers cannot see.
 */
export async function suggestRelatedStories(storyId: string, exclude: string[], limit: number) {
  if (limit <= 0) return [];
  return db.$queryRawUnsafe<{ slug: string; headline: string; publishedAt: Date }[]>(
    `SELECT s.slug, s.headline, s."publishedAt"
     FROM (${RANKED_SUGGESTIONS_SQL}) ranked JOIN "Story" s ON s.id = ranked."suggestedId"
     WHERE s.status IN ('published', 'scheduled') AND s."publishedAt" <= now() AND s.id <> ALL($3::text[])
     ORDER BY ranked.rank
     LIMIT $4`,
    [storyId],
    limit + exclude.length + STORED_SUGGESTIONS,
    exclude,
    limit,
  );
}

/**
 * The related headlines of any story, as its page would show them: the
 * editors' links in their order, then suggestions worked out now. For the
 * staff preview.
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


/**
 * The related headlines under a story: the editors' links in their order,
 * then suggestions (lib/reader/suggestions.ts) to fill the list. Reads for the story
 * page (with lib/reader/story-page-sql.ts), the staff preview and the link editor.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleToReadersWhere } from "@/lib/content/visibility";
import { RELATED_HEADLINES_LENGTH } from "@/lib/content/related-rule";
import { type RelatedHeadline, relatedFromRows, type RelatedRow } from "@/lib/reader/story-page-sql";
import { explainSuggestions } from "@/lib/reader/suggestions";
import { MAX_STORY_LINKS } from "@/lib/validation/story";

const relatedStorySelect = {
  id: true,
  slug: true,
  headline: true,
  publishedAt: true,
  heroImageAlt: true,
  heroImage: { select: { variants: true } },
} as const;

type RelatedStoryRow = Prisma.StoryGetPayload<{ select: typeof relatedStorySelect }>;

const toRelatedRow = (story: RelatedStoryRow, linked: boolean): RelatedRow => ({
  slug: story.slug,
  headline: story.headline,
  publishedAt: (story.publishedAt ?? new Date(0)).toISOString(),
  linked,
  imageVariants: story.heroImage?.variants ?? null,
  imageAlt: story.heroImageAlt,
});

/**
 * The related headlines of any story, as its page would show them: every
 * story the editors linked that readers can see, in their order, then
 * suggestions worked out now (the stored ones may predate the last save).
 * For the staff preview, whatever the story's status; none for a missing story.
 */
export async function loadRelatedHeadlines(
  storyId: string,
  length = RELATED_HEADLINES_LENGTH,
): Promise<RelatedHeadline[]> {
  const [story, links] = await Promise.all([
    db.story.findUnique({ where: { id: storyId }, select: { slug: true } }),
    db.storyLink.findMany({
      where: { fromStoryId: storyId, to: visibleToReadersWhere() },
      orderBy: { position: "asc" },
      take: MAX_STORY_LINKS,
      select: { to: { select: relatedStorySelect } },
    }),
  ]);
  if (!story) return [];
  const linked = links.map(({ to }) => to);
  const room = Math.max(0, length - linked.length);
  const suggestedIds = room
    ? (await explainSuggestions(db, storyId, { exclude: linked.map((item) => item.id), limit: room })).map(
        (item) => item.id,
      )
    : [];
  const suggestedRows = await db.story.findMany({ where: { id: { in: suggestedIds } }, select: relatedStorySelect });
  const suggested = suggestedIds.flatMap((id) => suggestedRows.filter((row) => row.id === id));
  return relatedFromRows(
    story.slug,
    [...linked.map((item) => toRelatedRow(item, true)), ...suggested.map((item) => toRelatedRow(item, false))],
    length,
  );
}

/**
 * The one SQL statement a story page reads: the story ($1 is its slug) if
 * readers can see it, with its section, hero image, bylines, tags and
 * amendments, and up to $2 related headlines: the editors' links in their
 * order, then the stored suggestions (lib/suggestions.ts), only stories
 * readers can see. Free of `server-only` so the benchmark can EXPLAIN it.
 */

// Readers' visibility rule (publishedNow() in lib/stories.ts) for a table alias.
const visible = (alias: string) => `${alias}.status IN ('published', 'scheduled') AND ${alias}."publishedAt" <= now()`;
// Times inside JSON lose their zone unless given one; stored times are UTC.
const iso = (column: string) => `to_json(${column} AT TIME ZONE 'UTC')`;

export const STORY_PAGE_SQL = `
SELECT s.id, s.slug, s.headline, s.dek, s."publishedAt", s."majorUpdatedAt", s."bodyHtml", s."bodyText",
  s."seoTitle", s."seoDescription", s."heroImageAlt", s."heroImageCaption", s."heroImageCredit",
  hero.variants AS "heroVariants", section.slug AS "sectionSlug", section.name AS "sectionName",
  (SELECT coalesce(json_agg(json_build_object('name', a.name, 'slug', a.slug) ORDER BY byline.position), '[]')
   FROM "StoryAuthor" byline JOIN "Author" a ON a.id = byline."authorId"
   WHERE byline."storyId" = s.id) AS authors,
  (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name), '[]')
   FROM "StoryTag" tagged JOIN "Tag" t ON t.id = tagged."tagId"
   WHERE tagged."storyId" = s.id) AS tags,
  (SELECT coalesce(json_agg(json_build_object('kind', am.kind, 'text', am.text, 'createdAt', ${iso('am."createdAt"')})
                            ORDER BY am."createdAt"), '[]')
   FROM "StoryAmendment" am WHERE am."storyId" = s.id) AS amendments,
  (SELECT coalesce(json_agg(json_build_object('slug', r.slug, 'headline', r.headline,
                                              'publishedAt', ${iso('r."publishedAt"')}, 'linked', r.linked)
                            ORDER BY r.linked DESC, r.position), '[]')
   FROM (
     (SELECT other.slug, other.headline, other."publishedAt", true AS linked, link.position
      FROM "StoryLink" link JOIN "Story" other ON other.id = link."toStoryId"
      WHERE link."fromStoryId" = s.id AND ${visible("other")}
      ORDER BY link.position LIMIT $2)
     UNION ALL
     (SELECT other.slug, other.headline, other."publishedAt", false AS linked, suggestion.rank
      FROM "StorySuggestion" suggestion JOIN "Story" other ON other.id = suggestion."suggestedId"
      WHERE suggestion."storyId" = s.id AND ${visible("other")}
        AND NOT EXISTS (SELECT 1 FROM "StoryLink" link WHERE link."fromStoryId" = s.id AND link."toStoryId" = other.id)
      ORDER BY suggestion.rank LIMIT $2)
   ) r) AS related
FROM "Story" s
LEFT JOIN "Section" section ON section.id = s."sectionId"
LEFT JOIN "Media" hero ON hero.id = s."heroImageId"
WHERE s.slug = $1 AND ${visible("s")}`;

export const RELATED_HEADLINES_LENGTH = 8;

export type RelatedHeadline = { slug: string; headline: string; publishedAt: string; linked: boolean };

/** The story page statement's related rows, as readers get them: never the story itself or a story twice. */
export function relatedFromRows(ownSlug: string, rows: RelatedHeadline[], length: number): RelatedHeadline[] {
  const seen = new Set<string>([ownSlug]);
  return rows
    .filter((item) => !seen.has(item.slug) && seen.add(item.slug))
    .slice(0, length)
    .map((item) => ({ ...item, publishedAt: new Date(item.publishedAt).toISOString() }));
}

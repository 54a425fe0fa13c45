/**
 * The one SQL statement a story page reads: the story ($1 is its slug) if
 * readers can see it, with its section, hero image, bylines, tags and
 * amendments, and its related headlines: every story the editors linked, in
 * their order, then up to $2 of the stored suggestions (lib/reader/suggestions.ts),
 * only stories readers can see. Free of `server-only` so the benchmark can
 * EXPLAIN it.
 */
import { storyImageFrom, type StoryImage } from "@/lib/content/media-url";
import { fillRelated } from "@/lib/content/related-rule";
import { visibleToReadersSql as visible } from "@/lib/content/visibility";
import { MAX_STORY_LINKS } from "@/lib/validation/story";

// Times inside JSON lose their zone unless given one; stored times are UTC.
const iso = (column: string) => `to_json(${column} AT TIME ZONE 'UTC')`;

export const STORY_PAGE_SQL = `
SELECT s.id, s.slug, s.headline, s.dek, s."publishedAt", s."majorUpdatedAt", s."bodyHtml", s."bodyText",
  s."seoTitle", s."seoDescription", s."heroImageAlt", s."heroImageCaption", s."heroImageCredit",
  hero.variants AS "heroVariants", section.slug AS "sectionSlug", section.name AS "sectionName",
  (SELECT coalesce(json_agg(json_build_object('name', a.name, 'slug', a.slug, 'roleTitle', a."roleTitle",
                                              'photoVariants', photo.variants, 'photoAlt', photo.alt,
                                              'links', json_build_array(a."websiteUrl", a."xUrl", a."mastodonUrl", a."blueskyUrl"))
                            ORDER BY byline.position), '[]')
   FROM "StoryAuthor" byline JOIN "Author" a ON a.id = byline."authorId"
   LEFT JOIN "Media" photo ON photo.id = a."photoId"
   WHERE byline."storyId" = s.id) AS authors,
  (SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name), '[]')
   FROM "StoryTag" tagged JOIN "Tag" t ON t.id = tagged."tagId"
   WHERE tagged."storyId" = s.id) AS tags,
  (SELECT coalesce(json_agg(json_build_object('kind', am.kind, 'text', am.text, 'createdAt', ${iso('am."createdAt"')})
                            ORDER BY am."createdAt"), '[]')
   FROM "StoryAmendment" am WHERE am."storyId" = s.id) AS amendments,
  (SELECT coalesce(json_agg(json_build_object('slug', r.slug, 'headline', r.headline,
                                              'publishedAt', ${iso('r."publishedAt"')}, 'linked', r.linked,
                                              'imageVariants', r."imageVariants", 'imageAlt', r."imageAlt")
                            ORDER BY r.linked DESC, r.position), '[]')
   FROM (
     (SELECT other.slug, other.headline, other."publishedAt", true AS linked, link.position,
             picture.variants AS "imageVariants", other."heroImageAlt" AS "imageAlt"
      FROM "StoryLink" link JOIN "Story" other ON other.id = link."toStoryId"
      LEFT JOIN "Media" picture ON picture.id = other."heroImageId"
      WHERE link."fromStoryId" = s.id AND ${visible("other")}
      ORDER BY link.position LIMIT ${MAX_STORY_LINKS})
     UNION ALL
     (SELECT other.slug, other.headline, other."publishedAt", false AS linked, suggestion.rank,
             picture.variants, other."heroImageAlt"
      FROM "StorySuggestion" suggestion JOIN "Story" other ON other.id = suggestion."suggestedId"
      LEFT JOIN "Media" picture ON picture.id = other."heroImageId"
      WHERE suggestion."storyId" = s.id AND ${visible("other")}
        AND NOT EXISTS (SELECT 1 FROM "StoryLink" link WHERE link."fromStoryId" = s.id AND link."toStoryId" = other.id)
      ORDER BY suggestion.rank LIMIT $2)
   ) r) AS related
FROM "Story" s
LEFT JOIN "Section" section ON section.id = s."sectionId"
LEFT JOIN "Media" hero ON hero.id = s."heroImageId"
WHERE s.slug = $1 AND ${visible("s")}`;

/** Thumbnails beside related headlines are at most this wide on any screen. */
const RELATED_THUMBNAIL_WIDTH = 480;

export type RelatedHeadline = {
  slug: string;
  headline: string;
  publishedAt: string;
  /** Chosen by an editor; false for a suggestion. */
  linked: boolean;
  image: StoryImage | null;
};

/** A related row as the statement returns it (JSON, so times are strings). */
export type RelatedRow = Omit<RelatedHeadline, "image"> & { imageVariants: unknown; imageAlt: string | null };

/**
 * The related headlines readers get from the statement's rows: every linked
 * story, then suggestions only while the list is shorter than `length`;
 * never the story itself or a story twice.
 */
export function relatedFromRows(ownSlug: string, rows: RelatedRow[], length: number): RelatedHeadline[] {
  const seen = new Set<string>([ownSlug]);
  const unique = rows.filter((item) => !seen.has(item.slug) && seen.add(item.slug));
  const linked = unique.filter((item) => item.linked);
  const suggested = unique.filter((item) => !item.linked);
  return fillRelated(linked, suggested, length).map(({ imageVariants, imageAlt, ...item }) => ({
    ...item,
    publishedAt: new Date(item.publishedAt).toISOString(),
    image: storyImageFrom(imageVariants, imageAlt, RELATED_THUMBNAIL_WIDTH),
  }));
}

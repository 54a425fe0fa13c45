/**
 * The picture a story shows when it is shared or found: its hero image, or
 * else a social card the site draws (app/(site)/stories/[slug]/social-card.png).
 * Open Graph, Twitter and the NewsArticle JSON-LD all name it, by an absolute
 * address. Pure, so the metadata, the JSON-LD and their tests agree.
 */
import { createHash } from "node:crypto";

export const SOCIAL_CARD_WIDTH = 1200;
export const SOCIAL_CARD_HEIGHT = 630;
/** Part of every card's version: change it when the card's design changes, so shared links fetch it anew. */
const CARD_DESIGN = "card-1";

type Site = { url: string; name: string };

/** What a story's card shows; the card's address changes whenever any of it does. */
export type CardStory = { slug: string; headline: string; section: { name: string } | null };

/** A short hash of what the card shows: a new headline (or section, or site name) is a new address. */
export function socialCardVersion(story: CardStory, site: Pick<Site, "name">): string {
  return createHash("sha256")
    .update(JSON.stringify([CARD_DESIGN, story.headline, story.section?.name ?? null, site.name]))
    .digest("base64url")
    .slice(0, 12);
}

/** The card's path on this site, with its version. */
export const socialCardPath = (story: CardStory, site: Pick<Site, "name">) =>
  `/stories/${story.slug}/social-card.png?v=${socialCardVersion(story, site)}`;

export type ShareImage = { url: string; width: number; height: number; alt: string; type: string };

/**
 * The story's picture for other sites: the widest copy of its hero image, or
 * its social card. Always an absolute address.
 */
export function storyShareImage(
  story: CardStory & { heroImage: { src: string; width: number; height: number; alt: string } | null },
  site: Site,
): ShareImage {
  if (story.heroImage) {
    const { src, width, height, alt } = story.heroImage;
    // Our media route serves WebP copies only (lib/content/media-url.ts).
    return { url: `${site.url}${src}`, width, height, alt, type: "image/webp" };
  }
  return {
    url: `${site.url}${socialCardPath(story, site)}`,
    width: SOCIAL_CARD_WIDTH,
    height: SOCIAL_CARD_HEIGHT,
    alt: `${story.headline} (${site.name})`,
    type: "image/png",
  };
}

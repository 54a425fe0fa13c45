/** The site's card for Twitter's tags: the same picture as app/(site)/opengraph-image.tsx. */
import { site } from "@/lib/platform/site";
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from "@/lib/reader/social-card";
import { siteCardResponse } from "@/lib/reader/social-card-image";

export const alt = `${site.name}`;
export const size = { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT };
export const contentType = "image/png";

export default function Image() {
  return siteCardResponse(site);
}

/** The site's card (lib/reader/social-card-image.tsx): Open Graph's picture for every reader page without one of its own. */
import { site } from "@/lib/platform/site";
import { SOCIAL_CARD_HEIGHT, SOCIAL_CARD_WIDTH } from "@/lib/reader/social-card";
import { siteCardResponse } from "@/lib/reader/social-card-image";

export const alt = `${site.name}`;
export const size = { width: SOCIAL_CARD_WIDTH, height: SOCIAL_CARD_HEIGHT };
export const contentType = "image/png";

export default function Image() {
  return siteCardResponse(site);
}

import { CORRECTIONS_TAG } from "@/lib/delivery/cache-tags";
import { correctionsFeedDocument } from "@/lib/reader/corrections";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/reader/feeds";

export async function GET() {
  return xmlResponse(await correctionsFeedDocument(), [CORRECTIONS_TAG], RSS_CONTENT_TYPE);
}

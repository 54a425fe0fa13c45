import { CORRECTIONS_TAG } from "@/lib/cache-tags";
import { correctionsFeedDocument } from "@/lib/corrections";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await correctionsFeedDocument(), [CORRECTIONS_TAG], RSS_CONTENT_TYPE);
}

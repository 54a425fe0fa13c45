import { FEEDS_TAG } from "@/lib/delivery/cache-tags";
import { RSS_CONTENT_TYPE, siteFeedDocument, xmlResponse } from "@/lib/reader/feeds";

export async function GET() {
  return xmlResponse(await siteFeedDocument(), [FEEDS_TAG], RSS_CONTENT_TYPE);
}

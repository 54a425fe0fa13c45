import { FEEDS_TAG } from "@/lib/cache-tags";
import { RSS_CONTENT_TYPE, siteFeedDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await siteFeedDocument(), [FEEDS_TAG], RSS_CONTENT_TYPE);
}

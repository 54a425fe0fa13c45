import { RSS_CONTENT_TYPE, siteFeedDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await siteFeedDocument(), RSS_CONTENT_TYPE);
}

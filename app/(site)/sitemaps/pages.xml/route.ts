import { SITEMAPS_TAG } from "@/lib/delivery/cache-tags";
import { pagesSitemapDocument, xmlResponse } from "@/lib/reader/feeds";

export async function GET() {
  return xmlResponse(await pagesSitemapDocument(), [SITEMAPS_TAG]);
}

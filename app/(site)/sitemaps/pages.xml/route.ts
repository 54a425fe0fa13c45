import { SITEMAPS_TAG } from "@/lib/cache-tags";
import { pagesSitemapDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await pagesSitemapDocument(), [SITEMAPS_TAG]);
}

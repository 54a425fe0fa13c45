import { SITEMAPS_TAG } from "@/lib/delivery/cache-tags";
import { newsSitemapDocument, xmlResponse } from "@/lib/reader/feeds";

export async function GET() {
  return xmlResponse(await newsSitemapDocument(), [SITEMAPS_TAG]);
}

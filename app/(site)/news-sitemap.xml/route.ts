import { SITEMAPS_TAG } from "@/lib/cache-tags";
import { newsSitemapDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await newsSitemapDocument(), [SITEMAPS_TAG]);
}

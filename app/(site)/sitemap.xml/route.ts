import { SITEMAPS_TAG } from "@/lib/delivery/cache-tags";
import { sitemapIndexDocument, xmlResponse } from "@/lib/reader/feeds";

// Next takes a route named sitemap.xml for a static metadata file and would
// build it once; like the other sitemaps, it is made on request from cached data.
export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse(await sitemapIndexDocument(), [SITEMAPS_TAG]);
}

import { sitemapIndexDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await sitemapIndexDocument());
}

import { SITEMAPS_TAG } from "@/lib/delivery/cache-tags";
import { notFoundResponse, storySitemapDocument, xmlResponse } from "@/lib/reader/feeds";

// The segment is the whole file name, "3.xml": folder names cannot hold a parameter and a suffix.
const PAGE_FILE = /^([1-9][0-9]{0,8})\.xml$/;

export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const match = PAGE_FILE.exec((await params).page);
  const document = match?.[1] ? await storySitemapDocument(Number(match[1])) : null;
  return document ? xmlResponse(document, [SITEMAPS_TAG]) : notFoundResponse();
}

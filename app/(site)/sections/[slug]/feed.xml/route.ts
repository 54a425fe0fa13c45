import { FEEDS_TAG, sectionTag } from "@/lib/cache-tags";
import { notFoundResponse, RSS_CONTENT_TYPE, sectionFeedDocument, xmlResponse } from "@/lib/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const document = await sectionFeedDocument(slug);
  return document ? xmlResponse(document, [FEEDS_TAG, sectionTag(slug)], RSS_CONTENT_TYPE) : notFoundResponse();
}

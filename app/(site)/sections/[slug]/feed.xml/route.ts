import { FEEDS_TAG, sectionTag } from "@/lib/delivery/cache-tags";
import { notFoundResponse, RSS_CONTENT_TYPE, sectionFeedDocument, xmlResponse } from "@/lib/reader/feeds";
import { findRenamedSectionSlug } from "@/lib/newsroom/sections";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const document = await sectionFeedDocument(slug);
  if (document) return xmlResponse(document, [FEEDS_TAG, sectionTag(slug)], RSS_CONTENT_TYPE);
  // A renamed section's old feed moves for good, as its page does: feed readers update their subscription.
  const renamed = await findRenamedSectionSlug(slug);
  if (renamed) return new Response(null, { status: 308, headers: { Location: `/sections/${renamed}/feed.xml` } });
  return notFoundResponse();
}

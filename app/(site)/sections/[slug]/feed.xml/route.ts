import { notFoundResponse, RSS_CONTENT_TYPE, sectionFeedDocument, xmlResponse } from "@/lib/feeds";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const document = await sectionFeedDocument((await params).slug);
  return document ? xmlResponse(document, RSS_CONTENT_TYPE) : notFoundResponse();
}

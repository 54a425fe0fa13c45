import { newsSitemapDocument, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await newsSitemapDocument());
}

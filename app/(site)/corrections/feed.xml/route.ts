import { correctionsFeedDocument } from "@/lib/corrections";
import { RSS_CONTENT_TYPE, xmlResponse } from "@/lib/feeds";

export async function GET() {
  return xmlResponse(await correctionsFeedDocument(), RSS_CONTENT_TYPE);
}

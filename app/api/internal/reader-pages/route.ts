/**
 * Refreshes reader pages in this process for code that runs outside a
 * request (lib/reader-cache.ts): the scheduler, and the listener that hears of
 * other processes' writes. Only this site's own processes can call it.
 */
import { z } from "zod";
import { isInternalToken, readerPageChangeSchema, refreshReaderPages } from "@/lib/reader-cache";

const bodySchema = readerPageChangeSchema.extend({
  broadcast: z.boolean().default(false),
  followUp: z.boolean().default(false),
});

export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isInternalToken(token)) return Response.json({ error: "Not allowed." }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send the pages to refresh." }, { status: 400 });
  const { broadcast, followUp, ...change } = parsed.data;
  refreshReaderPages(change, { broadcast, followUp });
  return Response.json({ refreshed: change.everything ? "everything" : change.paths.length });
}

/**
 * Refreshes the reader pages of stories the scheduler just published. Only
 * the server's own scheduler calls it (lib/scheduler.ts): Next.js revalidates
 * cache tags only while handling a request.
 */
import { revalidatePath, revalidateTag } from "next/cache";
import { pathsForTag } from "@/lib/cache-tags";
import { z } from "zod";
import { isSchedulerToken, tagsForPublished } from "@/lib/scheduler";
import { slugSchema } from "@/lib/validation/story";

const bodySchema = z.object({ slugs: z.array(slugSchema).min(1).max(500) });

export async function POST(request: Request) {
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? null;
  if (!isSchedulerToken(token)) return Response.json({ error: "Not allowed." }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "Send the published slugs." }, { status: 400 });
  for (const tag of tagsForPublished(parsed.data.slugs)) {
    revalidateTag(tag, { expire: 0 });
    for (const path of pathsForTag(tag)) revalidatePath(path);
  }
  return Response.json({ revalidated: parsed.data.slugs.length });
}

/** The link picker's search: stories whose headline or text match, as JSON, for signed-in staff only. */
import { searchStoriesToLink } from "@/lib/newsroom/links";
import { getCurrentStaff } from "@/lib/people/session";
import { storySearchParamsSchema } from "@/lib/validation/workflow";

export async function GET(request: Request) {
  if (!(await getCurrentStaff())) return Response.json({ error: "Sign in first." }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const parsed = storySearchParamsSchema.safeParse({
    q: params.get("q") ?? "",
    exclude: params.get("exclude") ?? undefined,
  });
  if (!parsed.success) return Response.json([]);
  const stories = await searchStoriesToLink(parsed.data.q, parsed.data.exclude);
  // An array of { slug, headline, status }, best match first.
  return Response.json(stories, { headers: { "cache-control": "private, no-store" } });
}

/**
 * A story's social card (lib/reader/social-card-image.tsx), named by Open Graph,
 * Twitter and the JSON-LD when the story has no hero image. Its address
 * carries a hash of what it shows (?v=, lib/reader/social-card.ts), so a new
 * headline is a new address; an older one is sent on to the current card.
 * Readers must be able to see the story: a draft or unpublished story has no card.
 */
import { storyTag, SURROGATE_KEY_HEADER } from "@/lib/delivery/cache-tags";
import { site } from "@/lib/platform/site";
import { socialCardPath, socialCardVersion } from "@/lib/reader/social-card";
import { storyCardResponse } from "@/lib/reader/social-card-image";
import { loadPublishedStory } from "@/lib/reader/stories";

type Context = { params: Promise<{ slug: string }> };

// Drawing a card takes a tenth of a second or more; the last few drawn are kept (a few hundred KB).
const drawn = new Map<string, Uint8Array<ArrayBuffer>>();
const KEPT = 32;

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: Context) {
  const story = await loadPublishedStory((await params).slug);
  if (!story) return notFound();
  const version = socialCardVersion(story, site);
  if (new URL(request.url).searchParams.get("v") !== version) {
    return new Response(null, {
      status: 307,
      headers: { Location: `${site.url}${socialCardPath(story, site)}`, "Cache-Control": "no-store" },
    });
  }
  const key = `${story.slug}?v=${version}`;
  let png = drawn.get(key);
  if (!png) {
    png = new Uint8Array(await (await storyCardResponse(story, site)).arrayBuffer());
    drawn.set(key, png);
    if (drawn.size > KEPT) drawn.delete(drawn.keys().next().value!);
  }
  return new Response(png, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.length),
      // Browsers may keep it ten minutes; shared caches until the story
      // changes (its cache tag), when an unpublished story's card goes too.
      "Cache-Control": "public, max-age=600",
      [SURROGATE_KEY_HEADER]: storyTag(story.slug),
      "X-Content-Type-Options": "nosniff",
    },
  });
}

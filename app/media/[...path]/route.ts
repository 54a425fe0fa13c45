/** Serves uploaded images' WebP copies. Their names never change, so browsers may keep them for a year. */
import { readMediaVariant } from "@/lib/newsroom/media-uploads";

type Context = { params: Promise<{ path: string[] }> };

export async function GET(_request: Request, { params }: Context) {
  const image = await readMediaVariant((await params).path.join("/"));
  if (!image) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(new Uint8Array(image), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(image.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An image needs no scripts, styles or frames, even when opened on its own.
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

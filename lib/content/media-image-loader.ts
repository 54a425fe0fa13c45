"use client";
/**
 * How next/image asks for a story picture (next.config.mjs `images.loaderFile`):
 * straight from the WebP copies every upload already has (480, 960 and 1600
 * pixels wide, lib/newsroom/media-uploads.ts), the smallest one at least as wide as the
 * browser wants. Nothing is resized or re-encoded per request: each copy is a
 * file sent as immutable (app/media), so browsers, CDNs and the page cache
 * keep it. Next's own optimizer would encode every request anew here, since
 * it keeps its results only where rendered pages go to disk, which this
 * site turns off (next.config.mjs, isrFlushToDisk).
 */
import { MEDIA_VARIANT_WIDTHS } from "./media-url";

// /media/<id>/w<width>.webp: a copy of an upload, the only images the site shows through next/image.
const variantAddress = /^\/media\/([0-9a-f-]{36})\/w(\d{1,5})\.webp$/;

export default function mediaImageLoader({ src, width }: { src: string; width: number }): string {
  const match = variantAddress.exec(src);
  if (!match) return src;
  // `src` is the widest copy the page chose; an upload narrower than a copy's width has no wider copy.
  const widest = Number(match[2]);
  const wanted = MEDIA_VARIANT_WIDTHS.find((copyWidth) => copyWidth >= width) ?? widest;
  return wanted >= widest ? src : `/media/${match[1]}/w${wanted}.webp`;
}

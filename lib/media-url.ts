/**
 * Addresses of uploaded images. Shared by the server (which stores and serves
 * them) and the editor (which may only place the newsroom's own images), so
 * it holds no server code.
 */

/** Widths of the WebP copies made of every upload; the original is never served. */
export const MEDIA_VARIANT_WIDTHS = [480, 960, 1600] as const;

// <media id>/w<width>.webp: what /media/[...path] serves, and all it serves.
const variantKeyPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/w\d{1,5}\.webp$/;

export const isMediaVariantKey = (key: string) => variantKeyPattern.test(key);

export const mediaUrl = (key: string) => `/media/${key}`;

/** True for the address of one of our own image variants, the only images a body may hold. */
export function isMediaSrc(src: string): boolean {
  return src.startsWith("/media/") && isMediaVariantKey(src.slice("/media/".length));
}

export type MediaVariant = { width: number; height: number; key: string };

/** The smallest variant at least `width` wide, else the widest there is. */
export function variantFor(variants: MediaVariant[], width: number): MediaVariant | undefined {
  const sorted = [...variants].sort((a, b) => a.width - b.width);
  return sorted.find((variant) => variant.width >= width) ?? sorted.at(-1);
}

/** An image of the media library as the editor offers it. */
export type LibraryImage = {
  id: string;
  /** The copy to show in the editor and in bodies (about 960 pixels wide). */
  src: string;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
};

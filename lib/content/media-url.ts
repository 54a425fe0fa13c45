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

/**
 * A story's picture as lists show it (front page, archives, beside related
 * headlines): one WebP copy and its size, which next/image resizes for the
 * reader's screen. Plain data, so it passes through caches as JSON.
 */
export type StoryImage = { src: string; width: number; height: number; alt: string };

/**
 * The picture of a story with a hero: its copy at least `width` wide (the
 * optimizer only shrinks, so ask for the widest it will be shown at), or null
 * when there is no usable copy or no alternative text, since a picture
 * readers cannot be told about is left out rather than shown mute.
 */
export function storyImageFrom(
  storedVariants: unknown,
  alt: string | null | undefined,
  width: number = MEDIA_VARIANT_WIDTHS.at(-1)!,
): StoryImage | null {
  if (!alt || !Array.isArray(storedVariants)) return null;
  const variants = storedVariants.filter(isMediaVariant);
  const variant = variantFor(variants, width);
  if (!variant) return null;
  return { src: mediaUrl(variant.key), width: variant.width, height: variant.height, alt };
}

// Variants are stored as JSON: take only well-formed ones of our own files.
function isMediaVariant(value: unknown): value is MediaVariant {
  if (typeof value !== "object" || value === null) return false;
  const { width, height, key } = value as Partial<Record<keyof MediaVariant, unknown>>;
  return (
    typeof width === "number" &&
    width > 0 &&
    typeof height === "number" &&
    height > 0 &&
    typeof key === "string" &&
    isMediaVariantKey(key)
  );
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
  /** The caption the library offers wherever the image is placed (listed for the editor only). */
  caption?: string | null;
};

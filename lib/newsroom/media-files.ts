/**
 * An image's files under the media root: the original as it came, and the
 * WebP copies readers get. Free of `server-only` and of the database, so that
 * the seed stores its demo images exactly as an upload is stored
 * (lib/newsroom/media-uploads.ts records the Media row and checks who uploads what).
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { MEDIA_VARIANT_WIDTHS, type MediaVariant } from "../content/media-url";

/** Where a Media row's original is kept, relative to the media root. */
export const originalKey = (id: string, extension: string) => `${id}/original.${extension}`;

/**
 * Writes `bytes` as `<id>/original.<extension>` and its WebP copies (480, 960
 * and 1600 pixels wide, or the original's width when it is narrower) under
 * `root`; returns the copies, narrowest first.
 */
export async function writeImageFiles(
  root: string,
  id: string,
  bytes: Buffer,
  extension: string,
  width: number,
): Promise<MediaVariant[]> {
  await mkdir(path.join(root, id), { recursive: true });
  await writeFile(path.join(root, originalKey(id, extension)), bytes);
  const variants: MediaVariant[] = [];
  for (const target of new Set(MEDIA_VARIANT_WIDTHS.map((wanted) => Math.min(wanted, width)))) {
    const { data, info } = await sharp(bytes)
      .autoOrient()
      .resize({ width: target })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const key = `${id}/w${info.width}.webp`;
    await writeFile(path.join(root, key), data);
    variants.push({ width: info.width, height: info.height, key });
  }
  return variants;
}

/** Removes an image's files, original and copies, from under `root`; nothing happens when there are none. */
export async function removeImageFiles(root: string, id: string): Promise<void> {
  // The id names a folder of its own: never let it climb out of the media root.
  if (!/^[0-9a-f-]{36}$/.test(id)) throw new Error(`Not an image id: ${id}`);
  await rm(path.join(root, id), { recursive: true, force: true });
}

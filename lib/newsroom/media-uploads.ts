/**
 * Uploaded images. An upload is checked by its bytes (not its name or the
 * type the browser claims), resized into WebP copies, stored on disk under
 * MEDIA_ROOT and recorded as a Media row. Readers only ever get the copies:
 * the original, with whatever camera metadata it carries, is kept but never served.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import sharp, { type Metadata as ImageMetadata } from "sharp";
import { db } from "@/lib/platform/db";
import { env } from "@/lib/platform/env";
import { InputError } from "@/lib/platform/errors";
import { originalKey, writeImageFiles } from "@/lib/newsroom/media-files";
import {
  isMediaVariantKey,
  mediaUrl,
  variantFor,
  type LibraryImage,
  type MediaVariant,
} from "@/lib/content/media-url";

export type { LibraryImage };
import { ALL_ROLES, assertRole, type StaffUser } from "@/lib/people/roles";

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
// Far beyond any camera; it keeps a small file that unpacks to a huge image from exhausting memory.
const MAX_IMAGE_PIXELS = 100_000_000;

const acceptedTypes = {
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  png: { mimeType: "image/png", extension: "png" },
  webp: { mimeType: "image/webp", extension: "webp" },
  avif: { mimeType: "image/avif", extension: "avif" },
} as const;
type AcceptedFormat = keyof typeof acceptedTypes;

const NOT_AN_IMAGE =
  "That file is not a JPEG, PNG, WebP or AVIF image. Choose a photo in one of those formats.";

function acceptedFormat(metadata: ImageMetadata): AcceptedFormat | null {
  // libvips reads AVIF as HEIF; only its AV1 flavour is AVIF (other HEIF files do not show in browsers).
  if (metadata.format === "heif") return metadata.compression === "av1" ? "avif" : null;
  return metadata.format in acceptedTypes ? (metadata.format as AcceptedFormat) : null;
}

/** The folder images are stored in. */
export const mediaRoot = () => path.resolve(env.MEDIA_ROOT);

type MediaRow = {
  id: string;
  variants: unknown;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
};

/** The stored variants list, whatever shape an old row has. */
export function variantsOf(row: { variants: unknown }): MediaVariant[] {
  if (!Array.isArray(row.variants)) return [];
  return row.variants.filter(
    (variant): variant is MediaVariant =>
      typeof variant?.key === "string" &&
      typeof variant?.width === "number" &&
      typeof variant?.height === "number",
  );
}

export function toLibraryImage(row: MediaRow, width = 960): LibraryImage {
  const variant = variantFor(variantsOf(row), width);
  return {
    id: row.id,
    src: variant ? mediaUrl(variant.key) : "",
    width: variant?.width ?? row.width,
    height: variant?.height ?? row.height,
    alt: row.alt,
    credit: row.credit,
  };
}

/**
 * Stores an uploaded image and its WebP copies (480, 960 and 1600 pixels
 * wide, or the original's width when it is narrower). Any staff member may upload.
 */
export async function storeImage(
  upload: { bytes: Buffer; fileName: string },
  details: { alt: string; credit: string | null },
  user: StaffUser,
): Promise<LibraryImage> {
  assertRole(user, ALL_ROLES);
  const { bytes } = upload;
  if (bytes.length === 0) throw new InputError("Choose an image to upload.", "file");
  if (bytes.length > MAX_IMAGE_BYTES) {
    throw new InputError(
      `The image is larger than ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Export a smaller one.`,
      "file",
    );
  }
  let metadata: ImageMetadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    throw new InputError(NOT_AN_IMAGE, "file");
  }
  const format = acceptedFormat(metadata);
  if (!format || !metadata.width || !metadata.height) throw new InputError(NOT_AN_IMAGE, "file");
  if (metadata.width * metadata.height > MAX_IMAGE_PIXELS) {
    throw new InputError("The image has too many pixels. Export it at a smaller size.", "file");
  }
  // Camera photos are often stored sideways with a note to turn them; apply it.
  const { width, height } = metadata.autoOrient;

  const id = randomUUID();
  const folder = path.join(mediaRoot(), id);
  try {
    const { extension, mimeType } = acceptedTypes[format];
    const storageKey = originalKey(id, extension);
    const variants = await writeImageFiles(mediaRoot(), id, bytes, extension, width);
    const row = await db.media.create({
      data: {
        id,
        fileName: upload.fileName.slice(0, 200),
        mimeType,
        width,
        height,
        bytes: bytes.length,
        storageKey,
        variants,
        alt: details.alt,
        credit: details.credit,
        uploadedById: user.id,
      },
      select: { id: true, variants: true, width: true, height: true, alt: true, credit: true },
    });
    return toLibraryImage(row);
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** The newest images, for the media library in the editor. */
export async function listLibraryImages(limit = 48): Promise<LibraryImage[]> {
  const rows = await db.media.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, variants: true, width: true, height: true, alt: true, credit: true, caption: true },
  });
  return rows.map((row) => ({ ...toLibraryImage(row), caption: row.caption }));
}

/** A variant's bytes for the media route, or null when there is no such file. */
export async function readMediaVariant(key: string): Promise<Buffer | null> {
  // Only names this module writes; anything else (a path with "..", the original) is not found.
  if (!isMediaVariantKey(key)) return null;
  try {
    return await readFile(path.join(mediaRoot(), key));
  } catch {
    return null;
  }
}

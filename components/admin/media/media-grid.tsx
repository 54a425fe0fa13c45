import Link from "next/link";
import type { MediaListItem } from "@/lib/newsroom/media-library";
import { Thumbnail, ThumbnailGrid } from "./thumbnail-grid";

/** A page of the library: each image, its alt text and file name, opening its own page. */
export function MediaGrid({ images }: { images: MediaListItem[] }) {
  return (
    <ThumbnailGrid label="Images" images={images} className="grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {(image) => (
        <Link
          href={`/admin/media/${image.id}`}
          className="group block rounded border border-neutral-200 bg-white p-2 hover:border-neutral-900 focus-visible:border-neutral-900 dark:border-neutral-800 dark:bg-neutral-900 dark:hover:border-white"
        >
          {/* The link's words say what the image shows. */}
          <Thumbnail image={image} />
          <span className="mt-2 line-clamp-2 text-sm group-hover:underline">{image.alt}</span>
          <span className="block truncate text-xs text-neutral-600 dark:text-neutral-400">
            {image.fileName}
          </span>
        </Link>
      )}
    </ThumbnailGrid>
  );
}

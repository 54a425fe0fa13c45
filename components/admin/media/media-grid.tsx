import Image from "next/image";
import Link from "next/link";
import type { MediaListItem } from "@/lib/newsroom/media-library";

/** A page of the library: each image, its alt text and file name, opening its own page. */
export function MediaGrid({ images }: { images: MediaListItem[] }) {
  return (
    <ul aria-label="Images" className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {images.map((image) => (
        <li key={image.id}>
          <Link
            href={`/admin/media/${image.id}`}
            className="group block rounded border border-neutral-200 bg-white p-2 hover:border-neutral-900 focus-visible:border-neutral-900 dark:border-neutral-800 dark:bg-neutral-900 dark:hover:border-white"
          >
            {image.src ? (
              <Image
                src={image.src}
                // The link's words say what the image shows.
                alt=""
                width={image.width}
                height={image.height}
                unoptimized
                className="aspect-[4/3] w-full rounded-sm bg-neutral-100 object-cover dark:bg-neutral-800"
              />
            ) : (
              <span className="block aspect-[4/3] w-full bg-neutral-100 dark:bg-neutral-800" />
            )}
            <span className="mt-2 line-clamp-2 text-sm group-hover:underline">{image.alt}</span>
            <span className="block truncate text-xs text-neutral-600 dark:text-neutral-400">{image.fileName}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

"use client";
import type { LibraryImage } from "@/lib/content/media-url";
import { ImageUpload } from "./image-upload";
import { Thumbnail, ThumbnailGrid } from "./thumbnail-grid";

/** Pick an image from the library, or upload one (which is then picked). */
export function MediaLibrary({
  images,
  chooseLabel,
  onChoose,
  onUploaded,
}: {
  images: LibraryImage[];
  /** The verb on each image's button: "Insert", "Use as hero image". */
  chooseLabel: string;
  onChoose: (image: LibraryImage) => void;
  onUploaded: (image: LibraryImage) => void;
}) {
  return (
    <div className="space-y-3 rounded border border-neutral-300 bg-neutral-50 p-3 dark:border-neutral-700 dark:bg-neutral-900">
      <ImageUpload
        onUploaded={(image) => {
          onUploaded(image);
          onChoose(image);
        }}
      />
      {images.length > 0 ? (
        <ThumbnailGrid
          label="Media library"
          images={images}
          className="max-h-72 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4"
        >
          {(image) => (
            <button
              type="button"
              onClick={() => onChoose(image)}
              aria-label={`${chooseLabel}: ${image.alt}`}
              className="block w-full rounded border border-transparent hover:border-neutral-900 focus-visible:border-neutral-900 dark:hover:border-white"
            >
              <Thumbnail image={image} />
            </button>
          )}
        </ThumbnailGrid>
      ) : (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          The library is empty: upload the first image.
        </p>
      )}
    </div>
  );
}

import Image from "next/image";
import type { StoryImage } from "@/lib/content/media-url";

/**
 * A story's picture in a 16:9 box, cropped to fill it, so the page keeps its
 * shape whether or not the file has arrived. Served through the image
 * optimizer (AVIF or WebP at the width `sizes` asks for). Lazy unless it is
 * the page's main picture (`priority`): then it is preloaded, fetched first
 * and never deferred, since it is what readers look at first.
 */
export function StoryThumbnail({
  image,
  sizes,
  className = "",
  priority = false,
}: {
  image: StoryImage;
  /** How wide the box is at each screen width, e.g. "(min-width: 640px) 12rem, 100vw". */
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  return (
    <Image
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      {...(priority ? { preload: true, loading: "eager", fetchPriority: "high" } : { loading: "lazy" })}
      className={`aspect-video h-auto w-full bg-neutral-200 object-cover dark:bg-neutral-800 ${className}`}
    />
  );
}

import Image from "next/image";

type Thumbnailed = { id: string; src: string; width: number; height: number };

/**
 * A grid of library images, each drawn the same way wherever the library is
 * shown: its own page (a link to each image) and the pickers of the editor,
 * the hero image and the profile photo (a button for each).
 */
export function ThumbnailGrid<T extends Thumbnailed>({
  label,
  images,
  className,
  children,
}: {
  label: string;
  images: T[];
  /** The columns, and a height limit when the grid scrolls. */
  className: string;
  /** The image's link or button, around its <Thumbnail>. */
  children: (image: T) => React.ReactNode;
}) {
  return (
    <ul aria-label={label} className={`grid ${className}`}>
      {images.map((image) => (
        <li key={image.id}>{children(image)}</li>
      ))}
    </ul>
  );
}

/** An image at 4:3, cropped to fill; its link or button says what it shows. */
export function Thumbnail({ image }: { image: Thumbnailed }) {
  if (!image.src) return <span className="block aspect-[4/3] w-full bg-neutral-100 dark:bg-neutral-800" />;
  return (
    <Image
      src={image.src}
      alt=""
      width={image.width}
      height={image.height}
      unoptimized
      className="aspect-[4/3] w-full rounded-sm bg-neutral-100 object-cover dark:bg-neutral-800"
    />
  );
}

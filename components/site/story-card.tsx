import Link from "next/link";
import type { StorySummary } from "@/lib/reader/stories";
import { Byline } from "./byline";
import { StoryThumbnail } from "./story-thumbnail";
import { StoryTime } from "./story-time";

/**
 * A story in a list: section, headline, dek, byline and time, with its
 * picture when it has one. The lead's picture is large above its headline;
 * other cards show theirs small beside the words on phones and above them on
 * wider screens.
 */
export function StoryCard({
  story,
  timeZone,
  lead = false,
  headingLevel = 2,
  imageSizes,
}: {
  story: StorySummary;
  timeZone: string;
  lead?: boolean;
  /** The level that keeps the page's outline: 3 under a section heading. */
  headingLevel?: 2 | 3;
  /**
   * How wide the picture is shown at each screen width (next/image's
   * `sizes`), so phones get small files; without it the card has no picture.
   */
  imageSizes?: string;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const image = imageSizes ? story.image : null;
  // The headline's link is the one readers and screen readers use; the
  // picture's repeats it for the mouse only.
  const picture = image && (
    <Link prefetch={false}
      href={`/stories/${story.slug}`}
      tabIndex={-1}
      aria-hidden="true"
      className={lead ? "mb-4 block" : "order-last block w-28 shrink-0 sm:order-first sm:w-full"}
    >
      <StoryThumbnail image={image} sizes={imageSizes!} priority={lead} />
    </Link>
  );
  return (
    <article
      className={
        lead
          ? "border-b border-neutral-300 pb-8 dark:border-neutral-700"
          : image
            ? "flex items-start gap-4 sm:flex-col sm:items-stretch sm:gap-3"
            : ""
      }
    >
      {picture}
      <div className="min-w-0 flex-1">
        {story.section && (
          <p className="text-xs font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">
            <Link prefetch={false} href={`/sections/${story.section.slug}`} className="hover:underline">
              {story.section.name}
            </Link>
          </p>
        )}
        <Heading
          className={
            lead
              ? "mt-1 font-serif text-3xl leading-tight font-bold sm:text-5xl"
              : "mt-1 font-serif text-xl leading-snug font-bold"
          }
        >
          <Link prefetch={false} href={`/stories/${story.slug}`} className="hover:underline">
            {story.headline}
          </Link>
        </Heading>
        {story.dek && (
          <p
            className={
              lead
                ? "mt-3 text-lg text-neutral-700 dark:text-neutral-300"
                : "mt-2 text-neutral-700 dark:text-neutral-300"
            }
          >
            {story.dek}
          </p>
        )}
        <p className="mt-2 text-sm text-neutral-500 dark:text-neutral-400">
          {story.authors.length > 0 && (
            <span>
              <Byline authors={story.authors} />
              {" · "}
            </span>
          )}
          <StoryTime iso={story.publishedAt} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}

import Link from "next/link";
import { StoryThumbnail } from "@/components/site/story-thumbnail";
import { formatDate } from "@/lib/platform/format";
import type { RelatedHeadline } from "@/lib/reader/story-page-sql";

/**
 * The list under a story: every story its editors linked, in their order,
 * then suggestions. A thumbnail sits beside a headline whose story has a
 * picture; it repeats the headline's link, so it is silent for screen readers.
 */
export function RelatedHeadlines({ headlines, timeZone }: { headlines: RelatedHeadline[]; timeZone: string }) {
  if (headlines.length === 0) return null;
  return (
    <nav aria-labelledby="related-heading" className="mt-12 border-t-2 border-neutral-900 pt-4 dark:border-neutral-200">
      <h2 id="related-heading" className="font-serif text-xl font-bold">
        Related headlines
      </h2>
      <ol className="mt-3 divide-y divide-neutral-200 dark:divide-neutral-800">
        {headlines.map((item) => (
          <li key={item.slug} className="flex items-start gap-4 py-3">
            <div className="min-w-0 flex-1">
              <Link href={`/stories/${item.slug}`} prefetch={false} className="font-serif text-lg leading-snug hover:underline">
                {item.headline}
              </Link>
              <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
                <time dateTime={item.publishedAt}>{formatDate(item.publishedAt, timeZone)}</time>
              </p>
            </div>
            {item.image && (
              // The headline's link again, for the mouse: hidden from the keyboard and screen readers.
              <Link href={`/stories/${item.slug}`} prefetch={false} tabIndex={-1} aria-hidden="true" className="w-24 shrink-0 sm:w-32">
                <StoryThumbnail image={{ ...item.image, alt: "" }} sizes="(min-width: 640px) 8rem, 6rem" />
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

import Link from "next/link";
import type { StorySummary } from "@/lib/stories";
import { Byline } from "./byline";
import { StoryTime } from "./story-time";

export function StoryCard({
  story,
  timeZone,
  lead = false,
  headingLevel = 2,
}: {
  story: StorySummary;
  timeZone: string;
  lead?: boolean;
  /** The level that keeps the page's outline: 3 under a section heading. */
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 3 ? "h3" : "h2";
  return (
    <article className={lead ? "border-b border-neutral-300 pb-8 dark:border-neutral-700" : ""}>
      {story.section && (
        <p className="text-xs font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">
          <Link href={`/sections/${story.section.slug}`} className="hover:underline">
            {story.section.name}
          </Link>
        </p>
      )}
      <Heading className={lead ? "mt-1 font-serif text-3xl leading-tight font-bold sm:text-5xl" : "mt-1 font-serif text-xl leading-snug font-bold"}>
        <Link href={`/stories/${story.slug}`} className="hover:underline">
          {story.headline}
        </Link>
      </Heading>
      {story.dek && (
        <p className={lead ? "mt-3 text-lg text-neutral-700 dark:text-neutral-300" : "mt-2 text-neutral-700 dark:text-neutral-300"}>
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
    </article>
  );
}

import Link from "next/link";
import { StoryCard } from "@/components/site/story-card";
import { StoryTime } from "@/components/site/story-time";
import { FRONT_TAG, tagPage } from "@/lib/delivery/cache-tags";
import { getFrontPage } from "@/lib/reader/front-page";
import { site } from "@/lib/platform/site";

export const revalidate = 3600; // REVALIDATE_SECONDS (lib/reader/stories.ts): a literal, as Next.js requires

// How wide pictures are shown (next/image's `sizes`): the page is at most
// 72rem wide; on wide screens the lead and top stories share two thirds of it
// (45rem), the rails a quarter or a third each. Under 640 pixels other cards'
// pictures are 7rem beside their words (components/site/story-card.tsx).
const LEAD_IMAGE_SIZES = "(min-width: 1024px) 45rem, calc(100vw - 2rem)";
const TOP_IMAGE_SIZES = "(min-width: 1024px) 22rem, (min-width: 640px) calc(50vw - 2rem), 7rem";
const railImageSizes = (columns: number) =>
  `(min-width: 1024px) ${columns === 3 ? "22rem" : "16rem"}, (min-width: 640px) calc(50vw - 2rem), 7rem`;

export default async function FrontPage() {
  await tagPage([FRONT_TAG]);
  const { lead, top, rails, latest } = await getFrontPage();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="sr-only">{site.name}: the latest news</h1>
      {!lead ? (
        <p className="py-24 text-center text-neutral-600 dark:text-neutral-400">
          Nothing has been published yet.
        </p>
      ) : (
        <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-10">
            <StoryCard story={lead} timeZone={site.timeZone} lead imageSizes={LEAD_IMAGE_SIZES} />
            {top.length > 0 && (
              <section aria-labelledby="top-heading">
                <h2 id="top-heading" className="sr-only">
                  Top stories
                </h2>
                <ul className="grid gap-8 sm:grid-cols-2">
                  {top.map((story) => (
                    <li key={story.slug}>
                      <StoryCard
                        story={story}
                        timeZone={site.timeZone}
                        headingLevel={3}
                        imageSizes={TOP_IMAGE_SIZES}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          {latest.length > 0 && (
            <section
              aria-labelledby="latest-heading"
              className="lg:border-l lg:border-neutral-200 lg:pl-8 dark:lg:border-neutral-800"
            >
              <h2 id="latest-heading" className="font-serif text-xl font-bold">
                Latest
              </h2>
              <ul className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800">
                {latest.map((story) => (
                  <li key={story.slug} className="grid grid-cols-[4.5rem_1fr] gap-3 py-3">
                    <span className="pt-0.5 text-sm text-neutral-500 tabular-nums dark:text-neutral-400">
                      <StoryTime iso={story.publishedAt} timeZone={site.timeZone} short />
                    </span>
                    <Link prefetch={false} href={`/stories/${story.slug}`} className="font-serif leading-snug hover:underline">
                      {story.headline}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
      {rails.map((rail) => (
        <section
          key={rail.section.slug}
          aria-labelledby={`rail-${rail.section.slug}`}
          className="mt-12 border-t-2 border-neutral-900 pt-4 dark:border-neutral-200"
        >
          <h2 id={`rail-${rail.section.slug}`} className="font-serif text-2xl font-bold">
            <Link prefetch={false} href={`/sections/${rail.section.slug}`} className="hover:underline">
              {rail.section.name}
            </Link>
          </h2>
          <ul
            className={`mt-4 grid gap-8 sm:grid-cols-2 ${rail.stories.length === 3 ? "lg:grid-cols-3" : "lg:grid-cols-4"}`}
          >
            {rail.stories.map((story) => (
              <li key={story.slug}>
                <StoryCard
                  story={story}
                  timeZone={site.timeZone}
                  headingLevel={3}
                  imageSizes={railImageSizes(rail.stories.length)}
                />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

import Link from "next/link";
import { StoryCard } from "@/components/site/story-card";
import { getFrontPage } from "@/lib/front-page";
import { site } from "@/lib/site";

export const revalidate = 600; // REVALIDATE_SECONDS (lib/stories.ts): a literal, as Next.js requires

export default async function FrontPage() {
  const { lead, top, rails, latest } = await getFrontPage();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="sr-only">{site.name}: the latest news</h1>
      {!lead ? (
        <p className="py-24 text-center text-neutral-600 dark:text-neutral-400">Nothing has been published yet.</p>
      ) : (
        <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-10">
            <StoryCard story={lead} timeZone={site.timeZone} lead />
            {top.length > 0 && (
              <section aria-labelledby="top-heading">
                <h2 id="top-heading" className="sr-only">
                  Top stories
                </h2>
                <ul className="grid gap-8 sm:grid-cols-2">
                  {top.map((story) => (
                    <li key={story.slug}>
                      <StoryCard story={story} timeZone={site.timeZone} headingLevel={3} />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          {latest.length > 0 && (
            <section aria-labelledby="latest-heading" className="lg:border-l lg:border-neutral-200 lg:pl-8 dark:lg:border-neutral-800">
              <h2 id="latest-heading" className="font-serif text-xl font-bold">
                Latest
              </h2>
              <ul className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800">
                {latest.map((story) => (
                  <li key={story.slug} className="py-3">
                    <Link href={`/stories/${story.slug}`} className="font-serif leading-snug hover:underline">
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
        <section key={rail.section.slug} aria-labelledby={`rail-${rail.section.slug}`} className="mt-12 border-t-2 border-neutral-900 pt-4 dark:border-neutral-200">
          <h2 id={`rail-${rail.section.slug}`} className="font-serif text-2xl font-bold">
            <Link href={`/sections/${rail.section.slug}`} className="hover:underline">
              {rail.section.name}
            </Link>
          </h2>
          <ul className="mt-4 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
            {rail.stories.map((story) => (
              <li key={story.slug}>
                <StoryCard story={story} timeZone={site.timeZone} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}

import { StoryCard } from "@/components/site/story-card";
import { site } from "@/lib/site";
import { listFrontPageStories } from "@/lib/stories";

export const revalidate = 60;

export default async function FrontPage() {
  const [lead, ...rest] = await listFrontPageStories();
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="sr-only">{site.name}: the latest news</h1>
      {!lead ? (
        <p className="py-24 text-center text-neutral-600">Nothing has been published yet.</p>
      ) : (
        <>
          <StoryCard story={lead} timeZone={site.timeZone} lead />
          <section aria-labelledby="latest-heading" className="mt-8">
            <h2 id="latest-heading" className="sr-only">
              Latest stories
            </h2>
            <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
              {rest.map((story) => (
                <li key={story.slug}>
                  <StoryCard story={story} timeZone={site.timeZone} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </main>
  );
}

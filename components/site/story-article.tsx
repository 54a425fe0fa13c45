import Image from "next/image";
import Link from "next/link";
import { isLiveOrScheduled, isVisibleToReaders } from "@/lib/content/visibility";
import type { PublishedStory } from "@/lib/reader/stories";
import { Byline } from "./byline";
import { StoryTime } from "./story-time";

const amendmentLabels: Record<string, string> = {
  correction: "Correction",
  clarification: "Clarification",
  update: "Update",
};

/**
 * Where a story stands for readers, as its byline line says it: readers only
 * ever see published stories; a staff preview may show one that is not.
 */
export type Publication = { state: "published" } | { state: "scheduled"; at: string } | { state: "unpublished" };

/** What a preview says of a story's publication, by the rule of what readers see (lib/content/visibility.ts). */
export function publicationOf(status: string, publishedAt: string, now = new Date()): Publication {
  if (!isLiveOrScheduled(status)) return { state: "unpublished" };
  return isVisibleToReaders({ status, publishedAt: new Date(publishedAt) }, now)
    ? { state: "published" }
    : { state: "scheduled", at: publishedAt };
}

export function StoryArticle({
  story,
  timeZone,
  publication = { state: "published" },
}: {
  story: PublishedStory;
  timeZone: string;
  publication?: Publication;
}) {
  return (
    <article>
      <header>
        {story.section && (
          <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">
            <Link prefetch={false} href={`/sections/${story.section.slug}`} className="hover:underline">
              {story.section.name}
            </Link>
          </p>
        )}
        <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-5xl">{story.headline}</h1>
        {story.dek && <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{story.dek}</p>}
        <div className="mt-6 border-y border-neutral-200 py-3 text-sm text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">
          {story.authors.length > 0 && (
            <p className="font-semibold text-neutral-900 dark:text-neutral-100">
              <Byline authors={story.authors} linked roleTitles />
            </p>
          )}
          <p>
            {publication.state === "published" ? (
              <StoryTime iso={story.publishedAt} timeZone={timeZone} prefix="Published " />
            ) : publication.state === "scheduled" ? (
              <StoryTime iso={publication.at} timeZone={timeZone} prefix="Scheduled for " />
            ) : (
              <strong className="text-amber-800 dark:text-amber-300">Not published</strong>
            )}
            {publication.state === "published" && story.updatedAt && (
              <>
                {" · "}
                <StoryTime iso={story.updatedAt} timeZone={timeZone} prefix="Updated " />
              </>
            )}
            {" · "}
            {story.readingMinutes} min read
          </p>
        </div>
      </header>
      {story.heroImage && (
        <figure className="mt-8">
          <Image
            src={story.heroImage.src}
            alt={story.heroImage.alt}
            width={story.heroImage.width}
            height={story.heroImage.height}
            sizes="(min-width: 48rem) 48rem, 100vw"
            preload
            className="h-auto w-full"
          />
          {(story.heroImage.caption || story.heroImage.credit) && (
            <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
              {story.heroImage.caption}
              {story.heroImage.caption && story.heroImage.credit && " "}
              {story.heroImage.credit && <span>Credit: {story.heroImage.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      <div
        className="prose prose-lg prose-neutral dark:prose-invert mt-8 max-w-none font-serif"
        // bodyHtml is rendered from structured content and sanitised on save.
        dangerouslySetInnerHTML={{ __html: story.bodyHtml }}
      />
      {story.amendments.length > 0 && (
        <aside aria-label="Corrections and updates" className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950">
          <ul className="space-y-2">
            {story.amendments.map((amendment) => (
              <li key={amendment.createdAt + amendment.kind}>
                <strong>{amendmentLabels[amendment.kind] ?? amendment.kind}</strong> (
                <StoryTime iso={amendment.createdAt} timeZone={timeZone} />
                ): {amendment.text}
              </li>
            ))}
          </ul>
        </aside>
      )}
      {story.tags.length > 0 && (
        <ul aria-label="Tags" className="mt-8 flex flex-wrap gap-2">
          {story.tags.map((tag) => (
            <li key={tag.slug}>
              <Link prefetch={false}
                href={`/tags/${tag.slug}`}
                className="block rounded-full bg-neutral-100 px-3 py-1 text-sm hover:bg-neutral-200 dark:bg-neutral-800 dark:hover:bg-neutral-700"
              >
                {tag.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

import type { ArchivePage, AuthorPublicProfile } from "@/lib/reader/archives";
import { ArchivePagination } from "./archive-pagination";
import { AuthorProfileHeader } from "./author-profile";
import { StoryCard } from "./story-card";

// The list is three columns of about 22rem on wide screens, two under 1024
// pixels, and under 640 one, with pictures 7rem beside the words.
const ARCHIVE_IMAGE_SIZES = "(min-width: 1024px) 22rem, (min-width: 640px) calc(50vw - 2rem), 7rem";

/** A section's, tag's or author's page: who or what it is, then a page of stories. */
export function StoryArchive({
  kind,
  title,
  description,
  archive,
  basePath,
  timeZone,
  author,
}: {
  kind: string;
  title: string;
  description: string | null;
  archive: ArchivePage;
  basePath: string;
  timeZone: string;
  /** On an author's page: their profile, shown in place of the plain heading. */
  author?: AuthorPublicProfile;
}) {
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-8">
      {author ? (
        <AuthorProfileHeader author={author} />
      ) : (
        <header className="border-b border-neutral-300 pb-6 dark:border-neutral-700">
          <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">{kind}</p>
          <h1 className="mt-1 font-serif text-4xl font-bold">{title}</h1>
          {description && (
            <p className="mt-3 max-w-3xl text-lg text-neutral-700 dark:text-neutral-300">{description}</p>
          )}
        </header>
      )}
      {archive.stories.length === 0 ? (
        <p className="py-16 text-center text-neutral-600 dark:text-neutral-400">No stories here yet.</p>
      ) : (
        <ul className="mt-8 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {archive.stories.map((story) => (
            <li key={story.slug}>
              <StoryCard story={story} timeZone={timeZone} imageSizes={ARCHIVE_IMAGE_SIZES} />
            </li>
          ))}
        </ul>
      )}
      <ArchivePagination
        basePath={basePath}
        newerCursor={archive.newerCursor}
        olderCursor={archive.olderCursor}
      />
    </main>
  );
}

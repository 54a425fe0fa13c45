import Link from "next/link";
import { formatDateTime } from "@/lib/platform/format";

/** Tells whoever opened a preview link what they are reading, and for how long the link works. */
export function SharedPreviewBanner({
  published,
  slug,
  expiresAt,
  timeZone,
}: {
  published: boolean;
  slug: string;
  expiresAt: string;
  timeZone: string;
}) {
  return (
    <aside
      aria-label="Preview notice"
      className="mb-8 rounded border border-amber-400 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      {published ? (
        <p>
          <strong>Preview.</strong> This story has since been published:{" "}
          <Link prefetch={false} href={`/stories/${slug}`} className="font-semibold underline">
            read it on the site
          </Link>
          .
        </p>
      ) : (
        <p>
          <strong>Preview of an unpublished draft.</strong> It may change before it is published. Please do not
          share it further.
        </p>
      )}
      <p className="mt-1">
        This link works until <time dateTime={expiresAt}>{formatDateTime(expiresAt, timeZone)}</time>.
      </p>
    </aside>
  );
}

/** What a preview link that no longer works (or never did) shows, inside the site's header and footer. */
export function PreviewLinkNotWorking() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">This preview link does not work</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        It has expired, it was revoked, or it was copied incompletely. Ask the person who sent it to you for a new
        link.
      </p>
      <p className="mt-8">
        <Link prefetch={false} href="/" className="font-semibold text-blue-700 underline dark:text-blue-400">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}

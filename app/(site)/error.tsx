"use client";

import Link from "next/link";

/**
 * A reader page that failed: shown inside the (site) layout, so the header,
 * sections, search and footer stay. Client-side, so the title is set here.
 */
export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:py-24">
      <title>This page could not be shown</title>
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">This page could not be shown</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        Something went wrong on our side. Try again in a moment, or go on reading from the front page.
      </p>
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
        >
          Try again
        </button>
        <Link prefetch={false} href="/" className="font-semibold text-blue-700 underline dark:text-blue-400">
          Go to the front page
        </Link>
      </div>
    </main>
  );
}

"use client";

import Link from "next/link";
import "./globals.css";

/**
 * When the root layout itself fails, nothing of the site's frame can be
 * drawn (its sections come from the database): this stands alone, with its
 * own html and body, a way home and a search that needs no script.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <title>This page could not be shown</title>
        <header className="border-b-4 border-double border-neutral-900 dark:border-neutral-200">
          <div className="mx-auto max-w-6xl px-4 py-5">
            <Link href="/" className="font-serif text-3xl font-black tracking-tight sm:text-4xl">
              Front page
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:py-24">
          <h1 className="font-serif text-3xl font-bold sm:text-4xl">This page could not be shown</h1>
          <p className="mt-4 text-neutral-700 dark:text-neutral-300">
            Something went wrong on our side. Try again in a moment.
          </p>
          <form action="/search" role="search" aria-label="Search the stories" className="mt-8 flex flex-wrap gap-2">
            <label htmlFor="error-search" className="sr-only">
              Search the stories
            </label>
            <input
              id="error-search"
              name="q"
              type="search"
              placeholder="Search the stories"
              className="min-w-0 flex-1 rounded border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
            />
            <button
              type="submit"
              className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white dark:bg-white dark:text-neutral-900"
            >
              Search
            </button>
          </form>
          <button type="button" onClick={reset} className="mt-8 font-semibold text-blue-700 underline dark:text-blue-400">
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}

import Link from "next/link";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/search";

/** What a reader sees at an address with nothing there: where to go next. */
export function PageNotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 sm:py-24">
      <p className="text-sm font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">Error 404</p>
      <h1 className="mt-2 font-serif text-3xl font-bold sm:text-4xl">Page not found</h1>
      <p className="mt-4 text-neutral-700 dark:text-neutral-300">
        There is nothing at this address. The story may have been taken down, or the link may be mistyped.
      </p>
      <form action="/search" role="search" aria-label="Search the stories" className="mt-8 flex flex-wrap gap-2">
        <label htmlFor="not-found-search" className="sr-only">
          Search the stories
        </label>
        <input
          id="not-found-search"
          name="q"
          type="search"
          placeholder="Search the stories"
          maxLength={MAX_SEARCH_QUERY_LENGTH}
          className="min-w-0 flex-1 rounded border border-neutral-300 bg-white px-3 py-2 text-neutral-900 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
        />
        <button
          type="submit"
          className="rounded bg-neutral-900 px-4 py-2 font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
        >
          Search
        </button>
      </form>
      <p className="mt-8">
        <Link prefetch={false} href="/" className="font-semibold text-blue-700 underline dark:text-blue-400">
          Go to the front page
        </Link>
      </p>
    </main>
  );
}

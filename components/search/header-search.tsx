import Form from "next/form";
import { MAX_SEARCH_QUERY_LENGTH } from "@/lib/validation/search";

/** The search box in the site's header; it opens /search with the query. */
export function HeaderSearch() {
  return (
    <Form prefetch={false} action="/search" role="search" aria-label="Site search" className="flex items-center gap-2 text-sm">
      <label htmlFor="site-search" className="sr-only">
        Search stories
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search"
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        className="w-32 rounded border border-neutral-300 bg-white px-2 py-1 text-neutral-900 sm:w-48 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      />
      <button
        type="submit"
        className="rounded bg-neutral-900 px-3 py-1 font-semibold text-white hover:bg-neutral-700 dark:bg-white dark:text-neutral-900"
      >
        Search
      </button>
    </Form>
  );
}

import Link from "next/link";
import { StoryTime } from "@/components/site/story-time";
import { formatDate } from "@/lib/platform/format";
import type { SearchResults, SearchWindow } from "@/lib/reader/search";
import { searchHref, searchWindowHref, type SearchParams } from "@/lib/validation/search";
import { MarkedText } from "./marked-text";
import { SearchPagination } from "./search-pagination";

const day = (isoDay: string) => formatDate(`${isoDay}T12:00:00Z`, "UTC");

/** " in Europe, from Jun 1, 2025 to Jun 14, 2025": the filters a search ran with, in words. */
function describeFilters(params: SearchParams, sectionName: string | null): string {
  const parts: string[] = [];
  if (sectionName) parts.push(` in ${sectionName}`);
  if (params.from && params.to) parts.push(` from ${day(params.from)} to ${day(params.to)}`);
  else if (params.from) parts.push(` since ${day(params.from)}`);
  else if (params.to) parts.push(` until ${day(params.to)}`);
  return parts.join(",");
}

const hasFilters = (params: SearchParams) => Boolean(params.section || params.from || params.to);

const resultsOf = (value: number) => `${value.toLocaleString("en-US")} ${value === 1 ? "result" : "results"}`;

/**
 * "More than 1,000 results for “strike”": the count, honest about the stories
 * the search did not rank because they are older than its window.
 */
function describeCount(results: SearchResults, query: string, filters: string): string {
  const { value, bound } = results.count;
  if (results.window?.first === false) {
    return value === 0
      ? `Older stories: no results for ${query}${filters}`
      : `Older stories: ${resultsOf(value)} for ${query}${filters}`;
  }
  if (value === 0) return `No recent stories match ${query}${filters}`;
  if (bound === "more-than") return `More than ${resultsOf(value)} for ${query}${filters}`;
  if (bound === "at-least") return `At least ${resultsOf(value)} for ${query}${filters}`;
  return `${resultsOf(value)} for ${query}${filters}`;
}

/** Which stories a windowed search looked through, in words. */
function describeWindow(
  results: SearchResults,
  searchWindow: SearchWindow,
  params: SearchParams,
  timeZone: string,
) {
  const { first, searched, newest, oldest } = searchWindow;
  if (!newest || !oldest) return `There are no ${params.after ? "newer" : "older"} stories with these words.`;
  const stories = `${searched.toLocaleString("en-US")} ${first ? "newest" : "older"} ${searched === 1 ? "story" : "stories"} with these words`;
  const since = formatDate(oldest, timeZone);
  const until = formatDate(newest, timeZone);
  const published = first ? `since ${since}` : since === until ? `on ${since}` : `from ${since} to ${until}`;
  const looked =
    results.count.value === 0
      ? `None of the ${stories}, published ${published}, is a match.`
      : `Ranked best match first among the ${stories}, published ${published}.`;
  return searchWindow.olderCursor ? `${looked} For older ones, follow “Older stories” below.` : looked;
}

function SearchTips({ params }: { params: SearchParams }) {
  return (
    <ul className="mt-4 list-disc space-y-1 pl-6 text-neutral-700 dark:text-neutral-300">
      <li>Check the spelling, or try a different or more general word.</li>
      <li>Use fewer words: a story must contain every word you type.</li>
      <li>A phrase in quotes only matches those words side by side; try it without the quotes.</li>
      {hasFilters(params) && (
        <li>
          <Link prefetch={false}
            href={searchWindowHref({ ...params, section: null, from: null, to: null }, null)}
            className="font-semibold underline"
          >
            Search all sections and dates
          </Link>{" "}
          instead.
        </li>
      )}
    </ul>
  );
}

export function SearchResultsView({
  results,
  params,
  sectionName,
  timeZone,
}: {
  results: SearchResults;
  params: SearchParams;
  sectionName: string | null;
  timeZone: string;
}) {
  const quoted = `“${params.q}”`;

  if (results.emptyReason === "no-terms" || results.emptyReason === "only-exclusions") {
    return (
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="font-serif text-2xl font-bold">
          Nothing to search for in {quoted}
        </h2>
        <p className="mt-3 text-neutral-700 dark:text-neutral-300">
          {results.emptyReason === "no-terms"
            ? "The search leaves out very common words (such as “the” or “and”) and punctuation, and that is all this query has. Try a more specific word."
            : "A minus sign leaves a word out, but there is no word left to look for. Add one, for example: venezuela -maduro."}
        </p>
      </section>
    );
  }

  if (results.count.value === 0 && !results.window) {
    return (
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="font-serif text-2xl font-bold">
          No stories match {quoted}
          {describeFilters(params, sectionName)}
        </h2>
        <SearchTips params={params} />
      </section>
    );
  }

  const summary = describeCount(results, quoted, describeFilters(params, sectionName));
  const searchWindow = results.window;
  const newerHref = searchWindow?.newerCursor
    ? searchWindowHref(params, { after: searchWindow.newerCursor })
    : null;
  const olderHref = searchWindow?.olderCursor
    ? searchWindowHref(params, { before: searchWindow.olderCursor })
    : null;
  const windowNote = searchWindow && (
    <p className="mt-3 text-neutral-700 dark:text-neutral-300">
      {describeWindow(results, searchWindow, params, timeZone)}
      {!searchWindow.newest && (
        <>
          {" "}
          <Link prefetch={false} href={searchWindowHref(params, null)} className="font-semibold underline">
            Back to the newest results
          </Link>
        </>
      )}
    </p>
  );

  if (results.hits.length === 0 && results.count.value > 0) {
    return (
      <section aria-labelledby="results-heading" className="mt-10">
        <h2 id="results-heading" className="font-serif text-2xl font-bold">
          {summary}
        </h2>
        {windowNote}
        <p className="mt-3 text-neutral-700 dark:text-neutral-300">
          There {results.pageCount === 1 ? "is only one page" : `are only ${results.pageCount} pages`} of
          results{searchWindow ? " in these stories" : ""}.{" "}
          <Link prefetch={false} href={searchHref(params, results.pageCount)} className="font-semibold underline">
            Go to the last page
          </Link>
        </p>
      </section>
    );
  }

  return (
    <section aria-labelledby="results-heading" className="mt-10">
      <h2 id="results-heading" className="font-serif text-2xl font-bold">
        {summary}
      </h2>
      {windowNote}
      {results.hits.length > 0 && (
        <ol className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800">
          {results.hits.map((hit) => (
            <li key={hit.slug} className="py-5">
              <article>
                {hit.section && (
                  <p className="text-xs font-semibold tracking-wide text-red-700 uppercase dark:text-red-400">
                    {hit.section.name}
                  </p>
                )}
                <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                  <Link prefetch={false} href={`/stories/${hit.slug}`} className="hover:underline">
                    <MarkedText segments={hit.headline} />
                  </Link>
                </h3>
                <p className="mt-2 text-neutral-700 dark:text-neutral-300">
                  <MarkedText segments={hit.snippet} />
                </p>
                <p className="mt-2 text-sm text-neutral-500 dark:text-neutral-400">
                  <StoryTime iso={hit.publishedAt} timeZone={timeZone} />
                </p>
              </article>
            </li>
          ))}
        </ol>
      )}
      <SearchPagination
        params={params}
        page={results.page}
        pageCount={results.pageCount}
        newerHref={newerHref}
        olderHref={olderHref}
      />
    </section>
  );
}

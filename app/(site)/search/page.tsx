import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { SearchNotice } from "@/components/search/search-notice";
import { SearchResultsView } from "@/components/search/search-results";
import { listSectionsForNav } from "@/lib/reader/archives";
import { searchStories } from "@/lib/reader/search";
import { site } from "@/lib/platform/site";
import { parseSearchParams } from "@/lib/validation/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchParams(await searchParams);
  return {
    title: params.q ? `Search results for “${params.q}”` : "Search",
    // Result pages are endless variations of the stories themselves.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, problems } = parseSearchParams(await searchParams);
  const sections = await listSectionsForNav();
  const section = sections.find((choice) => choice.slug === params.section) ?? null;
  if (params.section && !section) {
    problems.section = "There is no section by that name, so all sections were searched.";
    params.section = null;
  }
  const results = params.q
    ? await searchStories({
        query: params.q,
        section: params.section,
        from: params.from,
        to: params.to,
        page: params.page,
        before: params.before,
        after: params.after,
      })
    : null;

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 id="search-heading" className="font-serif text-3xl font-bold sm:text-4xl">
        Search
      </h1>
      {/* Keyed by the search so a new search from the header resets the fields. */}
      <SearchForm
        key={JSON.stringify(params)}
        params={params}
        sections={sections}
        labelledBy="search-heading"
      />
      <SearchNotice messages={Object.values(problems)} />
      {results ? (
        <SearchResultsView
          results={results}
          params={params}
          sectionName={section?.name ?? null}
          timeZone={site.timeZone}
        />
      ) : (
        <section
          aria-labelledby="search-empty-heading"
          className="mt-10 text-neutral-700 dark:text-neutral-300"
        >
          <h2
            id="search-empty-heading"
            className="font-serif text-2xl font-bold text-neutral-900 dark:text-neutral-100"
          >
            Search the archive
          </h2>
          <p className="mt-3">
            Type a word, a name or a phrase to find every story we have published about it, best matches
            first. You can narrow the search to one section or to a range of dates.
          </p>
        </section>
      )}
    </main>
  );
}

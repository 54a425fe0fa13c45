import Link from "next/link";
import { secondaryButtonClass } from "@/components/ui/field";
import { searchHref, type SearchParams } from "@/lib/validation/search";

/** Previous and next pages of the same search, with its filters. */
export function SearchPagination({
  params,
  page,
  pageCount,
}: {
  params: SearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Search result pages" className="mt-8 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={searchHref(params, page - 1)} rel="prev" className={secondaryButtonClass}>
          Previous
        </Link>
      ) : (
        <span />
      )}
      <p className="text-neutral-600 dark:text-neutral-400">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={searchHref(params, page + 1)} rel="next" className={secondaryButtonClass}>
          Next
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

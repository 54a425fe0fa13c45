import Link from "next/link";
import { secondaryButtonClass } from "@/components/ui/field";
import { searchHref, type SearchParams } from "@/lib/validation/search";

/**
 * Previous and next pages of the same search, with its filters; and, when the
 * search has more stories than it ranks at once, links to its newer and older ones.
 */
export function SearchPagination({
  params,
  page,
  pageCount,
  newerHref,
  olderHref,
}: {
  params: SearchParams;
  page: number;
  pageCount: number;
  newerHref: string | null;
  olderHref: string | null;
}) {
  if (pageCount <= 1 && !newerHref && !olderHref) return null;
  const linkClass = "font-semibold text-blue-700 hover:underline dark:text-blue-400";
  return (
    <nav aria-label="Search result pages" className="mt-8 space-y-4 text-sm">
      {pageCount > 1 && (
        <div className="flex items-center justify-between gap-4">
          {page > 1 ? (
            <Link prefetch={false} href={searchHref(params, page - 1)} rel="prev" className={secondaryButtonClass}>
              Previous
            </Link>
          ) : (
            <span />
          )}
          <p className="text-neutral-600 dark:text-neutral-400">
            Page {page} of {pageCount}
          </p>
          {page < pageCount ? (
            <Link prefetch={false} href={searchHref(params, page + 1)} rel="next" className={secondaryButtonClass}>
              Next
            </Link>
          ) : (
            <span />
          )}
        </div>
      )}
      {(newerHref || olderHref) && (
        <div className="flex justify-between gap-4 border-t border-neutral-300 pt-4 dark:border-neutral-700">
          {newerHref ? (
            <Link prefetch={false} href={newerHref} className={linkClass}>
              ← Newer stories
            </Link>
          ) : (
            <span />
          )}
          {olderHref && (
            <Link prefetch={false} href={olderHref} className={linkClass}>
              Older stories →
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}

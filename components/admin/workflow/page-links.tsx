import Link from "next/link";

/** Previous and next links that keep the list's filters. */
export function PageLinks({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Pages" className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="underline">
          Previous page
        </Link>
      ) : (
        <span className="text-neutral-600 dark:text-neutral-400">Previous page</span>
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="underline">
          Next page
        </Link>
      ) : (
        <span className="text-neutral-600 dark:text-neutral-400">Next page</span>
      )}
    </nav>
  );
}

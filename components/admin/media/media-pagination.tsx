import Link from "next/link";

/** Newer and older pages of the library, keeping the search. */
export function MediaPagination({ query, page, pageCount }: { query: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (to: number) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (to > 1) params.set("page", String(to));
    const search = params.toString();
    return `/admin/media${search ? `?${search}` : ""}`;
  };
  return (
    <nav aria-label="Pages of images" className="flex flex-wrap items-center justify-between gap-3 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="underline">← Newer images</Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="underline">Older images →</Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

import Link from "next/link";

/** "Older corrections", and a way back to the newest once the reader has gone back in time. */
export function CorrectionsPagination({
  olderCursor,
  isFirstPage,
}: {
  olderCursor: string | null;
  isFirstPage: boolean;
}) {
  if (!olderCursor && isFirstPage) return null;
  const linkClass = "font-semibold text-blue-700 hover:underline dark:text-blue-400";
  return (
    <nav
      aria-label="More corrections"
      className="mt-8 flex justify-between border-t border-neutral-300 pt-4 dark:border-neutral-700"
    >
      {isFirstPage ? (
        <span />
      ) : (
        <Link prefetch={false} href="/corrections" className={linkClass}>
          ← Newest corrections
        </Link>
      )}
      {olderCursor && (
        <Link prefetch={false}
          href={`/corrections?before=${encodeURIComponent(olderCursor)}`}
          rel="next"
          className={linkClass}
        >
          Older corrections →
        </Link>
      )}
    </nav>
  );
}

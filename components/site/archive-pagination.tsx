import Link from "next/link";

/** Links to the newer and older pages of an archive; nothing when it fits on one page. */
export function ArchivePagination({
  basePath,
  newerCursor,
  olderCursor,
}: {
  basePath: string;
  newerCursor: string | null;
  olderCursor: string | null;
}) {
  if (!newerCursor && !olderCursor) return null;
  const linkClass = "font-semibold text-blue-700 hover:underline dark:text-blue-400";
  return (
    <nav aria-label="Pagination" className="mt-12 flex justify-between border-t border-neutral-300 pt-4 dark:border-neutral-700">
      {newerCursor ? (
        <Link prefetch={false} href={`${basePath}/after/${newerCursor}`} rel="prev" className={linkClass}>
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      {olderCursor && (
        <Link prefetch={false} href={`${basePath}/before/${olderCursor}`} rel="next" className={linkClass}>
          Older stories →
        </Link>
      )}
    </nav>
  );
}

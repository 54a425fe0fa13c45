import Link from "next/link";
import type { AuthorListRow } from "@/lib/newsroom/author-profiles";

/** Every author, with their title, the account behind them and how many stories carry their byline. */
export function AuthorTable({ authors }: { authors: AuthorListRow[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm dark:bg-neutral-900">
        <thead>
          <tr className="border-b border-neutral-200 dark:border-neutral-800">
            <th scope="col" className="px-2 py-3 sm:px-3">Name</th>
            <th scope="col" className="px-2 py-3 sm:px-3">Title</th>
            <th scope="col" className="hidden px-2 py-3 sm:table-cell sm:px-3">Account</th>
            <th scope="col" className="px-2 py-3 sm:px-3 text-right">Stories</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((author) => (
            <tr key={author.id} className="border-b border-neutral-100 dark:border-neutral-800">
              <td className="px-2 py-3 sm:px-3">
                <Link href={`/admin/authors/${author.id}`} className="font-semibold hover:underline">
                  {author.name}
                </Link>
                {!author.hasPhoto && <span className="block text-xs text-neutral-600 dark:text-neutral-400">No photo</span>}
              </td>
              <td className="px-2 py-3 sm:px-3">{author.roleTitle ?? <span className="text-neutral-600 dark:text-neutral-400">None</span>}</td>
              <td className="hidden px-2 py-3 sm:table-cell sm:px-3">
                {author.account ? (
                  <>
                    {author.account.email}
                    {author.account.deactivated && <span className="block text-xs">Deactivated</span>}
                  </>
                ) : (
                  <span className="text-neutral-600 dark:text-neutral-400">No account</span>
                )}
              </td>
              <td className="px-2 py-3 sm:px-3 text-right tabular-nums">{author.stories}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

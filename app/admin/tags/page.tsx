import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TagForm } from "@/components/admin/taxonomy/tag-form";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { listTagsForDesk } from "@/lib/newsroom/tags";
import { TAXONOMY_NAME_MAX } from "@/lib/validation/taxonomy";

export const metadata: Metadata = { title: "Tags" };

type Props = { searchParams: Promise<{ q?: string; page?: string; notice?: string }> };

const notices: Record<string, string> = { deleted: "Tag deleted." };

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const params = await searchParams;
  const query = (params.q ?? "").slice(0, 100);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? "1", 10) || 1));
  const { tags, hasNextPage } = await listTagsForDesk(query, page);
  const notice = notices[params.notice ?? ""];
  const pageHref = (to: number) =>
    `/admin/tags?${new URLSearchParams({ ...(query && { q: query }), page: String(to) })}`;
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Tags</h1>
        {notice && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
      </div>
      <section aria-labelledby="new-tag" className="space-y-3">
        <h2 id="new-tag" className="text-lg font-semibold">
          New tag
        </h2>
        <TagForm nameMax={TAXONOMY_NAME_MAX} />
      </section>

      <form role="search" action="/admin/tags" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor="tag-search" className="block text-sm font-semibold">
            Find a tag
          </label>
          <input id="tag-search" type="search" name="q" defaultValue={query} className={inputClass} />
        </div>
        <button type="submit" className={secondaryButtonClass}>
          Search
        </button>
      </form>

      <section aria-labelledby="tag-list" className="space-y-3">
        <h2 id="tag-list" className="text-lg font-semibold">
          {query ? `Tags matching “${query}”` : "All tags"}
        </h2>
        {tags.length === 0 ? (
          <p className="text-sm">{query ? "No tag matches." : "No tags yet."}</p>
        ) : (
          <table className="w-full table-fixed border-collapse text-sm">
            <thead>
              <tr className="border-b border-neutral-300 text-left dark:border-neutral-700">
                <th scope="col" className="py-2 pr-2">
                  Tag
                </th>
                <th scope="col" className="w-24 py-2 text-right">
                  Stories
                </th>
              </tr>
            </thead>
            <tbody>
              {tags.map((tag) => (
                <tr key={tag.id} className="border-b border-neutral-200 dark:border-neutral-800">
                  <td className="py-2 pr-2 break-words">
                    <Link href={`/admin/tags/${tag.id}`} className="font-semibold underline">
                      {tag.name}
                    </Link>
                    <span className="block text-xs break-all text-neutral-600 dark:text-neutral-400">
                      /tags/{tag.slug}
                    </span>
                  </td>
                  <td className="py-2 text-right tabular-nums">{tag.stories}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {(page > 1 || hasNextPage) && (
          <nav aria-label="Pages of tags" className="flex gap-4 text-sm">
            {page > 1 && (
              <Link href={pageHref(page - 1)} className="underline">
                Previous page
              </Link>
            )}
            {hasNextPage && (
              <Link href={pageHref(page + 1)} className="underline">
                Next page
              </Link>
            )}
          </nav>
        )}
      </section>
    </main>
  );
}

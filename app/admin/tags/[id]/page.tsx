import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TagDeleteForm } from "@/components/admin/taxonomy/tag-delete-form";
import { TagForm } from "@/components/admin/taxonomy/tag-form";
import { TagMergeForm } from "@/components/admin/taxonomy/tag-merge-form";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { getTagForEditing, listTagsForMerge } from "@/lib/newsroom/tags";
import { TAXONOMY_NAME_MAX } from "@/lib/validation/taxonomy";

export const metadata: Metadata = { title: "Edit tag" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  created: "Tag created.",
  saved: "Saved. Readers see the change now.",
  merged: "Merged. The other tag's stories have this one now, and its address redirects here.",
};

export default async function EditTagPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  if (!canEditAnyStory(user)) notFound();
  const { id } = await params;
  const [tag, others] = await Promise.all([getTagForEditing(id), listTagsForMerge(id)]);
  if (!tag) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/tags" className="underline">
            ← All tags
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-bold break-words">{tag.name}</h1>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {tag.stories === 1 ? "1 story" : `${tag.stories} stories`} ·{" "}
          <Link href={`/tags/${tag.slug}`} className="underline">
            View on site
          </Link>
        </p>
        {notice && (
          <p role="status" className="text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
      </div>
      <TagForm key={`${tag.slug}|${tag.name}`} tag={tag} nameMax={TAXONOMY_NAME_MAX} />
      <section
        aria-labelledby="merge"
        className="space-y-2 border-t border-neutral-200 pt-6 dark:border-neutral-800"
      >
        <h2 id="merge" className="text-lg font-semibold">
          Merge into another tag
        </h2>
        <TagMergeForm tag={tag} others={others} />
      </section>
      <section
        aria-labelledby="delete"
        className="space-y-2 border-t border-neutral-200 pt-6 dark:border-neutral-800"
      >
        <h2 id="delete" className="text-lg font-semibold">
          Delete
        </h2>
        <p className="text-sm text-neutral-600 dark:text-neutral-400">
          {tag.stories === 0
            ? "No story has this tag, so it can be deleted."
            : "Only a tag no story has can be deleted. Merge this one into another tag instead."}
        </p>
        <TagDeleteForm tag={tag} />
      </section>
    </main>
  );
}

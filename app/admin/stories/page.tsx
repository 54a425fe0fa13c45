import type { Metadata } from "next";
import Link from "next/link";
import { BULK_FORM_ID } from "@/components/admin/workflow/bulk-form-id";
import { BulkStoryActions } from "@/components/admin/workflow/bulk-story-actions";
import { PageLinks } from "@/components/admin/workflow/page-links";
import { StoryListFilters } from "@/components/admin/workflow/story-list-filters";
import { StoryTable } from "@/components/admin/workflow/story-table";
import { buttonClass } from "@/components/ui/field";
import { listSections } from "@/lib/newsroom/story-reads";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { listStoriesForAdmin, listStoryFilterOptions } from "@/lib/newsroom/story-list";
import { storyListParamsSchema } from "@/lib/validation/workflow";

export const metadata: Metadata = { title: "Stories" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = { deleted: "The story was deleted for good." };

export default async function StoryListPage({ searchParams }: Props) {
  const user = await requireStaffPage();
  const raw = await searchParams;
  const params = storyListParamsSchema.parse(raw);
  // Bulk changes are for editors and admins (lib/newsroom/bulk-stories.ts checks it again).
  const bulk = canEditAnyStory(user);
  const [list, options, sections] = await Promise.all([
    listStoriesForAdmin(params),
    listStoryFilterOptions(),
    bulk ? listSections() : [],
  ]);
  const notice = notices[typeof raw.notice === "string" ? raw.notice : ""];
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["q", "status", "section", "author"] as const) if (params[key]) query.set(key, params[key]);
    if (params.sort !== "updated") query.set("sort", params.sort);
    if (page > 1) query.set("page", String(page));
    return `/admin/stories${query.size ? `?${query}` : ""}`;
  };
  return (
    <main id="main" className="mx-auto max-w-6xl space-y-6 px-4 py-8">
      <div className="flex items-center justify-between">
        <h1 className="font-serif text-3xl font-bold">Stories</h1>
        <Link href="/admin/stories/new" className={buttonClass}>
          New story
        </Link>
      </div>
      {notice && (
        <p role="status" className="text-sm text-green-700 dark:text-green-400">
          {notice}
        </p>
      )}
      <StoryListFilters values={params} sections={options.sections} authors={options.authors} />
      <p className="text-sm text-neutral-600 dark:text-neutral-400" aria-live="polite">
        {list.total === 0 ? "No story matches." : `${list.total} ${list.total === 1 ? "story" : "stories"}`}
      </p>
      {bulk && list.stories.length > 0 && <BulkStoryActions sections={sections} />}
      {list.stories.length > 0 && (
        <StoryTable stories={list.stories} timeZone={site.timeZone} selectForm={bulk ? BULK_FORM_ID : undefined} />
      )}
      <PageLinks page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </main>
  );
}

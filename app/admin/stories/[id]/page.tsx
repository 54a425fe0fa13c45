import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AmendmentsPanel } from "@/components/admin/editor/amendments-panel";
import { SharePreviewPanel } from "@/components/admin/preview/share-preview-panel";
import { StatusBadge } from "@/components/admin/status-badge";
import { StoryForm } from "@/components/admin/story-form";
import { workflowNotices } from "@/components/admin/workflow/notices";
import { StoryAside } from "@/components/admin/workflow/story-aside";
import { getStoryForEditing, listAuthors, listSections } from "@/lib/desk";
import { listLibraryImages } from "@/lib/media";
import { canEditAnyStory } from "@/lib/roles";
import { requireStaffPage } from "@/lib/session";
import { site } from "@/lib/site";
import { loadStoryAside } from "@/lib/story-aside";

export const metadata: Metadata = { title: "Edit story" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ notice?: string }> };

const notices: Record<string, string> = {
  saved: "Saved.",
  amended: "Appended. Readers see it under the story.",
  ...workflowNotices,
};

export default async function EditStoryPage({ params, searchParams }: Props) {
  const user = await requireStaffPage();
  const { id } = await params;
  const [story, sections, aside, authors, library] = await Promise.all([
    getStoryForEditing(id),
    listSections(),
    loadStoryAside(id, user),
    listAuthors(),
    listLibraryImages(),
  ]);
  if (!story || !aside) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  return (
    <main id="main" className="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <div className="mb-6 flex flex-wrap items-center gap-3">
          <h1 className="font-serif text-3xl font-bold">Edit story</h1>
          <StatusBadge status={story.status} />
          {story.status === "published" && (
            <Link href={`/stories/${story.slug}`} className="text-sm underline">
              View on site
            </Link>
          )}
          <Link href={`/admin/stories/${story.id}/preview`} className="text-sm underline">
            Preview
          </Link>
          <Link href={`/admin/stories/${story.id}/revisions`} className="text-sm underline">
            Revisions
          </Link>
        </div>
        {notice && (
          <p role="status" className="mb-4 text-sm text-green-700 dark:text-green-400">
            {notice}
          </p>
        )}
        <StoryForm
          key={story.version}
          story={story}
          sections={sections}
          authors={authors}
          library={library}
          timeZone={site.timeZone}
        />
        <AmendmentsPanel
          storyId={story.id}
          amendments={story.amendments}
          canAmend={canEditAnyStory(user)}
          timeZone={site.timeZone}
        />
      </div>
      <aside className="space-y-8">
        <StoryAside key={`${story.status}-${story.version}`} {...aside} />
        <SharePreviewPanel storyId={story.id} />
      </aside>
    </main>
  );
}

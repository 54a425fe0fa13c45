import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReadOnlyStory } from "@/components/admin/desk/read-only-story";
import { AmendmentsPanel } from "@/components/admin/editor/amendments-panel";
import { PublishActions } from "@/components/admin/publish-controls";
import { SharePreviewPanel } from "@/components/admin/preview/share-preview-panel";
import { StoryForm } from "@/components/admin/story-form";
import { workflowNotices } from "@/components/admin/workflow/notices";
import { StoryAside } from "@/components/admin/workflow/story-aside";
import { getStoryForEditing, listAuthors, listSections } from "@/lib/newsroom/story-reads";
import { listLibraryImages } from "@/lib/newsroom/media-uploads";
import { canEditAnyStory } from "@/lib/people/roles";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { loadStoryAside } from "@/lib/newsroom/edit-page-aside";
import { mayEditStory } from "@/lib/newsroom/workflow-rules";

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
    listSections({ storyId: id }),
    loadStoryAside(id, user),
    listAuthors(),
    listLibraryImages(),
  ]);
  if (!story || !aside) notFound();
  const notice = notices[(await searchParams).notice ?? ""];
  const publishActions = <PublishActions {...aside.publishing} />;
  const side = (
    <>
      <StoryAside key={`${story.status}-${story.version}`} {...aside} />
      <SharePreviewPanel storyId={story.id} />
    </>
  );
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 pt-6 pb-16">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="font-serif text-2xl font-bold">{mayEditStory(user, story) ? "Edit story" : story.status === "in_review" ? "Story in review" : "Story (read-only)"}</h1>
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
      {mayEditStory(user, story) ? (
        // No key: a workflow step re-renders the page without remounting the form and its unsaved text.
        <StoryForm
          story={story}
          sections={sections}
          authors={authors}
          library={library}
          timeZone={site.timeZone}
          publishActions={publishActions}
          aside={side}
          notice={notice}
          belowText={
            <AmendmentsPanel
              storyId={story.id}
              amendments={story.amendments}
              canAmend={canEditAnyStory(user)}
              timeZone={site.timeZone}
            />
          }
        />
      ) : (
        <ReadOnlyStory
          story={story}
          notice={notice}
          reason={
            story.status === "in_review"
              ? "In review: an editor is reading this version, so it cannot be changed now. Withdraw it from review to edit it again."
              : "Only editors can change this story now."
          }
          timeZone={site.timeZone}
          publishActions={publishActions}
          aside={side}
        />
      )}
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/admin/status-badge";
import { RelatedHeadlines } from "@/components/site/related-headlines";
import { publicationOf, StoryArticle } from "@/components/site/story-article";
import { getStoryPreview } from "@/lib/newsroom/story-reads";
import { requireStaffPage } from "@/lib/people/session";
import { site } from "@/lib/platform/site";
import { loadRelatedHeadlines } from "@/lib/reader/related";

export const metadata: Metadata = { title: "Preview", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/** The story exactly as the reader page renders it, from its last saved version, for staff only. */
export default async function StoryPreviewPage({ params }: Props) {
  await requireStaffPage();
  const { id } = await params;
  const preview = await getStoryPreview(id);
  if (!preview) notFound();
  const related = await loadRelatedHeadlines(preview.story.id);
  return (
    <>
      <div
        role="note"
        className="border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm dark:border-amber-700 dark:bg-amber-950"
      >
        <div className="mx-auto flex max-w-3xl flex-wrap items-center gap-3">
          <strong>Preview</strong> of the last saved version. <StatusBadge status={preview.status} />
          <Link href={`/admin/stories/${id}`} className="ml-auto underline">
            Back to the editor
          </Link>
        </div>
      </div>
      <main id="main" className="mx-auto max-w-3xl bg-white px-4 py-8 dark:bg-neutral-950">
        <StoryArticle
          story={preview.story}
          timeZone={site.timeZone}
          publication={publicationOf(preview.status, preview.story.publishedAt)}
        />
        <RelatedHeadlines headlines={related} timeZone={site.timeZone} />
      </main>
    </>
  );
}

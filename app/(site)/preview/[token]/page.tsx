import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RelatedHeadlines } from "@/components/site/related-headlines";
import { SharedPreviewBanner } from "@/components/site/shared-preview-banner";
import { publicationOf, StoryArticle } from "@/components/site/story-article";
import { getStoryPreview } from "@/lib/newsroom/story-reads";
import { resolvePreviewLink } from "@/lib/newsroom/preview-links";
import { loadRelatedHeadlines } from "@/lib/reader/related";
import { site } from "@/lib/platform/site";

// Never indexed, and no address of it leaves in a Referer (next.config.mjs sends X-Robots-Tag and no-store too).
export const metadata: Metadata = {
  title: "Preview of an unpublished story",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }> };

/**
 * A story's last saved version for whoever has a preview link, signed in or
 * not. A link that is malformed, tampered with, expired or revoked is the
 * not-found page beside this one.
 */
export default async function SharedPreviewPage({ params }: Props) {
  // Rendered for each request: the link may be revoked at any moment.
  await connection();
  const link = await resolvePreviewLink((await params).token);
  if (!link) notFound();
  const preview = await getStoryPreview(link.storyId);
  if (!preview) notFound();
  const related = await loadRelatedHeadlines(preview.story.id);
  const publication = publicationOf(preview.status, preview.story.publishedAt);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <SharedPreviewBanner
        published={publication.state === "published"}
        slug={preview.story.slug}
        expiresAt={link.expiresAt.toISOString()}
        timeZone={site.timeZone}
      />
      <StoryArticle story={preview.story} timeZone={site.timeZone} publication={publication} />
      <RelatedHeadlines headlines={related} timeZone={site.timeZone} />
    </main>
  );
}

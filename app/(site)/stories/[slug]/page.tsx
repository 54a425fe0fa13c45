import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { RelatedHeadlines } from "@/components/site/related-headlines";
import { StoryArticle } from "@/components/site/story-article";
import { site } from "@/lib/site";
import { findRenamedStorySlug, getPublishedStory, listRelatedHeadlines } from "@/lib/stories";

export const revalidate = 60;

// Stories are rendered on their first visit and cached from then on.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getPublishedStory((await params).slug);
  if (!story) notFound();
  return {
    title: story.seoTitle ?? story.headline,
    description: story.seoDescription ?? story.dek ?? undefined,
    alternates: { canonical: `${site.url}/stories/${story.slug}` },
  };
}

export default async function StoryPage({ params }: Props) {
  const { slug } = await params;
  const story = await getPublishedStory(slug);
  if (!story) {
    const renamed = await findRenamedStorySlug(slug);
    if (renamed) permanentRedirect(`/stories/${renamed}`);
    notFound();
  }
  const related = await listRelatedHeadlines(story.id, story.slug);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <StoryArticle story={story} timeZone={site.timeZone} />
      <RelatedHeadlines headlines={related} />
    </main>
  );
}

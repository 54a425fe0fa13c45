import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/site/json-ld";
import { RelatedHeadlines } from "@/components/site/related-headlines";
import { StoryArticle } from "@/components/site/story-article";
import { relatedTag, storyTag, tagPage } from "@/lib/delivery/cache-tags";
import { site } from "@/lib/platform/site";
import { storyShareImage } from "@/lib/reader/social-card";
import { findRenamedStorySlug, getStoryPage } from "@/lib/reader/stories";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "@/lib/reader/structured-data";

export const revalidate = 3600; // REVALIDATE_SECONDS (lib/reader/stories.ts): a literal, as Next.js requires

// Stories are rendered on their first visit and cached from then on.
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await getStoryPage((await params).slug);
  if (!story) notFound();
  const url = `${site.url}/stories/${story.slug}`;
  const title = story.seoTitle ?? story.headline;
  const description = story.seoDescription ?? story.dek ?? undefined;
  // Always a picture, by an absolute address: the hero image, or the story's social card.
  const image = storyShareImage(story, site);
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title,
      description,
      siteName: site.name,
      publishedTime: story.publishedAt,
      modifiedTime: story.updatedAt ?? undefined,
      section: story.section?.name,
      tags: story.tags.map((tag) => tag.name),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}

export default async function StoryPage({ params }: Props) {
  const { slug } = await params;
  const story = await getStoryPage(slug);
  // What this address shows (the story, or a 404 until one is published here) and the stories it lists.
  await tagPage([storyTag(slug), relatedTag(slug), ...(story?.related ?? []).map((related) => storyTag(related.slug))]);
  if (!story) {
    const renamed = await findRenamedStorySlug(slug);
    if (renamed) permanentRedirect(`/stories/${renamed}`);
    notFound();
  }
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <JsonLd json={serializeJsonLd([newsArticleJsonLd(story, site), breadcrumbJsonLd(story, site)])} />
      <StoryArticle story={story} timeZone={site.timeZone} />
      <RelatedHeadlines headlines={story.related} timeZone={site.timeZone} />
    </main>
  );
}

/** Schema.org descriptions of reader pages, for search engines. */
import { storyShareImage } from "@/lib/reader/social-card";
import type { PublishedStory, StoryAuthorProfile } from "@/lib/reader/stories";

type Site = { name: string; url: string };

export function newsArticleJsonLd(story: PublishedStory, site: Site) {
  const url = `${site.url}/stories/${story.slug}`;
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: story.headline,
    description: story.seoDescription ?? story.dek ?? undefined,
    datePublished: story.publishedAt,
    dateModified: story.updatedAt ?? story.publishedAt,
    // Always one: the hero's widest copy, or the story's social card.
    image: [storyShareImage(story, site).url],
    articleSection: story.section?.name,
    keywords: story.tags.map((tag) => tag.name),
    author: (story.authorProfiles ?? story.authors).map((author) => personJsonLd(author, site)),
    publisher: { "@type": "NewsMediaOrganization", name: site.name, url: site.url },
  };
}

/** A byline as a schema.org Person: their page, and, when their profile has them, title, photo and profiles elsewhere. */
export function personJsonLd(author: Pick<StoryAuthorProfile, "name" | "slug"> & Partial<StoryAuthorProfile>, site: Site) {
  return {
    "@type": "Person",
    name: author.name,
    url: `${site.url}/authors/${author.slug}`,
    jobTitle: author.roleTitle ?? undefined,
    image: author.photo ? new URL(author.photo.src, site.url).toString() : undefined,
    sameAs: author.sameAs?.length ? author.sameAs : undefined,
  };
}

export function breadcrumbJsonLd(story: PublishedStory, site: Site) {
  const trail = [
    { name: site.name, url: site.url },
    ...(story.section ? [{ name: story.section.name, url: `${site.url}/sections/${story.section.slug}` }] : []),
    { name: story.headline, url: `${site.url}/stories/${story.slug}` },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">, safe from closing the script early. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

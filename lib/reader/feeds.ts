/**
 * What feed readers and crawlers get: RSS feeds of the site and of each
 * section, the sitemaps and the Google News sitemap. Only published stories
 * whose time has come; cached like reader pages, so publishing shows up.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { FEEDS_TAG, sectionTag, SITEMAPS_TAG, SURROGATE_KEY_HEADER } from "@/lib/delivery/cache-tags";
import { db } from "@/lib/platform/db";
import {
  excerpt,
  renderNewsSitemap,
  renderRssFeed,
  renderSitemapIndex,
  renderUrlSet,
  type RssItem,
  type SitemapEntry,
} from "@/lib/reader/feed-documents";
import { Prisma } from "@/lib/generated/prisma/client";
import { site } from "@/lib/platform/site";
import { REVALIDATE_SECONDS } from "@/lib/reader/stories";
import { visibleToReadersSql, visibleToReadersWhere } from "@/lib/content/visibility";

export const FEED_LENGTH = 50;
/** The sitemap protocol allows 50,000; smaller files are quicker to rebuild. */
export const SITEMAP_PAGE_SIZE = 10_000;
/** Google News reads only articles from the last two days, at most 1,000 of them. */
export const NEWS_SITEMAP_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LENGTH = 1000;

// Each is dropped with the cache tags of what it lists (lib/delivery/cache-tags.ts);
// otherwise it keeps REVALIDATE_SECONDS.
const cacheOptions = { revalidate: REVALIDATE_SECONDS };

/** An absolute address on the site, as feeds and sitemaps require. */
export function absoluteUrl(path: string): string {
  return new URL(path, site.url).toString();
}

export type FeedStory = {
  id: string;
  slug: string;
  headline: string;
  /** The dek, or else the start of the body. */
  summary: string;
  publishedAt: string;
  updatedAt: string;
  authors: string[];
};

const feedStorySelect = {
  id: true,
  slug: true,
  headline: true,
  dek: true,
  bodyText: true,
  publishedAt: true,
  updatedAt: true,
  authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
} satisfies Prisma.StorySelect;

/** The newest published stories, of one section when `sectionId` is given. */
export async function loadFeedStories(
  options: { sectionId?: string; limit?: number } = {},
): Promise<FeedStory[]> {
  const rows = await db.story.findMany({
    where: { ...visibleToReadersWhere(), ...(options.sectionId ? { sectionId: options.sectionId } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: options.limit ?? FEED_LENGTH,
    select: feedStorySelect,
  });
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    summary: row.dek?.trim() || excerpt(row.bodyText),
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    authors: row.authors.map(({ author }) => author.name),
  }));
}

export type FeedSection = { id: string; slug: string; name: string; description: string | null };

export async function loadFeedSection(slug: string): Promise<FeedSection | null> {
  return db.section.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true },
  });
}

const listSiteFeedStories = unstable_cache(() => loadFeedStories(), ["feed", "site"], { ...cacheOptions, tags: [FEEDS_TAG] });

const getSectionFeedContent = (slug: string) =>
  unstable_cache(
    async () => {
      const section = await loadFeedSection(slug);
      if (!section) return null;
      return { section, stories: await loadFeedStories({ sectionId: section.id }) };
    },
    ["feed", "section", slug],
    { ...cacheOptions, tags: [FEEDS_TAG, sectionTag(slug)] },
  )();

/** The feed's items: plain text, which renderRssFeed escapes for feed readers. */
export function storyItems(stories: FeedStory[]): RssItem[] {
  return stories.map((story) => ({
    // The id, unlike the address, survives a change of slug.
    guid: `urn:uuid:${story.id}`,
    title: story.headline,
    link: absoluteUrl(`/stories/${story.slug}`),
    published: new Date(story.publishedAt),
    description: story.summary,
    creators: story.authors,
  }));
}

/** The newest of some ISO times, or now when there are none. */
export function latest(isoTimes: string[]): Date {
  const times = isoTimes.map((iso) => Date.parse(iso));
  return times.length > 0 ? new Date(Math.max(...times)) : new Date();
}

/** The RSS feed of the whole site. */
export async function siteFeedDocument(): Promise<string> {
  const stories = await listSiteFeedStories();
  return renderRssFeed(
    {
      title: site.name,
      link: absoluteUrl("/"),
      description: `The latest stories from ${site.name}.`,
      feedUrl: absoluteUrl("/feed.xml"),
      updated: latest(stories.map((story) => story.updatedAt)),
    },
    storyItems(stories),
  );
}

/** The RSS feed of one section, or null when there is no such section. */
export async function sectionFeedDocument(slug: string): Promise<string | null> {
  // PostgreSQL refuses text with a NUL byte: an address with one is no section.
  if (slug.includes("\0")) return null;
  const content = await getSectionFeedContent(slug);
  if (!content) return null;
  const { section, stories } = content;
  return renderRssFeed(
    {
      title: `${site.name}: ${section.name}`,
      link: absoluteUrl(`/sections/${section.slug}`),
      description: section.description ?? `The latest ${section.name} stories from ${site.name}.`,
      feedUrl: absoluteUrl(`/sections/${section.slug}/feed.xml`),
      updated: latest(stories.map((story) => story.updatedAt)),
    },
    storyItems(stories),
  );
}

export type StorySitemapPage = { page: number; lastModified: string };

/**
 * The story sitemaps there are: published stories, oldest first, in pages of
 * `pageSize`, each with its newest change. Oldest first, so a new story only
 * ever changes the last page.
 */
export async function loadStorySitemapPages(pageSize = SITEMAP_PAGE_SIZE): Promise<StorySitemapPage[]> {
  const rows = await db.$queryRaw<{ page: number; lastModified: Date }[]>`
    SELECT ((position - 1) / ${pageSize}::int)::int + 1 AS page, max("updatedAt") AS "lastModified"
    FROM (
      SELECT "updatedAt", row_number() OVER (ORDER BY "publishedAt", id) AS position
      FROM "Story" s
      WHERE ${Prisma.raw(visibleToReadersSql("s"))}
    ) AS published
    GROUP BY 1
    ORDER BY 1
  `;
  return rows.map((row) => ({ page: row.page, lastModified: row.lastModified.toISOString() }));
}

export type SitemapStory = { slug: string; lastModified: string };

/** One page (from 1) of the story sitemap, in the order of loadStorySitemapPages. */
export async function loadStorySitemapPage(
  page: number,
  pageSize = SITEMAP_PAGE_SIZE,
): Promise<SitemapStory[]> {
  const rows = await db.story.findMany({
    where: visibleToReadersWhere(),
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { slug: true, updatedAt: true },
  });
  return rows.map((row) => ({ slug: row.slug, lastModified: row.updatedAt.toISOString() }));
}

export type SitemapSection = { slug: string; lastModified: string | null };

/** The sections and the front page, each with the newest change to a story on it. */
export async function loadSitemapSections(): Promise<{
  sections: SitemapSection[];
  newestChange: string | null;
}> {
  const [sections, changes] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true },
    }),
    db.story.groupBy({ by: ["sectionId"], where: visibleToReadersWhere(), _max: { updatedAt: true } }),
  ]);
  const changed = new Map(changes.map((change) => [change.sectionId, change._max.updatedAt]));
  const newest = changes
    .map((change) => change._max.updatedAt)
    .filter((date): date is Date => date !== null)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  return {
    sections: sections.map((section) => ({
      slug: section.slug,
      lastModified: changed.get(section.id)?.toISOString() ?? null,
    })),
    newestChange: newest?.toISOString() ?? null,
  };
}

export type NewsSitemapStory = { slug: string; headline: string; publishedAt: string };

/** Stories published in the last 48 hours, newest first, as Google News wants them. */
export async function loadNewsSitemapStories(now = new Date()): Promise<NewsSitemapStory[]> {
  const rows = await db.story.findMany({
    where: {
      AND: [
        visibleToReadersWhere(now),
        { publishedAt: { gte: new Date(now.getTime() - NEWS_SITEMAP_WINDOW_HOURS * 3_600_000) } },
      ],
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_SITEMAP_LENGTH,
    select: { slug: true, headline: true, publishedAt: true },
  });
  return rows.map((row) => ({
    slug: row.slug,
    headline: row.headline,
    publishedAt: (row.publishedAt ?? now).toISOString(),
  }));
}

const listStorySitemapPages = unstable_cache(
  () => loadStorySitemapPages(),
  ["sitemap", "pages"],
  { ...cacheOptions, tags: [SITEMAPS_TAG] },
);
const listSitemapSections = unstable_cache(loadSitemapSections, ["sitemap", "sections"], {
  ...cacheOptions,
  tags: [SITEMAPS_TAG],
});
const listNewsSitemapStories = unstable_cache(
  () => loadNewsSitemapStories(),
  ["sitemap", "news"],
  { ...cacheOptions, tags: [SITEMAPS_TAG] },
);
// Every story sitemap carries one tag: a story's change refreshes them all,
// cheaper than working out which page it is on.
const listStorySitemapPage = (page: number) =>
  unstable_cache(() => loadStorySitemapPage(page), ["sitemap", "stories", String(page)], {
    ...cacheOptions,
    tags: [SITEMAPS_TAG],
  })();

/** The sitemap index: the pages sitemap, then one sitemap per page of stories. */
export async function sitemapIndexDocument(): Promise<string> {
  const [pages, { newestChange }] = await Promise.all([listStorySitemapPages(), listSitemapSections()]);
  const sitemaps: SitemapEntry[] = [
    { url: absoluteUrl("/sitemaps/pages.xml"), lastModified: newestChange },
    ...pages.map(({ page, lastModified }) => ({
      url: absoluteUrl(`/sitemaps/stories/${page}.xml`),
      lastModified,
    })),
  ];
  return renderSitemapIndex(sitemaps);
}

/** The front page, the section pages and the corrections page. */
export async function pagesSitemapDocument(): Promise<string> {
  const { sections, newestChange } = await listSitemapSections();
  return renderUrlSet([
    { url: absoluteUrl("/"), lastModified: newestChange },
    ...sections.map((section) => ({
      url: absoluteUrl(`/sections/${section.slug}`),
      lastModified: section.lastModified,
    })),
    { url: absoluteUrl("/corrections") },
  ]);
}

/** One page of the story sitemap, or null past the last page. */
export async function storySitemapDocument(page: number): Promise<string | null> {
  if (!Number.isSafeInteger(page) || page < 1) return null;
  const stories = await listStorySitemapPage(page);
  if (stories.length === 0) return null;
  return renderUrlSet(
    stories.map((story) => ({
      url: absoluteUrl(`/stories/${story.slug}`),
      lastModified: story.lastModified,
    })),
  );
}

export async function newsSitemapDocument(): Promise<string> {
  const stories = await listNewsSitemapStories();
  return renderNewsSitemap(
    { name: site.name, language: "en" },
    stories.map((story) => ({
      url: absoluteUrl(`/stories/${story.slug}`),
      title: story.headline,
      publishedAt: story.publishedAt,
    })),
  );
}

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";
export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";

/**
 * An XML response that shared caches may keep as long as the data cache
 * does, dropped with the cache tags of what it lists (lib/delivery/cache-tags.ts).
 */
export function xmlResponse(body: string, tags: string[], contentType = XML_CONTENT_TYPE): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Cache-Control": `public, max-age=0, s-maxage=${REVALIDATE_SECONDS}, stale-while-revalidate=${REVALIDATE_SECONDS}`,
      [SURROGATE_KEY_HEADER]: tags.join(" "),
    },
  });
}

export function notFoundResponse(): Response {
  return new Response("Not found.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

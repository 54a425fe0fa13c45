/**
 * The XML documents machines read: RSS 2.0 feeds, sitemaps and the Google News
 * sitemap. Pure functions of plain data, so they are tested without a database.
 */
import { Feed } from "feed";

const DUBLIN_CORE_NAMESPACE = "http://purl.org/dc/elements/1.1/";
const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS_SITEMAP_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";

export type RssChannel = {
  title: string;
  /** The page the feed stands for, absolute. */
  link: string;
  description: string;
  /** The feed's own address, absolute. */
  feedUrl: string;
  /** When the channel's content last changed. */
  updated: Date;
};

export type RssItem = {
  guid: string;
  /** Plain text, as is the description. */
  title: string;
  link: string;
  published: Date;
  description: string;
  /** Byline names, in order. */
  creators: string[];
};

/**
 * Feed readers read an item's title and description as HTML (RSS 2.0 says
 * so of the description, and readers treat titles alike), and the library
 * puts them in CDATA as they are. Ours are plain text, so they go in
 * escaped: a dek that says "<b>" arrives as the characters "<b>", not as
 * bold type, and a typed "<script>" never runs. Quotes need no escaping in
 * HTML text, so "Venezuela's" stays as typed for readers that take titles as
 * plain text. (The channel's own title and
 * description are plain text to readers; the library escapes them for XML.)
 */
const asHtmlText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

export function renderRssFeed(channel: RssChannel, items: RssItem[]): string {
  const feed = new Feed({
    id: channel.link,
    title: channel.title,
    link: channel.link,
    description: channel.description,
    language: "en",
    updated: channel.updated,
    generator: false,
    feedLinks: { rss: channel.feedUrl },
  });
  for (const item of items) {
    feed.addItem({
      guid: item.guid,
      title: asHtmlText(item.title),
      link: item.link,
      date: item.published,
      description: asHtmlText(item.description),
      // RSS's own <author> must be an email address; bylines are names, so
      // they go in Dublin Core's <dc:creator>, one element per name.
      extensions:
        item.creators.length > 0 ? [{ name: "dc:creator", objects: creatorElements(item.creators) }] : [],
    });
  }
  const xml = feed.rss2();
  // The library declares the Dublin Core namespace only for full-text items.
  return xml.includes("xmlns:dc=")
    ? xml
    : xml.replace('<rss version="2.0"', `<rss version="2.0" xmlns:dc="${DUBLIN_CORE_NAMESPACE}"`);
}

// The library hands extension objects to its XML writer (xml-js, compact
// form), where an array becomes repeated elements.
function creatorElements(names: string[]): Record<string, unknown> {
  return names.map((name) => ({ _text: name })) as unknown as Record<string, unknown>;
}

/** Plain text cut at a word to at most `maxLength` characters, with an ellipsis when cut. */
export function excerpt(text: string, maxLength = 280): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  const words = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut.slice(0, maxLength - 1);
  return `${words.replace(/[\s,;:.\-–—]+$/, "")}…`;
}

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export type SitemapEntry = { url: string; lastModified?: string | null };

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

function entryElements({ url, lastModified }: SitemapEntry): string[] {
  return [element("loc", url), ...(lastModified ? [element("lastmod", lastModified)] : [])];
}

/** A sitemap index: the addresses of the sitemaps themselves. */
export function renderSitemapIndex(sitemaps: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<sitemapindex xmlns="${SITEMAP_NAMESPACE}">`,
    ...sitemaps.map((sitemap) => `<sitemap>${entryElements(sitemap).join("")}</sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/** A sitemap of pages. */
export function renderUrlSet(urls: SitemapEntry[]): string {
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NAMESPACE}">`,
    ...urls.map((url) => `<url>${entryElements(url).join("")}</url>`),
    "</urlset>",
    "",
  ].join("\n");
}

export type NewsSitemapEntry = { url: string; title: string; publishedAt: string };

/** A Google News sitemap: recent articles with their publication, date and title. */
export function renderNewsSitemap(
  publication: { name: string; language: string },
  entries: NewsSitemapEntry[],
): string {
  const publicationElement =
    "<news:publication>" +
    element("news:name", publication.name) +
    element("news:language", publication.language) +
    "</news:publication>";
  return [
    XML_DECLARATION,
    `<urlset xmlns="${SITEMAP_NAMESPACE}" xmlns:news="${NEWS_SITEMAP_NAMESPACE}">`,
    ...entries.map(
      (entry) =>
        "<url>" +
        element("loc", entry.url) +
        "<news:news>" +
        publicationElement +
        element("news:publication_date", entry.publishedAt) +
        element("news:title", entry.title) +
        "</news:news>" +
        "</url>",
    ),
    "</urlset>",
    "",
  ].join("\n");
}

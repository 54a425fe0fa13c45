/**
 * What feed readers and crawlers fetch: the RSS feeds, the sitemaps, the
 * Google News sitemap, robots.txt, and the public corrections page. The XML is
 * parsed by Chromium's own DOMParser, so a malformed document fails the test.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { demoSections, leadStory, relatedStories } from "../prisma/demo-content";

const allStories = [leadStory, ...relatedStories];
const siteName = process.env.SITE_NAME ?? "Newsroom";
// The test command serves the site at SITE_URL, so absolute links point back at it.
const siteUrl = process.env.SITE_URL ?? "http://localhost:3100";
const storyUrl = (slug: string) => `${siteUrl}/stories/${slug}`;

// As seeded by prisma/seed.ts.
const seededCorrection = {
  story: relatedStories[2]!,
  text: "An earlier version of this story said the review was requested by the Senate Armed Services Committee.",
};
const seededClarification = { story: relatedStories[3]! };

const DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
const SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
const NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

/** An element as DOMParser read it, made plain so it can leave the page. */
type XmlElement = {
  localName: string;
  namespace: string | null;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
};

async function parseXml(page: Page, source: string): Promise<XmlElement> {
  const parsed = await page.evaluate((xml) => {
    const document = new DOMParser().parseFromString(xml, "application/xml");
    const error = document.getElementsByTagName("parsererror")[0];
    if (error) return { error: error.textContent ?? "parse error" };
    const plain = (element: Element): XmlElement => ({
      localName: element.localName,
      namespace: element.namespaceURI,
      attributes: Object.fromEntries(
        [...element.attributes].map((attribute) => [attribute.name, attribute.value]),
      ),
      text: element.textContent ?? "",
      children: [...element.children].map(plain),
    });
    return { root: plain(document.documentElement) };
  }, source);
  if ("error" in parsed) throw new Error(`Not well-formed XML: ${parsed.error}`);
  return parsed.root;
}

const childrenNamed = (element: XmlElement, localName: string, namespace: string | null = null) =>
  element.children.filter((child) => child.localName === localName && child.namespace === namespace);

function childText(element: XmlElement, localName: string, namespace: string | null = null): string {
  const child = childrenNamed(element, localName, namespace)[0];
  if (!child) throw new Error(`<${element.localName}> has no <${localName}>`);
  return child.text.trim();
}

async function fetchXml(request: APIRequestContext, page: Page, path: string, contentType: RegExp) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toMatch(contentType);
  return parseXml(page, await response.text());
}

const RFC_822_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;

type RssItem = {
  title: string;
  link: string;
  guid: string;
  pubDate: string;
  creators: string[];
  description: string;
};

/** Reads an RSS 2.0 document, checking what every feed must have. */
async function readRssFeed(request: APIRequestContext, page: Page, path: string) {
  const rss = await fetchXml(request, page, path, /^application\/rss\+xml; charset=utf-8$/i);
  expect(rss.localName).toBe("rss");
  expect(rss.attributes.version).toBe("2.0");
  const [channel] = childrenNamed(rss, "channel");
  if (!channel) throw new Error(`${path} has no channel`);
  for (const required of ["title", "link", "description", "language"])
    expect(childText(channel, required)).not.toBe("");
  expect(childText(channel, "lastBuildDate")).toMatch(RFC_822_DATE);

  const items: RssItem[] = childrenNamed(channel, "item").map((item) => ({
    title: childText(item, "title"),
    link: childText(item, "link"),
    guid: childText(item, "guid"),
    pubDate: childText(item, "pubDate"),
    description: childText(item, "description"),
    creators: childrenNamed(item, "creator", DUBLIN_CORE).map((creator) => creator.text.trim()),
  }));
  for (const item of items) {
    expect(item.title).not.toBe("");
    expect(item.link.startsWith(`${siteUrl}/`)).toBe(true);
    expect(item.guid).not.toBe("");
    expect(item.pubDate).toMatch(RFC_822_DATE);
    expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
  }
  return { channel, items };
}

test("the site's RSS feed lists the published stories, newest first, with their bylines", async ({
  request,
  page,
}) => {
  const { channel, items } = await readRssFeed(request, page, "/feed.xml");
  expect(childText(channel, "title")).toBe(siteName);
  expect(childText(channel, "link")).toBe(`${siteUrl}/`);
  expect(childText(channel, "language")).toBe("en");

  expect(items).toHaveLength(allStories.length);
  const [first] = items;
  expect(first?.title).toBe(leadStory.headline);
  expect(first?.link).toBe(storyUrl(leadStory.slug));
  expect(first?.description).toBe(leadStory.dek);
  expect(first?.creators).toEqual(["Elena Marquez Ruiz", "Daniel Okonkwo-Hale"]);
  for (const item of items) expect(item.creators.length, item.title).toBeGreaterThan(0);
  const times = items.map((item) => Date.parse(item.pubDate));
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(new Set(items.map((item) => item.guid)).size).toBe(items.length);

  // The link takes a reader to the story.
  const story = await request.get(first!.link);
  expect(story.status()).toBe(200);
});

test("a section's RSS feed holds that section's stories, and an unknown section is a 404", async ({
  request,
  page,
}) => {
  const section = demoSections.find((candidate) => candidate.slug === "us")!;
  const { channel, items } = await readRssFeed(request, page, `/sections/${section.slug}/feed.xml`);
  expect(childText(channel, "title")).toContain(section.name);
  const expected = allStories
    .filter((story) => story.section === section.slug)
    .map((story) => story.headline);
  expect(expected.length).toBeGreaterThan(0);
  expect(items.map((item) => item.title).sort()).toEqual([...expected].sort());

  expect((await request.get("/sections/no-such-section/feed.xml")).status()).toBe(404);
});

test("the sitemap index leads a crawler to every published story", async ({ request, page }) => {
  const index = await fetchXml(request, page, "/sitemap.xml", /xml/);
  expect(index.localName).toBe("sitemapindex");
  expect(index.namespace).toBe(SITEMAP);
  const sitemaps = childrenNamed(index, "sitemap", SITEMAP).map((sitemap) =>
    childText(sitemap, "loc", SITEMAP),
  );
  expect(sitemaps).toContain(`${siteUrl}/sitemaps/pages.xml`);
  expect(sitemaps).toContain(`${siteUrl}/sitemaps/stories/1.xml`);

  const listed: string[] = [];
  for (const sitemap of sitemaps) {
    const urlset = await fetchXml(request, page, new URL(sitemap).pathname, /xml/);
    expect(urlset.localName).toBe("urlset");
    for (const url of childrenNamed(urlset, "url", SITEMAP)) {
      listed.push(childText(url, "loc", SITEMAP));
      const lastModified = childrenNamed(url, "lastmod", SITEMAP)[0];
      if (lastModified) expect(Number.isNaN(Date.parse(lastModified.text))).toBe(false);
    }
  }
  expect(listed).toContain(storyUrl(leadStory.slug));
  expect(listed).toContain(`${siteUrl}/`);
  expect(listed).toContain(`${siteUrl}/corrections`);
  expect(listed.filter((url) => url.includes("/stories/")).sort()).toEqual(
    allStories.map((story) => storyUrl(story.slug)).sort(),
  );
  expect((await request.get("/sitemaps/stories/99.xml")).status()).toBe(404);
});

test("the news sitemap lists only the last two days' stories, with the news fields", async ({
  request,
  page,
}) => {
  const urlset = await fetchXml(request, page, "/news-sitemap.xml", /xml/);
  expect(urlset.localName).toBe("urlset");
  const entries = childrenNamed(urlset, "url", SITEMAP).map((url) => {
    const [news] = childrenNamed(url, "news", NEWS);
    if (!news) throw new Error("an entry has no <news:news>");
    const [publication] = childrenNamed(news, "publication", NEWS);
    if (!publication) throw new Error("an entry has no <news:publication>");
    return {
      loc: childText(url, "loc", SITEMAP),
      name: childText(publication, "name", NEWS),
      language: childText(publication, "language", NEWS),
      publishedAt: childText(news, "publication_date", NEWS),
      title: childText(news, "title", NEWS),
    };
  });

  // The seed dates stories relative to when it ran, minutes before this test.
  const recent = allStories.filter((story) => story.hoursAgo < 47);
  expect(entries.map((entry) => entry.loc).sort()).toEqual(
    recent.map((story) => storyUrl(story.slug)).sort(),
  );
  for (const entry of entries) {
    expect(entry.name).toBe(siteName);
    expect(entry.language).toBe("en");
    expect(Date.now() - Date.parse(entry.publishedAt)).toBeLessThan(48 * 3_600_000);
  }
  expect(entries.find((entry) => entry.loc === storyUrl(leadStory.slug))?.title).toBe(leadStory.headline);
});

test("robots.txt keeps crawlers out of the admin and names both sitemaps", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("Disallow: /admin");
  expect(lines).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  expect(lines).toContain(`Sitemap: ${siteUrl}/news-sitemap.xml`);
});

test("a reader finds the correction on the corrections page and follows it to the story", async ({
  page,
}) => {
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1, name: "Corrections and clarifications" })).toBeVisible();

  const list = page.getByRole("list", { name: "Corrections and clarifications" });
  const entries = list.getByRole("listitem");
  await expect(entries).toHaveCount(2);
  // Newest first: the correction was made after the clarification.
  await expect(entries.first()).toContainText("Correction");
  await expect(entries.first()).toContainText(seededCorrection.text);
  await expect(entries.first().locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(entries.nth(1)).toContainText("Clarification");
  await expect(entries.nth(1).getByRole("link", { name: seededClarification.story.headline })).toBeVisible();
  await expect(page.getByRole("link", { name: /Older corrections/ })).toHaveCount(0);

  await entries.first().getByRole("link", { name: seededCorrection.story.headline }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${seededCorrection.story.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: seededCorrection.story.headline })).toBeVisible();
  await expect(page.getByText(seededCorrection.text)).toBeVisible();
});

test("a corrections cursor that is not one is a 404", async ({ page }) => {
  const response = await page.goto("/corrections?before=not-a-cursor");
  expect(response?.status()).toBe(404);
});

test("the corrections feed parses and lists both amendments", async ({ request, page }) => {
  const { channel, items } = await readRssFeed(request, page, "/corrections/feed.xml");
  expect(childText(channel, "link")).toBe(`${siteUrl}/corrections`);
  expect(items.map((item) => item.title)).toEqual([
    `Correction: ${seededCorrection.story.headline}`,
    `Clarification: ${seededClarification.story.headline}`,
  ]);
  expect(items[0]?.link).toBe(storyUrl(seededCorrection.story.slug));
  expect(items[0]?.description).toContain(seededCorrection.text);
});

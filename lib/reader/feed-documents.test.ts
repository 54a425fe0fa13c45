import { xml2js, type Element } from "xml-js";
import { describe, expect, test } from "vitest";
import {
  escapeXml,
  excerpt,
  renderNewsSitemap,
  renderRssFeed,
  renderSitemapIndex,
  renderUrlSet,
} from "./feed-documents";

const channel = {
  title: "Newsroom",
  link: "https://news.example/",
  description: "The latest stories.",
  feedUrl: "https://news.example/feed.xml",
  updated: new Date("2026-05-05T12:00:00Z"),
};

const item = {
  guid: "urn:uuid:0192c3a0-0000-7000-8000-000000000001",
  title: "Port Workers Vote to End Strike",
  link: "https://news.example/stories/port-workers-vote",
  published: new Date("2026-05-05T09:30:00Z"),
  description: "The vote was close.",
  creators: ["Ana Díaz", "Ben Ode"],
};

describe("renderRssFeed", () => {
  test("writes an RSS 2.0 channel with RFC 822 dates and one dc:creator per byline", () => {
    const xml = renderRssFeed(channel, [item]);
    expect(xml).toContain('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
    expect(xml).toContain("<title>Newsroom</title>");
    expect(xml).toContain("<language>en</language>");
    expect(xml).toContain("<lastBuildDate>Tue, 05 May 2026 12:00:00 GMT</lastBuildDate>");
    expect(xml).toContain("<pubDate>Tue, 05 May 2026 09:30:00 GMT</pubDate>");
    expect(xml).toContain(`<guid isPermaLink="false">${item.guid}</guid>`);
    expect(xml).toContain("<dc:creator>Ana Díaz</dc:creator>");
    expect(xml).toContain("<dc:creator>Ben Ode</dc:creator>");
    expect(xml).not.toContain("<author>");
  });

  test("escapes what would break the XML", () => {
    const xml = renderRssFeed({ ...channel, title: "News & <Views>" }, [
      { ...item, title: "A ]]> B", creators: ["Smith & Sons"] },
    ]);
    expect(xml).toContain("<title>News &amp; &lt;Views&gt;</title>");
    expect(xml).not.toContain("<![CDATA[A ]]> B]]>");
    expect(xml).toContain("<dc:creator>Smith &amp; Sons</dc:creator>");
  });

  test("gives feed readers a typed headline and dek as text, not as markup", () => {
    const typed = "<b>bold</b> & <script>x</script>";
    const xml = renderRssFeed(channel, [{ ...item, title: `Headline ${typed}`, description: typed }]);
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;");
    // What a feed reader gets out of the XML is HTML; that HTML, read, is the text typed.
    const fields = itemFields(xml);
    expect(fields.title).toBe("Headline &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;");
    expect(fields.description).toBe("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;");
    expect(decodeHtmlText(fields.description ?? "")).toBe(typed);
  });
});

describe("excerpt", () => {
  test("keeps short text whole, with its white space flattened", () => {
    expect(excerpt("One line.\n\nAnother line.")).toBe("One line. Another line.");
  });

  test("cuts long text at a word and marks the cut", () => {
    const text = "word ".repeat(100);
    const cut = excerpt(text, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/^(word ){9}word…$/);
  });
});

describe("sitemaps", () => {
  test("an index lists each sitemap with its last change", () => {
    const xml = renderSitemapIndex([
      { url: "https://news.example/sitemaps/pages.xml", lastModified: null },
      { url: "https://news.example/sitemaps/stories/1.xml", lastModified: "2026-05-05T12:00:00.000Z" },
    ]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://news.example/sitemaps/pages.xml</loc></sitemap>");
    expect(xml).toContain(
      "<sitemap><loc>https://news.example/sitemaps/stories/1.xml</loc><lastmod>2026-05-05T12:00:00.000Z</lastmod></sitemap>",
    );
  });

  test("addresses are escaped", () => {
    expect(renderUrlSet([{ url: "https://news.example/?a=1&b=2" }])).toContain(
      "<loc>https://news.example/?a=1&amp;b=2</loc>",
    );
    expect(escapeXml(`<"'&>`)).toBe("&lt;&quot;&apos;&amp;&gt;");
  });

  test("a news sitemap names the publication, the date and the title of each article", () => {
    const xml = renderNewsSitemap({ name: "Newsroom", language: "en" }, [
      { url: "https://news.example/stories/a", title: "Q&A", publishedAt: "2026-05-05T09:30:00.000Z" },
    ]);
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    expect(xml).toContain(
      "<news:news><news:publication><news:name>Newsroom</news:name><news:language>en</news:language></news:publication>" +
        "<news:publication_date>2026-05-05T09:30:00.000Z</news:publication_date><news:title>Q&amp;A</news:title></news:news>",
    );
  });
});

/** The first item's fields as an XML parser reads them (CDATA and text alike). */
function itemFields(xml: string): Record<string, string> {
  const find = (element: Element, name: string): Element | undefined =>
    element.name === name ? element : element.elements?.map((child) => find(child, name)).find(Boolean);
  const itemElement = find(xml2js(xml) as Element, "item");
  if (!itemElement) throw new Error("The feed has no item.");
  return Object.fromEntries(
    (itemElement.elements ?? []).map((field) => [
      field.name ?? "",
      (field.elements ?? []).map((part) => String(part.cdata ?? part.text ?? "")).join(""),
    ]),
  );
}

/** An HTML text node's entities read back as characters, as a feed reader does. */
function decodeHtmlText(html: string): string {
  expect(html).not.toMatch(/<[a-z/!]/i);
  return html
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'")
    .replaceAll("&amp;", "&");
}

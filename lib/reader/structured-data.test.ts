import { describe, expect, test } from "vitest";
import type { PublishedStory } from "@/lib/reader/stories";
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from "./structured-data";

const site = { name: "Newsroom", url: "https://news.example" };

const story: PublishedStory = {
  id: "0192c3a0-0000-7000-8000-000000000001",
  slug: "port-workers-vote-to-end-strike",
  headline: "Port Workers Vote to End Strike",
  dek: "The vote was close.",
  publishedAt: "2026-05-05T09:30:00.000Z",
  section: { slug: "us", name: "U.S." },
  authors: [{ name: "Ana Díaz", slug: "ana-diaz" }],
  bodyHtml: "<p>Ships began unloading at dawn.</p>",
  readingMinutes: 1,
  updatedAt: null,
  seoTitle: null,
  seoDescription: null,
  tags: [{ slug: "labor", name: "Labor" }],
  amendments: [],
  image: null,
  heroImage: null,
};

const hero = {
  src: "/media/0192c3a0-0000-7000-8000-00000000000a/w1600.webp",
  width: 1600,
  height: 900,
  alt: "Cranes over the harbour at dawn",
  caption: null,
  credit: "Map: Newsroom",
};

describe("newsArticleJsonLd", () => {
  test("names the hero image's widest copy by its absolute address", () => {
    const article = newsArticleJsonLd({ ...story, heroImage: hero }, site);
    expect(article.image).toEqual([`https://news.example${hero.src}`]);
  });

  test("names the story's social card when it has no hero image", () => {
    const [image] = newsArticleJsonLd(story, site).image;
    expect(image).toMatch(/^https:\/\/news\.example\/stories\/port-workers-vote-to-end-strike\/social-card\.png\?v=[\w-]{12}$/);
  });

  test("a new headline is a new card address", () => {
    const before = newsArticleJsonLd(story, site).image[0];
    const after = newsArticleJsonLd({ ...story, headline: "Port Workers Reject Deal" }, site).image[0];
    expect(after).not.toBe(before);
    expect(newsArticleJsonLd({ ...story }, site).image[0]).toBe(before);
  });

  test("describes the story, its bylines and publisher", () => {
    const article = newsArticleJsonLd(story, site);
    expect(article).toMatchObject({
      "@type": "NewsArticle",
      url: "https://news.example/stories/port-workers-vote-to-end-strike",
      headline: story.headline,
      description: story.dek,
      datePublished: story.publishedAt,
      dateModified: story.publishedAt,
      articleSection: "U.S.",
      keywords: ["Labor"],
      author: [{ "@type": "Person", name: "Ana Díaz", url: "https://news.example/authors/ana-diaz" }],
      publisher: { "@type": "NewsMediaOrganization", name: "Newsroom", url: "https://news.example" },
    });
  });
});

test("breadcrumbs run from the site through the section to the story", () => {
  const trail = breadcrumbJsonLd(story, site).itemListElement.map((item) => [item.position, item.name, item.item]);
  expect(trail).toEqual([
    [1, "Newsroom", "https://news.example"],
    [2, "U.S.", "https://news.example/sections/us"],
    [3, story.headline, `https://news.example/stories/${story.slug}`],
  ]);
});

test("serialized JSON-LD cannot close its script element", () => {
  expect(serializeJsonLd({ headline: "</script><script>alert(1)</script>" })).not.toContain("</script>");
});

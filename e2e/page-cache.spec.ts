import { expect, test } from "@playwright/test";
import { leadStory } from "../prisma/demo-content";

// The production server answers reader pages from its page cache (scripts/server.ts).
const story = `/stories/${leadStory.slug}`;

test("a story page comes from the page cache once read, compressed for the browser, and a 304 for a copy it has", async ({
  request,
}) => {
  await request.get(story);
  const cached = await request.get(story, { headers: { "accept-encoding": "br, gzip" } });
  expect(cached.status()).toBe(200);
  expect(cached.headers()["x-page-cache"]).toBe("HIT");
  expect(cached.headers()["content-encoding"]).toBe("br");
  expect(cached.headers()["x-frame-options"]).toBe("DENY");
  expect(await cached.text()).toContain(leadStory.headline);

  const etag = cached.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get(story, { headers: { "if-none-match": etag! } });
  expect(again.status()).toBe(304);
});

test("the newsroom and client navigations are never served from the cache", async ({ request }) => {
  await request.get("/admin/sign-in");
  const second = await request.get("/admin/sign-in");
  expect(second.headers()["x-page-cache"]).not.toBe("HIT");
  expect(second.headers()["cache-control"]).toContain("no-store");
  const navigation = await request.get(story, { headers: { rsc: "1" }, maxRedirects: 0 });
  expect(navigation.headers()["x-page-cache"]).not.toBe("HIT");
});

test("a search is kept by shared caches for the next reader who asks the same, a minute at most, and not by browsers", async ({ request }) => {
  const path = `/search?q=cuba&n=${Date.now()}`;
  const first = await request.get(path);
  expect(first.headers()["x-page-cache"]).toBe("MISS");
  const second = await request.get(path);
  expect(second.headers()["x-page-cache"]).toBe("HIT");
  expect(await second.text()).toContain(leadStory.headline);
  for (const response of [first, second]) {
    expect(response.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=60");
    expect(response.headers()["surrogate-key"]).toBe("search");
  }
});

test("every cached page names its cache tags for the HTTP caches in front", async ({ request }) => {
  const front = await request.get("/");
  expect(front.headers()["surrogate-key"]?.split(" ")).toEqual(expect.arrayContaining(["front", "sections"]));
  const page = await request.get(story);
  const tags = page.headers()["surrogate-key"]?.split(" ") ?? [];
  // The story itself, its related headlines, and each story they list.
  expect(tags).toEqual(expect.arrayContaining([`story:${leadStory.slug}`, `related:${leadStory.slug}`, "sections"]));
  expect(tags.filter((tag) => tag.startsWith("story:")).length).toBeGreaterThan(10);
  const feed = await request.get("/feed.xml");
  expect(feed.headers()["surrogate-key"]).toBe("feeds");
  // The newsroom is never named to a shared cache.
  expect((await request.get("/admin/sign-in")).headers()["surrogate-key"]).toBeUndefined();
});

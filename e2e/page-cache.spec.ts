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

test("a search is kept by the server for the next reader who asks the same, but never by browsers", async ({ request }) => {
  const path = `/search?q=cuba&n=${Date.now()}`;
  const first = await request.get(path);
  expect(first.headers()["x-page-cache"]).toBe("MISS");
  const second = await request.get(path);
  expect(second.headers()["x-page-cache"]).toBe("HIT");
  expect(await second.text()).toContain(leadStory.headline);
  for (const response of [first, second]) {
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["surrogate-control"]).toBeUndefined();
  }
});

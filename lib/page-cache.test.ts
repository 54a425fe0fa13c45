import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { cacheKeyFor, isNotModified, PageCache, preferredEncoding, sharedLifetime } from "@/lib/page-cache";

// What Next.js sends with a page it renders once and serves from its cache for 60 seconds.
const pageHeaders = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  etag: '"abc"',
  "x-frame-options": "DENY",
  "x-nextjs-cache": "HIT",
};
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });
const html = (text: string) => Buffer.from(`<!doctype html><p>${text}</p>`);

function clock(start = 1_000_000) {
  const time = { now: start };
  return { time, now: () => time.now };
}

describe("which requests the cache answers", () => {
  test("a reader's GET or HEAD of a page, with its query string", () => {
    expect(cacheKeyFor(get("/stories/a-story"))).toBe("/stories/a-story");
    expect(cacheKeyFor({ ...get("/"), method: "HEAD" })).toBe("/");
    expect(cacheKeyFor(get("/sections/world?utm_source=x"))).toBe("/sections/world?utm_source=x");
  });

  test("never writes, the newsroom, JSON, uploads, build files or client navigations", () => {
    expect(cacheKeyFor({ ...get("/stories/a"), method: "POST" })).toBeNull();
    for (const url of ["/admin", "/admin?x=1", "/admin/stories", "/api/internal/reader-pages", "/media/a.webp", "/_next/static/x.js"]) {
      expect(cacheKeyFor(get(url))).toBeNull();
    }
    expect(cacheKeyFor(get("/stories/a", { rsc: "1" }))).toBeNull();
    expect(cacheKeyFor(get("/stories/a?_rsc=1x2y"))).toBeNull();
    expect(cacheKeyFor(get("/stories/a", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheKeyFor(get("/stories/a", { range: "bytes=0-10" }))).toBeNull();
  });
});

describe("which responses it keeps, and for how long", () => {
  test("a page Next.js caches is kept for its s-maxage; a feed's public s-maxage too", () => {
    expect(sharedLifetime(200, pageHeaders)).toBe(60);
    expect(sharedLifetime(200, { "cache-control": "public, max-age=0, s-maxage=300" })).toBe(300);
  });

  test("Surrogate-Control speaks to this cache before Cache-Control, and is not passed on", () => {
    const search = { "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate", "surrogate-control": "max-age=60" };
    expect(sharedLifetime(200, search)).toBe(60);
    expect(sharedLifetime(200, { ...pageHeaders, "surrogate-control": "no-store" })).toBe(0);
    const cache = new PageCache(1024 * 1024);
    cache.storeIfCurrent(cache.generation, "/search?q=ferry", 200, search, html("results"));
    const page = cache.get("/search?q=ferry")!;
    expect(page.headers.map(([name]) => name)).not.toContain("surrogate-control");
    expect(cache.get("/search?q=strike")).toBeUndefined();
    // The page without a query answers only itself, not every search.
    cache.storeIfCurrent(cache.generation, "/search", 200, search, html("the empty form"));
    expect(cache.get("/search?q=strike")).toBeUndefined();
    expect(cache.get("/search")).toBeDefined();
  });

  test("a private, uncacheable, personal, failed or stale response is not kept", () => {
    expect(sharedLifetime(200, { ...pageHeaders, "cache-control": "private, no-cache, no-store, max-age=0" })).toBe(0);
    expect(sharedLifetime(200, { ...pageHeaders, "set-cookie": "session=1" })).toBe(0);
    expect(sharedLifetime(200, { ...pageHeaders, vary: "Cookie" })).toBe(0);
    expect(sharedLifetime(404, pageHeaders)).toBe(0);
    expect(sharedLifetime(200, { ...pageHeaders, "x-nextjs-cache": "STALE" })).toBe(0);
    expect(sharedLifetime(200, { "cache-control": "max-age=60" })).toBe(0);
  });
});

describe("the cache", () => {
  test("answers with what was stored, without the headers of one connection", () => {
    const cache = new PageCache(1024 * 1024);
    expect(cache.storeIfCurrent(cache.generation, "/", 200, { ...pageHeaders, "content-length": "99" }, html("front"))).toBe(true);
    const page = cache.get("/")!;
    expect(cache.bodyFor(page, undefined).body.toString()).toContain("front");
    expect(page.headers).toContainEqual(["x-frame-options", "DENY"]);
    expect(page.headers.map(([name]) => name)).not.toContain("content-length");
    expect(page.headers.map(([name]) => name)).not.toContain("x-nextjs-cache");
  });

  test("a page Next.js cached is one entry whatever its query string or spelling; other responses are kept by address", () => {
    const cache = new PageCache(1024 * 1024);
    cache.storeIfCurrent(cache.generation, "/stories/slug?utm_source=x", 200, pageHeaders, html("story"));
    expect(cache.get("/stories/slug")).toBeDefined();
    expect(cache.get("/stories/%73lug?ref=home")).toBeDefined();
    expect(cache.stats().pages).toBe(1);

    const feed = { "content-type": "application/rss+xml", "cache-control": "public, max-age=0, s-maxage=60" };
    cache.storeIfCurrent(cache.generation, "/feed.xml?x=1", 200, feed, html("feed"));
    expect(cache.get("/feed.xml")).toBeUndefined();
    expect(cache.get("/feed.xml?x=1")).toBeDefined();
    cache.purgePaths(["/feed.xml", "/stories/slug"]);
    expect(cache.stats().pages).toBe(0);
  });

  test("says it varies by encoding and gives a weak validator, as its copies are compressed", () => {
    const cache = new PageCache(1024 * 1024);
    cache.storeIfCurrent(cache.generation, "/", 200, { ...pageHeaders, vary: "rsc" }, html("front"));
    const page = cache.get("/")!;
    expect(page.headers).toContainEqual(["vary", "rsc, Accept-Encoding"]);
    expect(page.headers).toContainEqual(["etag", 'W/"abc"']);
  });

  test("forgets a page when its lifetime is over", () => {
    const { time, now } = clock();
    const cache = new PageCache(1024 * 1024, 3600, now);
    cache.storeIfCurrent(cache.generation, "/", 200, pageHeaders, html("front"));
    time.now += 59_000;
    expect(cache.get("/")).toBeDefined();
    time.now += 1_000;
    expect(cache.get("/")).toBeUndefined();
  });

  test("a purge of a path removes it with every query string, and nothing else", () => {
    const cache = new PageCache(1024 * 1024);
    for (const key of ["/stories/a", "/stories/a?ref=home", "/stories/b"]) {
      cache.storeIfCurrent(cache.generation, key, 200, pageHeaders, html(key));
    }
    cache.purgePaths(["/stories/a"]);
    expect(cache.get("/stories/a")).toBeUndefined();
    expect(cache.get("/stories/a?ref=home")).toBeUndefined();
    expect(cache.get("/stories/b")).toBeDefined();
    cache.purgeAll();
    expect(cache.get("/stories/b")).toBeUndefined();
  });

  test("an archive's older pages are purged with it, other archives are not", () => {
    const cache = new PageCache(1024 * 1024);
    for (const key of ["/sections/world", "/sections/world/before/abc", "/sections/worldwide", "/sections/europe/before/x"]) {
      cache.storeIfCurrent(cache.generation, key, 200, pageHeaders, html(key));
    }
    cache.purgeBelow(["/sections/world"]);
    expect(cache.get("/sections/world/before/abc")).toBeUndefined();
    expect(cache.get("/sections/world")).toBeDefined();
    expect(cache.get("/sections/worldwide")).toBeDefined();
    expect(cache.get("/sections/europe/before/x")).toBeDefined();
  });

  test("a response begun before a purge is not stored: it may show what the write changed", () => {
    const cache = new PageCache(1024 * 1024);
    const before = cache.generation;
    cache.purgePaths(["/elsewhere"]);
    expect(cache.storeIfCurrent(before, "/stories/a", 200, pageHeaders, html("old"))).toBe(false);
    expect(cache.get("/stories/a")).toBeUndefined();
  });

  test("stays within its memory, dropping the least recently used page first", () => {
    // Random bytes do not compress: each page takes its full size.
    const body = Buffer.from(Array.from({ length: 40_000 }, () => Math.floor(Math.random() * 256)));
    const cache = new PageCache(100_000);
    cache.storeIfCurrent(cache.generation, "/one", 200, pageHeaders, body);
    cache.storeIfCurrent(cache.generation, "/two", 200, pageHeaders, body);
    cache.get("/one"); // now /two is the least recently used
    cache.storeIfCurrent(cache.generation, "/three", 200, pageHeaders, body);
    expect(cache.get("/two")).toBeUndefined();
    expect(cache.get("/one")).toBeDefined();
    expect(cache.get("/three")).toBeDefined();
    expect(cache.stats().bytes).toBeLessThanOrEqual(100_000);
  });

  test("a kept copy takes its own size in memory, not that of the compressor's buffer", () => {
    const cache = new PageCache(1024 * 1024);
    cache.storeIfCurrent(cache.generation, "/", 200, pageHeaders, html("front"));
    const page = cache.get("/")!;
    expect(page.encoded.br.buffer.byteLength).toBe(page.encoded.br.length);
    expect(cache.bodyFor(page, "gzip").body.buffer.byteLength).toBe(page.encoded.gzip!.length);
  });

  test("keeps a page compressed, and gives each reader the encoding it accepts", () => {
    const cache = new PageCache(1024 * 1024);
    const body = html("a story ".repeat(500));
    cache.storeIfCurrent(cache.generation, "/s", 200, pageHeaders, body);
    const page = cache.get("/s")!;
    const br = cache.bodyFor(page, "gzip, deflate, br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).equals(body)).toBe(true);
    expect(cache.bodyFor(page, "gzip, deflate, br").body).toBe(br.body);
    const gzip = cache.bodyFor(page, "gzip");
    expect(gunzipSync(gzip.body).equals(body)).toBe(true);
    expect(cache.bodyFor(page, undefined)).toEqual({ encoding: "identity", body });
  });
});

test("encodings follow the browser's weights, brotli first among equals", () => {
  expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
  expect(preferredEncoding("br;q=0.5, gzip")).toBe("gzip");
  expect(preferredEncoding("deflate")).toBe("identity");
  expect(preferredEncoding(undefined)).toBe("identity");
});

test("a browser that has the page already gets a 304 for its ETag", () => {
  const cache = new PageCache(1024 * 1024);
  cache.storeIfCurrent(cache.generation, "/", 200, pageHeaders, html("front"));
  const page = cache.get("/")!;
  expect(isNotModified(page, '"abc"')).toBe(true);
  expect(isNotModified(page, 'W/"abc", "def"')).toBe(true);
  expect(isNotModified(page, '"def"')).toBe(false);
  expect(isNotModified(page, undefined)).toBe(false);
});

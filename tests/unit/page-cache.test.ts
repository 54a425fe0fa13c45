import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { applyInvalidation, tagClock } from "@/lib/delivery/cache-handler.mjs";
import { cacheKeyFor, isNotModified, MAX_PAGE_BYTES, PageCache, preferredEncoding, tagHeaders } from "@/scripts/page-cache";

// What Next.js sends with a page it renders once and serves from its cache for 60 seconds.
const pageHeaders = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "s-maxage=60, stale-while-revalidate=31535940",
  vary: "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding",
  etag: '"abc"',
  "x-frame-options": "DENY",
};
const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers: { host: "news.test", ...headers } });
/** A header list of names and values, as pairs. */
const pairs = (list: string[]) => list.flatMap((name, index) => (index % 2 ? [] : [[name, list[index + 1]]]));
const html = (text: string) => Buffer.from(`<!doctype html><p>${text}</p>`);
const MB = 1024 * 1024;

/** Stores a page rendered from `renderedFrom` (now unless told) under its URL; whether it was kept. */
function store(
  cache: PageCache,
  url: string,
  options: { tags?: string[]; headers?: Record<string, string | string[]>; body?: Buffer; status?: number; renderedFrom?: number } = {},
) {
  const request = get(url);
  const kept = cache.store(
    request,
    url,
    options.renderedFrom ?? Date.now(),
    options.status ?? 200,
    options.headers ?? pageHeaders,
    options.body ?? html(url),
    options.tags ?? ["story:a"],
  );
  return kept !== undefined;
}
const lookup = (cache: PageCache, url: string) => cache.lookup(get(url), url);

beforeEach(() => {
  // The tag clock is the process's; each test starts with nothing invalidated.
  tagClock().invalidatedAt.clear();
  tagClock().everythingAt = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

describe("which requests the cache answers", () => {
  test("a reader's GET or HEAD of a page, with its query string", () => {
    expect(cacheKeyFor(get("/stories/a-story"))).toBe("/stories/a-story");
    expect(cacheKeyFor({ ...get("/"), method: "HEAD" })).toBe("/");
    expect(cacheKeyFor(get("/sections/world?utm_source=x"))).toBe("/sections/world?utm_source=x");
  });

  test("never writes, the newsroom, JSON, uploads, build files or client navigations", () => {
    expect(cacheKeyFor({ ...get("/stories/a"), method: "POST" })).toBeNull();
    for (const url of ["/admin", "/admin?x=1", "/admin/stories", "/api/health", "/media/a.webp", "/_next/static/x.js"]) {
      expect(cacheKeyFor(get(url))).toBeNull();
    }
    expect(cacheKeyFor(get("/stories/a", { rsc: "1" }))).toBeNull();
    expect(cacheKeyFor(get("/stories/a", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyFor(get("/stories/a?_rsc=1x2y"))).toBeNull();
    expect(cacheKeyFor(get("/stories/a", { authorization: "Bearer x" }))).toBeNull();
    expect(cacheKeyFor(get("/stories/a", { range: "bytes=0-10" }))).toBeNull();
  });
});

describe("what it keeps", () => {
  test("a page a shared cache may keep, with tags: answered with its headers, without those of one connection", () => {
    const cache = new PageCache(MB);
    const headers = { ...pageHeaders, "content-length": "99", date: "Mon, 01 Dec 2025 00:00:00 GMT", connection: "keep-alive" };
    expect(store(cache, "/", { headers, body: html("front"), tags: ["front"] })).toBe(true);
    const found = lookup(cache, "/")!;
    expect(found.fresh).toBe(true);
    expect(found.page.tags).toEqual(["front"]);
    expect(cache.bodyFor(found.page, undefined).body.toString()).toContain("front");
    const names = pairs(cache.headersFor(found.page)).map(([name]) => name);
    expect(pairs(cache.headersFor(found.page))).toContainEqual(["x-frame-options", "DENY"]);
    expect(names).not.toContain("content-length");
    expect(names).not.toContain("date");
    expect(names).not.toContain("connection");
    expect(names.filter((name) => name === "age")).toHaveLength(1);
    expect(cache.stats()).toMatchObject({ pages: 1, hits: 1, misses: 0 });
  });

  test("a page without tags is not kept: no write could drop it", () => {
    const cache = new PageCache(MB);
    expect(store(cache, "/", { tags: [] })).toBe(false);
    expect(lookup(cache, "/")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ pages: 0, misses: 1 });
  });

  test("a personal, private, uncacheable, encoded or oversized response is not kept", () => {
    const cache = new PageCache(4 * MB);
    const refused: Record<string, Parameters<typeof store>[2]> = {
      "/cookie": { headers: { ...pageHeaders, "set-cookie": "session=1" } },
      "/private": { headers: { ...pageHeaders, "cache-control": "private, max-age=60" } },
      "/no-store": { headers: { ...pageHeaders, "cache-control": "no-store" } },
      "/next-dynamic": { headers: { ...pageHeaders, "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate" } },
      "/no-lifetime": { headers: { "content-type": "text/html", "cache-control": "public, max-age=0" } },
      "/encoded": { headers: { ...pageHeaders, "content-encoding": "gzip" } },
      "/huge": { body: Buffer.alloc(MAX_PAGE_BYTES + 1, 97) },
    };
    for (const [url, options] of Object.entries(refused)) {
      expect(store(cache, url, options), url).toBe(false);
      expect(lookup(cache, url), url).toBeUndefined();
    }
    expect(cache.stats().pages).toBe(0);
  });

  test("CDN-Cache-Control speaks to this cache in place of Cache-Control, as search results send it", () => {
    const cache = new PageCache(MB);
    const search = {
      "content-type": "text/html",
      "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
      "cdn-cache-control": "max-age=60",
    };
    expect(store(cache, "/search?q=ferry", { headers: search, tags: ["search"] })).toBe(true);
    expect(lookup(cache, "/search?q=ferry")?.fresh).toBe(true);
    // Browsers still get the page's own Cache-Control.
    expect(pairs(cache.headersFor(lookup(cache, "/search?q=ferry")!.page))).toContainEqual(["cache-control", search["cache-control"]]);
    expect(lookup(cache, "/search?q=strike")).toBeUndefined();
    // And it can forbid what Cache-Control allows.
    expect(store(cache, "/stories/a", { headers: { ...pageHeaders, "cdn-cache-control": "no-store" } })).toBe(false);
  });

  test("says it varies by encoding and gives a weak validator, as its copies are compressed", () => {
    const cache = new PageCache(MB);
    store(cache, "/", { headers: { ...pageHeaders, vary: "rsc" } });
    const { page } = lookup(cache, "/")!;
    expect(pairs(page.headers)).toContainEqual(["vary", "rsc, Accept-Encoding"]);
    expect(pairs(page.headers)).toContainEqual(["etag", 'W/"abc"']);
    expect(pairs(page.headers).filter(([name]) => name === "vary")).toHaveLength(1);
  });

  test("keeps a page's other headers once: its caching rules hold only the headers they read", () => {
    const cache = new PageCache(MB);
    store(cache, "/", { headers: { ...pageHeaders, "content-security-policy": "default-src 'self'" } });
    const { page } = lookup(cache, "/")!;
    expect(pairs(page.headers)).toContainEqual(["content-security-policy", "default-src 'self'"]);
    expect(Object.keys(page.policy.toObject().resh).sort()).toEqual(["cache-control", "etag", "vary"]);
  });

  test("a page whose tag was invalidated while it rendered is not kept: it may show what the write changed", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const cache = new PageCache(MB);
    const renderedFrom = Date.now();
    vi.setSystemTime(1_000_050);
    applyInvalidation(["story:a"]);
    vi.setSystemTime(1_000_100);
    expect(store(cache, "/stories/a", { tags: ["story:a", "sections"], renderedFrom })).toBe(false);
    expect(lookup(cache, "/stories/a")).toBeUndefined();
  });

  test("keeps nothing when given no memory", () => {
    const cache = new PageCache(0);
    expect(store(cache, "/")).toBe(false);
    expect(lookup(cache, "/")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ pages: 0, bytes: 0 });
  });
});

describe("lookups", () => {
  test("a page is dropped once one of its tags is invalidated after its render began; others stay", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const cache = new PageCache(MB);
    store(cache, "/stories/a", { tags: ["story:a", "related:a", "sections"] });
    store(cache, "/stories/b", { tags: ["story:b", "sections"] });
    store(cache, "/", { tags: ["front", "story:a", "story:b", "sections"] });
    vi.setSystemTime(1_005_000);
    applyInvalidation(["related:a"]);
    expect(lookup(cache, "/stories/a")).toBeUndefined();
    expect(lookup(cache, "/stories/b")?.fresh).toBe(true);
    expect(lookup(cache, "/")?.fresh).toBe(true);
    expect(cache.stats().pages).toBe(2);
    applyInvalidation(["story:b"]);
    expect(lookup(cache, "/stories/b")).toBeUndefined();
    expect(lookup(cache, "/")).toBeUndefined();
    expect(cache.stats()).toMatchObject({ pages: 0, hits: 2, misses: 3 });
  });

  test("a tag invalidated before the render began does not drop the page", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    applyInvalidation(["story:a"]);
    vi.setSystemTime(1_000_001);
    const cache = new PageCache(MB);
    expect(store(cache, "/stories/a", { tags: ["story:a"], renderedFrom: Date.now() })).toBe(true);
    vi.setSystemTime(1_002_000);
    expect(lookup(cache, "/stories/a")?.fresh).toBe(true);
    // One invalidated in the very millisecond the render began may not be in it: dropped.
    applyInvalidation(["story:b"], 1_010_000);
    expect(store(cache, "/stories/b", { tags: ["story:b"], renderedFrom: 1_010_000 })).toBe(false);
  });

  test("invalidating everything drops every page", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const cache = new PageCache(MB);
    store(cache, "/", { tags: ["front"] });
    store(cache, "/about", { tags: ["about"] });
    vi.setSystemTime(1_001_000);
    applyInvalidation(["*"]);
    expect(lookup(cache, "/")).toBeUndefined();
    expect(lookup(cache, "/about")).toBeUndefined();
  });

  test("fresh for its s-maxage, then served stale while it is rendered again, then gone", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const cache = new PageCache(MB);
    const headers = { ...pageHeaders, "cache-control": "public, max-age=0, s-maxage=1, stale-while-revalidate=30" };
    expect(store(cache, "/feed.xml", { headers, tags: ["feeds"] })).toBe(true);
    expect(lookup(cache, "/feed.xml")?.fresh).toBe(true);
    vi.setSystemTime(1_000_900);
    expect(lookup(cache, "/feed.xml")?.fresh).toBe(true);
    vi.setSystemTime(1_003_000);
    const stale = lookup(cache, "/feed.xml")!;
    expect(stale.fresh).toBe(false);
    expect(pairs(cache.headersFor(stale.page))).toContainEqual(["age", "3"]);
    expect(cache.stats()).toMatchObject({ hits: 3, staleHits: 1 });
    vi.setSystemTime(1_032_000);
    expect(lookup(cache, "/feed.xml")).toBeUndefined();
  });

  test("without stale-while-revalidate a page past its lifetime is not served", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(1_000_000);
    const cache = new PageCache(MB);
    store(cache, "/", { headers: { ...pageHeaders, "cache-control": "s-maxage=60" } });
    vi.setSystemTime(1_059_000);
    expect(lookup(cache, "/")?.fresh).toBe(true);
    vi.setSystemTime(1_061_000);
    expect(lookup(cache, "/")).toBeUndefined();
  });

  test("a page is kept by its address: another query string is another page", () => {
    const cache = new PageCache(MB);
    store(cache, "/stories/a?ref=home");
    expect(lookup(cache, "/stories/a")).toBeUndefined();
    expect(lookup(cache, "/stories/a?ref=home")).toBeDefined();
  });
});

describe("encodings", () => {
  test("keeps a page compressed, and gives each reader the encoding it accepts, all the same bytes", () => {
    const cache = new PageCache(MB);
    const body = html("a story ".repeat(500));
    store(cache, "/s", { body });
    const { page } = lookup(cache, "/s")!;
    expect(page.encoded.br.length).toBeLessThan(body.length);
    const br = cache.bodyFor(page, "gzip, deflate, br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.body).equals(body)).toBe(true);
    expect(page.encoded.gzip).toBeUndefined();
    const gzip = cache.bodyFor(page, "gzip");
    expect(gzip.encoding).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(body)).toBe(true);
    // The gzip copy is made once, kept, and counted.
    expect(cache.bodyFor(page, "gzip").body).toBe(gzip.body);
    expect(cache.stats().bytes).toBeGreaterThan(page.encoded.br.length + gzip.body.length);
    expect(cache.bodyFor(page, undefined)).toEqual({ encoding: "identity", body });
    expect(cache.bodyFor(page, "deflate")).toEqual({ encoding: "identity", body });
  });

  test("a kept copy takes its own size in memory, not that of the compressor's buffer", () => {
    const cache = new PageCache(MB);
    store(cache, "/");
    const { page } = lookup(cache, "/")!;
    expect(page.encoded.br.buffer.byteLength).toBe(page.encoded.br.length);
    expect(cache.bodyFor(page, "gzip").body.buffer.byteLength).toBe(page.encoded.gzip!.length);
  });

  test("follow the browser's weights, brotli first among equals", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(preferredEncoding("deflate")).toBe("identity");
    expect(preferredEncoding(undefined)).toBe("identity");
  });
});

test("a browser that has the page already gets a 304 for its ETag", () => {
  const cache = new PageCache(MB);
  store(cache, "/");
  const { page } = lookup(cache, "/")!;
  expect(isNotModified(page, '"abc"')).toBe(true);
  expect(isNotModified(page, 'W/"abc"')).toBe(true);
  expect(isNotModified(page, '"def", W/"abc"')).toBe(true);
  expect(isNotModified(page, "*")).toBe(true);
  expect(isNotModified(page, '"def"')).toBe(false);
  expect(isNotModified(page, undefined)).toBe(false);

  const withoutEtag: Record<string, string> = { ...pageHeaders };
  delete withoutEtag.etag;
  store(cache, "/plain", { headers: withoutEtag });
  expect(isNotModified(lookup(cache, "/plain")!.page, '"abc"')).toBe(false);
});

test("stays within its memory, dropping the least recently used page first", () => {
  // Random bytes do not compress: each page takes its full size.
  const body = Buffer.from(Array.from({ length: 40_000 }, () => Math.floor(Math.random() * 256)));
  const cache = new PageCache(100_000);
  store(cache, "/one", { body });
  store(cache, "/two", { body });
  lookup(cache, "/one"); // now /two is the least recently used
  store(cache, "/three", { body });
  expect(lookup(cache, "/two")).toBeUndefined();
  expect(lookup(cache, "/one")).toBeDefined();
  expect(lookup(cache, "/three")).toBeDefined();
  expect(cache.stats().pages).toBe(2);
  expect(cache.stats().bytes).toBeLessThanOrEqual(100_000);
  expect(cache.stats().evictions).toBe(1);
});

describe("the headers naming a page's tags to the caches in front", () => {
  test("Surrogate-Key always, Cache-Tag only with Cloudflare in front", () => {
    expect(tagHeaders(["front", "story:port-strike"], { cloudflare: false })).toEqual({
      "surrogate-key": "front story:port-strike",
    });
    expect(tagHeaders(["front", "story:port-strike"], { cloudflare: true })).toEqual({
      "surrogate-key": "front story:port-strike",
      "cache-tag": "front,story:port-strike",
    });
    expect(tagHeaders([], { cloudflare: true })).toEqual({});
  });

  test("a page whose tags overflow Cloudflare's header is kept out of Cloudflare, not kept there untagged", () => {
    const tags = Array.from({ length: 400 }, (_, index) => `story:a-rather-long-headline-slug-number-${index}`);
    const headers = tagHeaders(tags, { cloudflare: true });
    expect(headers["cache-tag"]).toBeUndefined();
    expect(headers["cloudflare-cdn-cache-control"]).toBe("no-store");
    expect(headers["surrogate-key"]?.split(" ")).toHaveLength(400);
  });
});

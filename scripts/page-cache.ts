/**
 * The page cache: whole reader pages kept in the server's memory and served
 * without reaching Next.js, as a CDN in front of the site would serve them,
 * but inside each process `npm start` runs (scripts/server.ts).
 *
 * HTTP's rules for a shared cache decide what it keeps and for how long
 * (http-cache-semantics); memory is bounded, least recently used first
 * (lru-cache). Each page carries the cache tags it was rendered with
 * (lib/delivery/cache-tags.ts) and the time its render began: once one of its tags
 * is invalidated after that time (lib/delivery/cache-handler.mjs's clock), it is
 * never served again. A page without tags is not kept, since no write could
 * drop it.
 *
 * This module runs outside Next.js's bundle, so it imports nothing of the app
 * but the tag clock, which is plain JavaScript.
 */
import CachePolicy from "http-cache-semantics";
import { LRUCache } from "lru-cache";
import Negotiator from "negotiator";
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gzipSync } from "node:zlib";
import { isStale, ownCopy } from "../lib/delivery/cache-handler.mjs";

export type CachedEncoding = "br" | "gzip";
type Encoding = CachedEncoding | "identity";
type Headers = Record<string, string | string[] | number | undefined>;
export type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

export type CachedPage = {
  key: string;
  /** A 200, or a 404 (a story not published yet at that address), as Next.js rendered it. */
  status: number;
  /**
   * The headers Next.js sent, without the ones that describe one connection
   * or one encoding, as one list of names and values (one array a page, not
   * one a header: thousands of pages are kept on the heap).
   */
  headers: string[];
  /**
   * The body, kept compressed: brotli always (what browsers ask for), gzip
   * once a browser asks for it. A reader without either gets the brotli copy
   * decompressed, which is rare and cheap, so a page takes a sixth of the memory.
   */
  encoded: { br: Buffer; gzip?: Buffer };
  etag: string | null;
  tags: string[];
  /** When the render began: a tag invalidated since then makes the page stale. */
  renderedFrom: number;
  policy: CachePolicy;
  /**
   * Until when the policy last said the page is fresh (ms since the epoch).
   * Every reader is asked the same shared request, so the verdict changes
   * only with time: it is not worked out again for each hit before then.
   */
  freshUntil: number;
};

/** Request headers of Next.js's client navigations, which get another response than a reader's page. */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** Never cached: the newsroom, JSON, uploads and the build's own files (which browsers cache for a year). */
const UNCACHED_PATHS = /^\/(?:admin|api|media|_next)(?:[/?]|$)/;
/** Not replayed from the cache: they belong to the connection or to one encoding of the body. */
const UNSTORED_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "age",
  "x-page-cache",
  "etag",
  "vary",
]);

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * The key a request is cached under, or null when it must go to Next.js:
 * anything but GET and HEAD, signed requests, client navigations (RSC),
 * ranges, and the paths that are never cached.
 */
export function cacheKeyFor(request: RequestLike): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const url = request.url ?? "";
  if (!url.startsWith("/") || UNCACHED_PATHS.test(url)) return null;
  const { headers } = request;
  if (headers.authorization || headers.range) return null;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (/[?&]_rsc=/.test(url)) return null;
  return url;
}

/**
 * The response headers HTTP's caching rules read (RFC 9111, and what
 * http-cache-semantics consults). The policy is given these alone: it keeps
 * the headers it is given for as long as the page is kept, and the page's
 * other headers (its security policy, its tags) are stored once, below.
 */
const CACHING_HEADERS = ["cache-control", "pragma", "expires", "date", "age", "last-modified", "etag", "vary"];

/**
 * A header value as the cache keeps it: one copy for the values every page
 * repeats (the security policy, Vary), made by Next.js afresh for each
 * response, and a copy of its own for the rest. A value can be a slice of
 * the response's whole header block, which the slice would keep alive.
 * Measured in a heap snapshot of 6,400 kept pages, before: 1.2 KB of header
 * block and 0.6 KB of security policy a page.
 */
const keptValues = new LRUCache<string, string>({ max: 500 });
function keepable(value: string): string {
  const known = keptValues.get(value);
  if (known !== undefined) return known;
  const copy = ownCopy(value);
  keptValues.set(copy, copy);
  return copy;
}

/**
 * The rules for shared caches: `CDN-Cache-Control` (RFC 9213: for caches in
 * front, not browsers) in place of `Cache-Control` when a response sends it.
 */
function policyFor(request: RequestLike, status: number, headers: Headers): CachePolicy {
  const caching: Record<string, string> = {};
  for (const name of CACHING_HEADERS) if (headers[name] !== undefined) caching[name] = keepable(String(headers[name]));
  const response = { status, headers: caching };
  if (headers["cdn-cache-control"] !== undefined) response.headers["cache-control"] = keepable(String(headers["cdn-cache-control"]));
  // Every reader's page is the same; the cookie a reader sends changes nothing in it (cacheKeyFor left out the rest).
  const shared = { method: "GET", url: request.url, headers: { host: keepable(String(request.headers.host ?? "")) } };
  return new CachePolicy(shared, response, { shared: true, cacheHeuristic: 0 });
}

/**
 * A copy in memory of its own size. zlib hands back a view of its 16 KB
 * working buffer, which a 5 KB page kept in the cache would hold on to whole.
 */
function exactCopy(bytes: Buffer): Buffer {
  const copy = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(copy);
  return copy;
}

const compressors: Record<CachedEncoding, (body: Buffer) => Buffer> = {
  // Fast settings: a page is compressed once, while a reader waits for it.
  br: (body) =>
    exactCopy(
      brotliCompressSync(body, {
        params: {
          [zlib.BROTLI_PARAM_QUALITY]: 5,
          [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
          // A window no larger than the page: the default 4 MB one is allocated for every page.
          [zlib.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(10, Math.ceil(Math.log2(body.length + 1)))),
        },
      }),
    ),
  gzip: (body) => exactCopy(gzipSync(body, { level: 6 })),
};

/**
 * What a page takes in memory, near enough: its copies, key and headers, and
 * what its objects take on the heap (2.5 KB a story page, measured: heap
 * used before and after storing 5,000).
 */
const entrySize = (page: CachedPage) =>
  page.encoded.br.length + (page.encoded.gzip?.length ?? 0) + 2 * page.key.length + 40 * page.headers.length + 2000;

export type PageCacheStats = {
  pages: number;
  bytes: number;
  hits: number;
  /** Hits on a page past its lifetime, answered while it is rendered again in the background. */
  staleHits: number;
  misses: number;
  /** Pages dropped to make room for others (not those dropped because a tag was invalidated). */
  evictions: number;
};
export type Lookup = { page: CachedPage; fresh: boolean };

export class PageCache {
  private readonly pages: LRUCache<string, CachedPage> | null;
  private hits = 0;
  private staleHits = 0;
  private misses = 0;
  private evictions = 0;

  constructor(maxBytes: number) {
    this.pages =
      maxBytes > 0
        ? new LRUCache({
            maxSize: maxBytes,
            sizeCalculation: entrySize,
            dispose: (_page, _key, reason) => {
              if (reason === "evict") this.evictions++;
            },
          })
        : null;
  }

  /**
   * The page stored for a request: fresh, or past its lifetime but within
   * its stale-while-revalidate window (the caller renders it again in the
   * background). Undefined when there is none, or its tags were invalidated.
   */
  lookup(request: RequestLike, key: string): Lookup | undefined {
    const page = this.pages?.get(key);
    if (page && isStale(page.tags, page.renderedFrom)) this.pages?.delete(key);
    else if (page) {
      const now = Date.now();
      if (now < page.freshUntil) {
        this.hits++;
        return { page, fresh: true };
      }
      const shared = { method: "GET", url: key, headers: { host: String(request.headers.host ?? "") } };
      const { response, revalidation } = page.policy.evaluateRequest(shared);
      if (response && !revalidation) {
        page.freshUntil = now + Math.max(0, page.policy.maxAge() - page.policy.age()) * 1000;
        this.hits++;
        return { page, fresh: true };
      }
      // Past its lifetime, within stale-while-revalidate: served, and rendered again behind it.
      if (response && revalidation && !revalidation.synchronous) {
        this.hits++;
        this.staleHits++;
        return { page, fresh: false };
      }
    }
    this.misses++;
    return undefined;
  }

  /**
   * Keeps a response Next.js sent, if HTTP lets a shared cache keep it and
   * it has tags; `renderedFrom` is when the render began. Returns the page kept.
   */
  store(request: RequestLike, key: string, renderedFrom: number, status: number, headers: Headers, body: Buffer, tags: string[]): CachedPage | undefined {
    if (!this.pages || tags.length === 0 || body.length > MAX_PAGE_BYTES) return undefined;
    if (headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return undefined;
    const policy = policyFor(request, status, headers);
    const ttl = policy.timeToLive();
    if (!policy.storable() || ttl <= 0 || isStale(tags, renderedFrom)) return undefined;
    // Served compressed, with a validator that says so (an encoding is not the same bytes).
    const etag = headers.etag === undefined ? null : `W/${String(headers.etag).replace(/^W\//, "")}`;
    const vary = String(headers.vary ?? "");
    const kept: string[] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || UNSTORED_HEADERS.has(name)) continue;
      for (const each of Array.isArray(value) ? value : [value]) kept.push(keepable(name), keepable(String(each)));
    }
    kept.push("vary", keepable(/accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", ")));
    if (etag) kept.push("etag", etag);
    const page: CachedPage = {
      key,
      status,
      headers: kept,
      encoded: { br: compressors.br(body) },
      etag,
      tags: tags.map(keepable),
      renderedFrom,
      policy,
      freshUntil: 0,
    };
    this.pages.set(key, page, { ttl });
    return page;
  }

  /** The headers to answer with, as names and values: the stored ones, and how old the page is. */
  headersFor(page: CachedPage): string[] {
    return [...page.headers, "age", String(Math.floor(page.policy.age()))];
  }

  /** The body in the encoding the request prefers among what we can send. */
  bodyFor(page: CachedPage, acceptEncoding: string | undefined): { encoding: Encoding; body: Buffer } {
    const encoding = preferredEncoding(acceptEncoding);
    if (encoding === "br") return { encoding, body: page.encoded.br };
    if (encoding === "identity") return { encoding, body: brotliDecompressSync(page.encoded.br) };
    let body = page.encoded.gzip;
    if (!body) {
      body = compressors.gzip(brotliDecompressSync(page.encoded.br));
      // Stored again so that the cache counts the new copy's size.
      if (this.pages?.peek(page.key) === page) {
        page.encoded.gzip = body;
        this.pages.set(page.key, page, { ttl: this.pages.getRemainingTTL(page.key) });
      }
    }
    return { encoding, body };
  }

  stats(): PageCacheStats {
    return {
      pages: this.pages?.size ?? 0,
      bytes: this.pages?.calculatedSize ?? 0,
      hits: this.hits,
      staleHits: this.staleHits,
      misses: this.misses,
      evictions: this.evictions,
    };
  }
}

const ENCODINGS: Encoding[] = ["br", "gzip", "identity"];
// negotiator 1.x takes our order of preference for encodings the browser likes
// equally ("gzip, deflate, br"); its published types still describe 0.6.
type NegotiatorWithPreference = { encoding(available: Encoding[], options: { preferred: Encoding[] }): string | undefined };

/** Browsers send a handful of Accept-Encoding values: each is negotiated once. */
const negotiated = new LRUCache<string, Encoding>({ max: 256 });

export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  let encoding = negotiated.get(acceptEncoding);
  if (encoding === undefined) {
    const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }) as unknown as NegotiatorWithPreference;
    encoding = (negotiator.encoding(ENCODINGS, { preferred: ENCODINGS }) as Encoding | undefined) ?? "identity";
    negotiated.set(acceptEncoding, encoding);
  }
  return encoding;
}

/** The most Cloudflare reads of a Cache-Tag header. */
export const CLOUDFLARE_CACHE_TAG_BYTES = 16 * 1024;

/**
 * The headers that name a page's cache tags to the HTTP caches in front:
 * Surrogate-Key (Varnish's xkey, Fastly), and Cache-Tag (comma-separated)
 * when Cloudflare is in front; both caches remove them before browsers see
 * them. A page whose tags do not fit Cloudflare's header is kept out of
 * Cloudflare (no purge could reach it there), never kept without its tags.
 */
export function tagHeaders(tags: string[], { cloudflare }: { cloudflare: boolean }): Record<string, string> {
  if (tags.length === 0) return {};
  const headers: Record<string, string> = { "surrogate-key": tags.join(" ") };
  if (!cloudflare) return headers;
  const cacheTag = tags.join(",");
  if (Buffer.byteLength(cacheTag) <= CLOUDFLARE_CACHE_TAG_BYTES) headers["cache-tag"] = cacheTag;
  else headers["cloudflare-cdn-cache-control"] = "no-store";
  return headers;
}

/** Whether a conditional request's ETags name the stored page, so a 304 answers it. */
export function isNotModified(page: CachedPage, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch || !page.etag) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => weak(tag) === weak(page.etag!));
}

/**
 * The page cache: whole reader pages kept in the server's memory and served
 * without reaching Next.js, as a CDN in front of the site would serve them,
 * but inside the one process `npm start` runs (scripts/server.ts).
 *
 * It follows HTTP's rules for a shared cache: it stores only what Next.js
 * marks as shareable (a 200 with `s-maxage`, no cookie, varying on nothing it
 * cannot see), for as long as `s-maxage` allows. Writes purge the pages they
 * change (lib/reader-cache.ts), by path, in every web process.
 *
 * This module runs outside Next.js's bundle, so it imports nothing of the app.
 */
import Negotiator from "negotiator";
import { brotliCompressSync, brotliDecompressSync, constants as zlib, gzipSync } from "node:zlib";

export type CachedEncoding = "br" | "gzip";
type Encoding = CachedEncoding | "identity";

export type CachedPage = {
  /** The request target it answers: path and query. */
  key: string;
  path: string;
  /** The headers Next.js sent, without the ones that describe one connection or one encoding. */
  headers: [string, string][];
  /**
   * The body, kept compressed: brotli always (what browsers ask for), gzip
   * once a browser asks for it. A reader without either gets the brotli copy
   * decompressed, which is rare and cheap, so a page takes a sixth of the memory.
   */
  encoded: { br: Buffer; gzip?: Buffer };
  etag: string | null;
  /** Kept under its path alone (a page Next.js cached), so it answers any query string. */
  byPath: boolean;
  storedAt: number;
  expiresAt: number;
};

/** Request headers a reader page varies on that our cached copy was made without (Next's client navigations). */
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
const UNDERSTOOD_VARY = new Set([...ROUTER_HEADERS, "accept-encoding"]);
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
  "x-nextjs-cache",
  "surrogate-control",
]);

export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

type RequestLike = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };

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
 * The path a request names, however it is spelled: dot segments resolved and
 * percent-escapes of unreserved characters decoded, so that "/stories/%73lug"
 * and "/stories/slug?ref=x" are both "/stories/slug". Null when it cannot be read.
 */
export function canonicalPath(url: string): string | null {
  try {
    return decodeURI(new URL(url, "http://localhost").pathname);
  } catch {
    return null;
  }
}

/** Next.js rendered it once for every query string (a cached page): it is kept under its path alone. */
const isCachedPage = (headers: Record<string, unknown>) =>
  headers["x-nextjs-cache"] !== undefined || headers["x-nextjs-prerender"] !== undefined;

function directives(cacheControl: string): Map<string, string | true> {
  const found = new Map<string, string | true>();
  for (const part of cacheControl.toLowerCase().split(",")) {
    const [name, value] = part.trim().split("=", 2);
    if (name) found.set(name, value?.replace(/^"|"$/g, "") ?? true);
  }
  return found;
}

/**
 * How many seconds a shared cache may keep this response, or 0 when it must
 * not store it at all. `Surrogate-Control` (the app's word to this cache
 * alone, as to a CDN's edge) comes before `Cache-Control` (everyone's):
 * search results are kept here for a minute though browsers keep none.
 */
export function sharedLifetime(status: number, headers: Record<string, string | string[] | number | undefined>): number {
  if (status !== 200 || headers["set-cookie"] !== undefined || headers["content-encoding"] !== undefined) return 0;
  // Next.js sends a page it is regenerating in the background as STALE: the next request gets the fresh one.
  if (String(headers["x-nextjs-cache"] ?? "").toUpperCase() === "STALE") return 0;
  const vary = String(headers.vary ?? "")
    .toLowerCase()
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (vary.some((name) => !UNDERSTOOD_VARY.has(name))) return 0;
  if (headers["surrogate-control"] !== undefined) {
    const surrogate = directives(String(headers["surrogate-control"]));
    if (surrogate.has("no-store")) return 0;
    const seconds = Number(surrogate.get("max-age") ?? 0);
    return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  }
  const cacheControl = directives(String(headers["cache-control"] ?? ""));
  if (cacheControl.has("private") || cacheControl.has("no-store") || cacheControl.has("no-cache")) return 0;
  const seconds = Number(cacheControl.get("s-maxage") ?? (cacheControl.has("public") ? cacheControl.get("max-age") : 0));
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
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
 * What a page takes in memory, near enough: its copies, and its headers and
 * key (each a string, two bytes a character at worst, plus the objects
 * around them; headers most pages share are stored once, see `shared`).
 */
const entrySize = (page: CachedPage) =>
  page.encoded.br.length + (page.encoded.gzip?.length ?? 0) + 2 * page.key.length + 80 * page.headers.length + 600;

export type PageCacheStats = { pages: number; bytes: number; hits: number; misses: number };

/** Pages by request target, least recently used first, within a byte budget. */
export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private readonly keysByPath = new Map<string, Set<string>>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;
  /**
   * Counts purges. A response that was being made when a purge came may
   * predate the write that purged, so it is not stored (see `storeIfCurrent`).
   */
  generation = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxSeconds = 3600,
    private readonly now: () => number = Date.now,
  ) {}

  /** The fresh page for a request target (see cacheKeyFor), or undefined. */
  get(url: string): CachedPage | undefined {
    const path = canonicalPath(url);
    const byPath = path !== null && path !== url ? this.fresh(path) : undefined;
    const page = this.fresh(url) ?? (byPath?.byPath ? byPath : undefined);
    if (!page) {
      this.misses++;
      return undefined;
    }
    // Most recently used goes last.
    this.pages.delete(page.key);
    this.pages.set(page.key, page);
    this.hits++;
    return page;
  }

  private fresh(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page && page.expiresAt <= this.now()) {
      this.delete(key);
      return undefined;
    }
    return page;
  }

  /**
   * Keeps a response Next.js just sent, if HTTP lets a shared cache keep it
   * and no purge happened since `generation` was read.
   */
  storeIfCurrent(
    generation: number,
    url: string,
    status: number,
    headers: Record<string, string | string[] | number | undefined>,
    body: Buffer,
  ): boolean {
    if (generation !== this.generation || this.maxBytes <= 0) return false;
    const seconds = Math.min(sharedLifetime(status, headers), this.maxSeconds);
    const path = canonicalPath(url);
    if (seconds <= 0 || body.length > MAX_PAGE_BYTES || path === null) return false;
    const byPath = isCachedPage(headers);
    const key = byPath ? path : url;
    // Served compressed, with a validator that says so (an encoding is not the same bytes).
    const etag = headers.etag === undefined ? null : `W/${String(headers.etag).replace(/^W\//, "")}`;
    const vary = String(headers.vary ?? "");
    const kept: [string, string][] = [];
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || UNSTORED_HEADERS.has(name) || name === "etag" || name === "vary") continue;
      for (const each of Array.isArray(value) ? value : [value]) kept.push(this.shared(name, String(each)));
    }
    kept.push(this.shared("vary", /accept-encoding/i.test(vary) ? vary : [vary, "Accept-Encoding"].filter(Boolean).join(", ")));
    if (etag) kept.push(["etag", etag]);
    const now = this.now();
    this.delete(key);
    const page: CachedPage = {
      key,
      path,
      headers: kept,
      encoded: { br: compressors.br(body) },
      etag,
      byPath,
      storedAt: now,
      expiresAt: now + seconds * 1000,
    };
    this.pages.set(key, page);
    const keys = this.keysByPath.get(page.path) ?? new Set<string>();
    keys.add(key);
    this.keysByPath.set(page.path, keys);
    this.bytes += entrySize(page);
    this.evict();
    return true;
  }

  /** The body in the encoding the request prefers among what we can send. */
  bodyFor(page: CachedPage, acceptEncoding: string | undefined): { encoding: Encoding; body: Buffer } {
    const encoding = preferredEncoding(acceptEncoding);
    if (encoding === "br") return { encoding, body: page.encoded.br };
    if (encoding === "identity") return { encoding, body: brotliDecompressSync(page.encoded.br) };
    let body = page.encoded.gzip;
    if (!body) {
      body = compressors.gzip(brotliDecompressSync(page.encoded.br));
      if (this.pages.get(page.key) === page) {
        this.bytes -= entrySize(page);
        page.encoded.gzip = body;
        this.bytes += entrySize(page);
        this.evict();
      }
    }
    return { encoding, body };
  }

  /** Forgets every stored variant of these paths (any query string). */
  purgePaths(paths: Iterable<string>) {
    this.generation++;
    for (const path of paths) {
      for (const key of this.keysByPath.get(path) ?? []) this.delete(key);
    }
  }

  /** Forgets every page below these paths ("/sections/world/before/…" for "/sections/world"). */
  purgeBelow(paths: Iterable<string>) {
    this.generation++;
    const prefixes = [...paths].map((path) => `${path}/`);
    for (const [path, keys] of this.keysByPath) {
      if (!prefixes.some((prefix) => path.startsWith(prefix))) continue;
      for (const key of keys) this.delete(key);
    }
  }

  purgeAll() {
    this.generation++;
    this.pages.clear();
    this.keysByPath.clear();
    this.bytes = 0;
  }

  stats(): PageCacheStats {
    return { pages: this.pages.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  /** One copy of a header every page sends alike (the security headers, cache-control), however many pages. */
  private readonly sharedHeaders = new Map<string, [string, string]>();

  private shared(name: string, value: string): [string, string] {
    const key = `${name}:${value}`;
    let header = this.sharedHeaders.get(key);
    if (!header) {
      header = [name, value];
      // Bounded: a header that differs on every page would otherwise fill it.
      if (this.sharedHeaders.size < 1000) this.sharedHeaders.set(key, header);
    }
    return header;
  }

  private delete(key: string) {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= entrySize(page);
    const keys = this.keysByPath.get(page.path);
    keys?.delete(key);
    if (keys?.size === 0) this.keysByPath.delete(page.path);
  }

  private evict() {
    for (const key of this.pages.keys()) {
      if (this.bytes <= this.maxBytes) return;
      this.delete(key);
    }
  }
}

const ENCODINGS: Encoding[] = ["br", "gzip", "identity"];
// negotiator 1.x takes our order of preference for encodings the browser likes
// equally ("gzip, deflate, br"); its published types still describe 0.6.
type NegotiatorWithPreference = { encoding(available: Encoding[], options: { preferred: Encoding[] }): string | undefined };

export function preferredEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return "identity";
  const negotiator = new Negotiator({ headers: { "accept-encoding": acceptEncoding } }) as unknown as NegotiatorWithPreference;
  return (negotiator.encoding(ENCODINGS, { preferred: ENCODINGS }) as Encoding | undefined) ?? "identity";
}

/** Whether a conditional request's ETags name the stored page, so a 304 answers it. */
export function isNotModified(page: CachedPage, ifNoneMatch: string | undefined): boolean {
  if (!ifNoneMatch || !page.etag) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => weak(tag) === weak(page.etag!));
}

// The server (scripts/server.ts) and the app's code (bundled by Next.js, so
// with module instances of its own) meet through one global.
const RUNNING = Symbol.for("newsroom.page-cache");
type WithPageCache = typeof globalThis & { [RUNNING]?: PageCache };

export function registerPageCache(cache: PageCache) {
  (globalThis as WithPageCache)[RUNNING] = cache;
}

/** The cache of the server this code runs in; none under `next dev` or in tests. */
export const runningPageCache = (): PageCache | undefined => (globalThis as WithPageCache)[RUNNING];

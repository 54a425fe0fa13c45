// @ts-check
/**
 * Next.js's cache for this site (`cacheHandler` in next.config.mjs): the
 * rendered reader pages, route responses and cached data of this process,
 * in memory, least recently used dropped first, and each entry dropped as
 * soon as one of its cache tags (lib/delivery/cache-tags.ts) is invalidated.
 *
 * Invalidations come from lib/delivery/cache-invalidation.ts, which records each
 * write's tags in PostgreSQL and reads every other process's every second;
 * this module keeps only the clock they set: for each tag, when it was last
 * invalidated in this process. An entry stored before that is stale.
 *
 * The same clock serves the page cache in front of Next.js (scripts/server.ts):
 * it learns here which tags each page was rendered with, so that it can drop
 * the page with them and name them to an HTTP cache in front (Surrogate-Key).
 *
 * Next.js loads this file at run time, outside its bundle, so it is plain
 * JavaScript with no import of the app; the app's modules (bundled, with
 * module instances of their own) meet it through one global.
 */
import { LRUCache } from "lru-cache";

const STATE = Symbol.for("newsroom.cache-tags");
/** Tags Next.js gives every page itself (its path and layouts); ours are the rest. */
const IMPLICIT_TAG = "_N_T_";
/** Next.js stores a page's tags in this header of its cache entry. */
const PAGE_TAGS_HEADER = "x-next-cache-tags";
/** No entry is kept longer than this, so older invalidations can be forgotten. */
export const LONGEST_ENTRY_MS = 2 * 24 * 3600 * 1000;

/**
 * @typedef {object} TagClock
 * @property {Map<string, number>} invalidatedAt when each tag was last invalidated here (ms)
 * @property {number} everythingAt when every entry was last dropped (ms)
 * @property {LRUCache<string, string[]>} pageTags the tags each page path was last rendered with, while Next.js's cache keeps the page
 * @property {Set<(tags: string[]) => void>} listeners told of every invalidation, once it applies
 * @property {((tags: string[]) => Promise<void>) | undefined} record how the app records an invalidation Next.js asks for
 */

/** @returns {TagClock} */
export function tagClock() {
  const scope = /** @type {typeof globalThis & { [STATE]?: TagClock }} */ (globalThis);
  return (scope[STATE] ??= {
    invalidatedAt: new Map(),
    everythingAt: 0,
    // Bounded by Next.js's cache (an entry goes with its page, below); the
    // bound is a backstop, as each entry takes some 500 bytes of heap.
    pageTags: new LRUCache({ max: 20_000 }),
    listeners: new Set(),
    record: undefined,
  });
}

/** Whether anything cached at `storedAt` under these tags is out of date. */
export function isStale(/** @type {Iterable<string>} */ tags, /** @type {number} */ storedAt) {
  const clock = tagClock();
  if (clock.everythingAt >= storedAt) return true;
  for (const tag of tags) {
    const at = clock.invalidatedAt.get(tag);
    if (at !== undefined && at >= storedAt) return true;
  }
  return false;
}

/** Marks these tags invalidated now in this process ("*" for everything), and tells the listeners. */
export function applyInvalidation(/** @type {string[]} */ tags, now = Date.now()) {
  const clock = tagClock();
  for (const tag of tags) {
    if (tag === "*") clock.everythingAt = now;
    else clock.invalidatedAt.set(tag, now);
  }
  for (const [tag, at] of clock.invalidatedAt) {
    if (at < now - LONGEST_ENTRY_MS) clock.invalidatedAt.delete(tag);
  }
  for (const listener of clock.listeners) {
    try {
      listener(tags);
    } catch (error) {
      console.error("A cache invalidation listener failed:", error);
    }
  }
}

/** The tags a page path was last rendered with (ours, not Next.js's own), if this process rendered it. */
export const tagsOfPage = (/** @type {string} */ path) => tagClock().pageTags.get(path);

/**
 * A string of its own. A part cut from a longer string (split, slice) can
 * keep the whole of it alive, and what is kept here lives as long as the
 * page: a page's tags cut from its tags header kept some 300 bytes each.
 * @param {string} text
 */
export const ownCopy = (text) => Buffer.from(text).toString();

/** @param {unknown} header */
const ownTags = (header) =>
  typeof header === "string"
    ? header
        .split(",")
        .filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG))
        .map(ownCopy)
    : [];

/**
 * The path a response entry's key names. Next.js 16 keys a rendered page as
 * "/route-cache/<route>/$<path>"; anything else is taken as the path itself.
 * @param {string} key
 */
export function pathOfKey(key) {
  const marker = key.indexOf("/$/");
  return key.startsWith("/route-cache/") && marker !== -1 ? key.slice(marker + 2) : key;
}

/**
 * @typedef {object} Entry
 * @property {any} value what Next.js stored: a page, a route response or data (its own types, not exported)
 * @property {number} lastModified
 * @property {unknown} cacheControl
 * @property {string[]} tags
 * @property {number} size
 */

/** What an entry takes in memory, near enough, without serialising it. */
function sizeOf(/** @type {any} */ value) {
  if (!value) return 100;
  const length = (/** @type {unknown} */ part) =>
    typeof part === "string" ? part.length : Buffer.isBuffer(part) ? part.length : 0;
  let size = 500 + length(value.html) + length(value.rscData) + length(value.body) + length(value.data?.body);
  if (value.segmentData instanceof Map) for (const segment of value.segmentData.values()) size += length(segment);
  // Cached data (unstable_cache) is a JSON string in data.body; a page's HTML may be a stream object.
  if (value.html && typeof value.html !== "string" && !Buffer.isBuffer(value.html)) size += 64 * 1024;
  return size;
}

/** Whether an entry is a rendered page or a route's response (whose tags the page cache asks for). */
const isPage = (/** @type {any} */ value) => value?.kind === "APP_PAGE" || value?.kind === "APP_ROUTE";

/** @type {LRUCache<string, Entry> | undefined} */
let entries;

export default class CacheHandler {
  /** @param {{ maxMemoryCacheSize?: number }} context */
  constructor(context) {
    // Next.js makes a handler per request; the entries are the process's.
    entries ??= new LRUCache({
      maxSize: Math.max(context.maxMemoryCacheSize ?? 0, 8 * 1024 * 1024),
      sizeCalculation: (entry) => entry.size,
      ttl: LONGEST_ENTRY_MS,
      // A page Next.js no longer keeps is rendered again, which records its
      // tags again: until then they are not needed (an overwrite records them at once).
      dispose: (entry, key, reason) => {
        if (reason !== "set" && isPage(entry.value)) tagClock().pageTags.delete(pathOfKey(key));
      },
    });
  }

  /**
   * @param {string} key
   * @param {{ kind?: string, tags?: string[], softTags?: string[] }} context
   */
  async get(key, context) {
    const entry = entries?.get(key);
    if (!entry) return null;
    // Cached data also goes stale with the page reading it (its "soft" tags).
    const tags = [...entry.tags, ...(context.tags ?? []), ...(context.softTags ?? [])];
    if (isStale(tags, entry.lastModified)) {
      entries?.delete(key);
      return null;
    }
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} value Next.js's own cache value types are not exported
   * @param {{ tags?: string[], cacheControl?: unknown }} context
   */
  async set(key, value, context) {
    if (!value) {
      entries?.delete(key);
      return;
    }
    const pageTags = value.headers ? ownTags(value.headers[PAGE_TAGS_HEADER]) : [];
    const tags = [...pageTags, ...(context.tags ?? []), ...(value.tags ?? [])];
    entries?.set(key, { value, lastModified: Date.now(), cacheControl: context.cacheControl, tags, size: sizeOf(value) });
    if (isPage(value)) tagClock().pageTags.set(pathOfKey(key), pageTags);
  }

  /**
   * Next.js's revalidateTag and revalidatePath land here: recorded for every
   * process when the app has registered how (lib/delivery/cache-invalidation.ts), and
   * applied here at once.
   * @param {string | string[]} tags
   */
  async revalidateTag(tags) {
    const list = typeof tags === "string" ? [tags] : tags;
    const record = tagClock().record;
    if (record) await record(list);
    else applyInvalidation(list);
  }

  resetRequestCache() {}
}

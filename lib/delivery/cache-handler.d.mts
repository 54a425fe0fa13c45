// Types of lib/delivery/cache-handler.mjs (plain JavaScript, which Next.js loads outside its bundle).
import type { LRUCache } from "lru-cache";

export type TagClock = {
  invalidatedAt: Map<string, number>;
  everythingAt: number;
  pageTags: LRUCache<string, string[]>;
  listeners: Set<(tags: string[]) => void>;
  record: ((tags: string[]) => Promise<void>) | undefined;
};
export declare const LONGEST_ENTRY_MS: number;
export declare function tagClock(): TagClock;
export declare function isStale(tags: Iterable<string>, storedAt: number): boolean;
export declare function applyInvalidation(tags: string[], now?: number): void;
export declare function tagsOfPage(path: string): string[] | undefined;
export declare function pathOfKey(key: string): string;
/** A string of its own, not a part of a longer one that it would keep alive. */
export declare function ownCopy(text: string): string;
export default class CacheHandler {
  constructor(context: { maxMemoryCacheSize?: number });
  get(key: string, context: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<unknown>;
  set(key: string, value: unknown, context: { tags?: string[]; cacheControl?: unknown }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}

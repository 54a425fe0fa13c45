import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import CacheHandler, {
  applyInvalidation,
  isStale,
  LONGEST_ENTRY_MS,
  pathOfKey,
  tagClock,
  tagsOfPage,
} from "@/lib/delivery/cache-handler.mjs";

beforeEach(() => {
  // The tag clock is the process's; each test starts with nothing invalidated.
  const clock = tagClock();
  clock.invalidatedAt.clear();
  clock.everythingAt = 0;
  clock.listeners.clear();
  clock.record = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("the tag clock", () => {
  test("anything stored under a tag at or before its invalidation is stale; later, or under other tags, it is not", () => {
    expect(isStale(["story:a"], 1_000)).toBe(false);
    applyInvalidation(["story:a", "front"], 5_000);
    expect(isStale(["story:a"], 4_999)).toBe(true);
    expect(isStale(["sections", "front"], 4_999)).toBe(true);
    // Stored in the very millisecond: it may have been read before the write.
    expect(isStale(["story:a"], 5_000)).toBe(true);
    expect(isStale(["story:a"], 5_001)).toBe(false);
    expect(isStale(["story:b", "sections"], 4_999)).toBe(false);
    expect(isStale([], 4_999)).toBe(false);
  });

  test('"*" makes everything stored until then stale', () => {
    applyInvalidation(["*"], 5_000);
    expect(isStale([], 4_000)).toBe(true);
    expect(isStale(["story:a"], 5_000)).toBe(true);
    expect(isStale(["story:a"], 5_001)).toBe(false);
    expect(tagClock().invalidatedAt.has("*")).toBe(false);
  });

  test("tells every listener, even after one fails", () => {
    const heard: string[][] = [];
    vi.spyOn(console, "error").mockImplementation(() => {});
    tagClock().listeners.add(() => {
      throw new Error("broken");
    });
    tagClock().listeners.add((tags) => void heard.push(tags));
    applyInvalidation(["story:a", "feeds"], 1_000);
    expect(heard).toEqual([["story:a", "feeds"]]);
    expect(console.error).toHaveBeenCalledOnce();
  });

  test("forgets invalidations older than any entry can be", () => {
    applyInvalidation(["story:old"], 1_000);
    applyInvalidation(["story:new"], 1_000 + LONGEST_ENTRY_MS + 1);
    expect([...tagClock().invalidatedAt.keys()]).toEqual(["story:new"]);
  });
});

test("the path a cache key names: Next.js's key of a rendered page, or the path itself", () => {
  expect(pathOfKey("/route-cache/(site)/stories/[slug]/$/stories/ferry-strike")).toBe("/stories/ferry-strike");
  expect(pathOfKey("/route-cache/(site)/$/index")).toBe("/index");
  expect(pathOfKey("/route-cache/(site)/sections/[slug]/[[...page]]/$/sections/world/before/abc")).toBe(
    "/sections/world/before/abc",
  );
  expect(pathOfKey("/feed.xml")).toBe("/feed.xml");
  expect(pathOfKey("/route-cache/no-marker")).toBe("/route-cache/no-marker");
});

describe("Next.js's cache", () => {
  const handler = () => new CacheHandler({ maxMemoryCacheSize: 1024 * 1024 });
  let counter = 0;
  const key = (name: string) => `${name}-${++counter}`;

  test("gives back what it stored, until one of its tags is invalidated, and drops it then", async () => {
    const cache = handler();
    const data = key("data");
    const value = { kind: "FETCH", data: { headers: {}, body: '{"a":1}', url: "" }, revalidate: 3600 };
    await cache.set(data, value, { tags: ["story:a", "sections"] });
    expect(await cache.get(data, { kind: "FETCH" })).toMatchObject({ value });
    // Another handler of the same process (Next.js makes one per request) sees it too.
    expect(await handler().get(data, { kind: "FETCH" })).toMatchObject({ value });

    await new Promise((resolve) => setTimeout(resolve, 2));
    applyInvalidation(["story:b"]);
    expect(await cache.get(data, { kind: "FETCH" })).toMatchObject({ value });
    applyInvalidation(["sections"]);
    expect(await cache.get(data, { kind: "FETCH" })).toBeNull();
    // Dropped, not hidden: with the clock forgotten it is still gone.
    tagClock().invalidatedAt.clear();
    expect(await cache.get(data, { kind: "FETCH" })).toBeNull();
  });

  test("an entry stored after the invalidation is kept", async () => {
    const cache = handler();
    const data = key("data");
    applyInvalidation(["about"], Date.now() - 1_000);
    await cache.set(data, { kind: "FETCH", data: { body: "{}" } }, { tags: ["about"] });
    expect(await cache.get(data, {})).not.toBeNull();
  });

  test("cached data goes stale with the page that reads it (its soft tags) and with the tags it is asked with", async () => {
    const cache = handler();
    const data = key("data");
    await cache.set(data, { kind: "FETCH", data: { body: "{}" } }, { tags: ["about"] });
    await new Promise((resolve) => setTimeout(resolve, 2));
    applyInvalidation(["_N_T_/about"]);
    expect(await cache.get(data, { softTags: ["_N_T_/stories/a"] })).not.toBeNull();
    expect(await cache.get(data, { softTags: ["_N_T_/layout", "_N_T_/about"] })).toBeNull();

    const other = key("data");
    await cache.set(other, { kind: "FETCH", data: { body: "{}" } }, {});
    await new Promise((resolve) => setTimeout(resolve, 2));
    applyInvalidation(["feeds"]);
    expect(await cache.get(other, { tags: ["feeds"] })).toBeNull();
  });

  test("a rendered page carries the tags Next.js rendered it with, which the page cache learns by path", async () => {
    const cache = handler();
    const page = `/route-cache/(site)/stories/[slug]/$/stories/${key("story")}`;
    const value = {
      kind: "APP_PAGE",
      html: "<p>story</p>",
      headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/stories/[slug]/page,story:a,related:a,sections" },
    };
    await cache.set(page, value, { cacheControl: { revalidate: 3600 } });
    expect(tagsOfPage(pathOfKey(page))).toEqual(["story:a", "related:a", "sections"]);
    expect(await cache.get(page, { kind: "APP_PAGE" })).toMatchObject({ value, cacheControl: { revalidate: 3600 } });
    await new Promise((resolve) => setTimeout(resolve, 2));
    applyInvalidation(["related:a"]);
    expect(await cache.get(page, { kind: "APP_PAGE" })).toBeNull();
  });

  test("the record of a page's tags goes when Next.js's cache lets the page go", async () => {
    const cache = handler();
    const page = `/route-cache/(site)/stories/[slug]/$/stories/${key("story")}`;
    const value = { kind: "APP_PAGE", html: "<p>story</p>", headers: { "x-next-cache-tags": "story:b,sections" } };
    await cache.set(page, value, {});
    expect(tagsOfPage(pathOfKey(page))).toEqual(["story:b", "sections"]);
    // Rendered again with other tags: the new ones.
    await cache.set(page, { ...value, headers: { "x-next-cache-tags": "story:b,related:b" } }, {});
    expect(tagsOfPage(pathOfKey(page))).toEqual(["story:b", "related:b"]);
    await cache.set(page, null, {});
    expect(tagsOfPage(pathOfKey(page))).toBeUndefined();
  });

  test("storing nothing removes the entry", async () => {
    const cache = handler();
    const data = key("data");
    await cache.set(data, { kind: "FETCH", data: { body: "{}" } }, { tags: ["about"] });
    await cache.set(data, null, {});
    expect(await cache.get(data, {})).toBeNull();
  });

  test("revalidateTag applies at once when the app records nothing, and goes through the app's record when it does", async () => {
    const cache = handler();
    const before = Date.now();
    await cache.revalidateTag("story:a");
    expect(isStale(["story:a"], before)).toBe(true);

    const recorded: string[][] = [];
    tagClock().record = async (tags) => void recorded.push(tags);
    await cache.revalidateTag(["story:b", "front"]);
    expect(recorded).toEqual([["story:b", "front"]]);
    // The app's record applies them itself once they are committed.
    expect(isStale(["story:b"], before)).toBe(false);
  });
});

/**
 * Invalidations are recorded with the write that makes them, applied at once
 * in the writing process, and learned by every other process from the records
 * (lib/delivery/cache-invalidation.ts). Another process is stood in for by a record
 * written straight to the table.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import { isStale, tagClock } from "@/lib/delivery/cache-handler.mjs";
import { invalidateTags, recordInvalidation, startInvalidationSync, subscribeToInvalidations } from "@/lib/delivery/cache-invalidation";
import { db } from "@/lib/platform/db";
import { emptyDatabase, testDb } from "./database";

const records = async () =>
  (await testDb.cacheInvalidation.findMany({ orderBy: { id: "asc" } })).map((record) => record.tags);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(async () => {
  await emptyDatabase();
  tagClock().invalidatedAt.clear();
  tagClock().everythingAt = 0;
});

describe("recording invalidations", () => {
  test("a record is written with the write's transaction, its tags once each", async () => {
    await db.$transaction(async (tx) => {
      await recordInvalidation(tx, ["story:a", "front", "story:a"]);
    });
    expect(await records()).toEqual([["story:a", "front"]]);
  });

  test("no tags, no record; a transaction that rolls back leaves none", async () => {
    await recordInvalidation(db, []);
    await expect(
      db.$transaction(async (tx) => {
        await recordInvalidation(tx, ["story:a"]);
        throw new Error("The write failed.");
      }),
    ).rejects.toThrow("The write failed.");
    expect(await records()).toEqual([]);
  });

  test("invalidateTags records the tags and applies them here at once, telling subscribers", async () => {
    const storedBefore = Date.now() - 1;
    const heard: string[][] = [];
    const unsubscribe = subscribeToInvalidations((tags) => void heard.push(tags));
    try {
      await invalidateTags(["section:world", "feeds"]);
    } finally {
      unsubscribe();
    }
    expect(await records()).toEqual([["section:world", "feeds"]]);
    expect(isStale(["section:world"], storedBefore)).toBe(true);
    expect(isStale(["feeds"], storedBefore)).toBe(true);
    expect(isStale(["section:europe"], storedBefore)).toBe(false);
    expect(heard).toEqual([["section:world", "feeds"]]);
  });
});

test("a process learns within seconds what another recorded, and not what it recorded itself twice over", async () => {
  // emptyDatabase restarts the record ids, which this process remembers as its own from the tests above:
  // records of other processes get ids it never made, as they would in production.
  await testDb.$executeRaw`SELECT setval(pg_get_serial_sequence('"CacheInvalidation"', 'id'), 1000000)`;
  const stop = startInvalidationSync();
  try {
    // The first poll only takes note of what was there.
    await pause(500);
    const storedBefore = Date.now() - 1;
    await testDb.$executeRaw`INSERT INTO "CacheInvalidation" (tags) VALUES (${["story:elsewhere", "front"]}::text[])`;
    await vi.waitFor(() => expect(isStale(["story:elsewhere"], storedBefore)).toBe(true), { timeout: 5_000, interval: 100 });
    expect(isStale(["front"], storedBefore)).toBe(true);

    // What this process recorded it applied itself; a poll applies it no more.
    await invalidateTags(["story:here"]);
    const appliedAt = tagClock().invalidatedAt.get("story:here");
    await pause(1_200); // a poll at least, and before the follow-up (FOLLOW_UP_MS) applies it again
    expect(tagClock().invalidatedAt.get("story:here")).toBe(appliedAt);
  } finally {
    stop();
    tagClock().record = undefined;
  }
});

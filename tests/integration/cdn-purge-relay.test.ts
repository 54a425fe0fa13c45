import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, test, vi } from "vitest";
import { applyCommittedInvalidation, FOLLOW_UP_MS, subscribeToInvalidations } from "@/lib/delivery/cache-invalidation";
import { createPurgeRelay, type PurgeRelay } from "@/lib/delivery/cdn-purge-relay";
import { cuttableProxy } from "../support/cuttable-proxy";

// Two web processes, each with its relay, both told of every invalidation.
const databaseUrl = process.env.DATABASE_URL!;
const listeners = new Set<(tags: string[]) => void>();
const invalidate = (tags: string[]) => listeners.forEach((listener) => listener(tags));
const subscribe = (listener: (tags: string[]) => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

const running: PurgeRelay[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((relay) => relay.stop()));
  vi.restoreAllMocks();
});

/** A relay with short timings; `purged` is what it sent, purge by purge. */
function startRelay(name: string, lockKey: bigint, url = databaseUrl) {
  const purged: string[][] = [];
  const relay = createPurgeRelay({
    databaseUrl: url,
    purge: async (tags) => void purged.push(tags),
    subscribe,
    lockKey,
    takeoverMs: 200,
    heartbeatMs: 200,
    gatherMs: 20,
    replayMs: 10_000,
    applicationName: name,
  });
  running.push(relay);
  return { relay, purged, sent: () => purged.flat() };
}

/** A TCP proxy to the test database that can be cut, and the address through it. */
async function cuttableDatabase() {
  const target = new URL(databaseUrl);
  const proxy = await cuttableProxy({ host: target.hostname, port: Number(target.port || 5432) });
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return { ...proxy, url: url.toString() };
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const newLockKey = () => BigInt(`0x${randomBytes(6).toString("hex")}`);

describe("the CDN purge relay", () => {
  test("one process relays; when it loses the database, another takes over and purges what the first had not sent", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation(() => {});
    const lockKey = newLockKey();
    const proxy = await cuttableDatabase();
    try {
      const first = startRelay(`relay-first-${lockKey}`, lockKey, proxy.url);
      await until(() => first.relay.isRelaying(), "the first process relays");
      const second = startRelay(`relay-second-${lockKey}`, lockKey);
      await pause(600);
      expect(second.relay.isRelaying()).toBe(false);

      // Invalidations that arrive together go out in one purge, from the relay only.
      invalidate(["story:harbour", "front"]);
      invalidate(["front", "section:europe"]);
      await until(() => first.purged.length > 0, "the relay purges");
      await pause(200);
      expect(first.purged).toEqual([["story:harbour", "front", "section:europe"]]);
      expect(second.purged).toEqual([]);

      // The first process loses the database (or dies), with an invalidation on its way.
      proxy.cut();
      invalidate(["story:ferry"]);
      await until(() => second.relay.isRelaying(), "the second process takes over");
      await until(() => second.sent().includes("story:ferry"), "the second process purges what was missed");
      await until(() => !first.relay.isRelaying(), "the first process stands down");

      // The first one is back in touch and stands by: from now on only the second purges.
      proxy.restore();
      await pause(600);
      expect(first.relay.isRelaying()).toBe(false);
      const before = first.purged.length;
      invalidate(["story:lighthouse"]);
      await until(() => second.sent().includes("story:lighthouse"), "the new relay purges");
      await pause(200);
      expect(first.purged.length).toBe(before);
    } finally {
      proxy.close();
    }
  });

  test("a relay that stops sends what it gathered, then lets another take over at once", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const lockKey = newLockKey();
    const first = startRelay(`relay-stopping-${lockKey}`, lockKey);
    await until(() => first.relay.isRelaying(), "the first process relays");
    const second = startRelay(`relay-standing-by-${lockKey}`, lockKey);

    invalidate(["story:harbour"]);
    await first.relay.stop();
    expect(first.purged).toEqual([["story:harbour"]]);
    await until(() => second.relay.isRelaying(), "the second process takes over", 1_000);
  });

  test("without a database it relays nothing and says so once, and stops cleanly", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const nowhere = startRelay("relay-nowhere", newLockKey(), "postgresql://newsroom@127.0.0.1:1/newsroom");
    await pause(700);
    invalidate(["front"]);
    await pause(100);
    expect(nowhere.relay.isRelaying()).toBe(false);
    expect(nowhere.purged).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(1);
    await nowhere.relay.stop();
  });

  test("relays what this process applies, as lib/delivery/cache-invalidation.ts tells it: at once, and again after the follow-up", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const purged: string[][] = [];
    const relay = createPurgeRelay({
      databaseUrl,
      purge: async (tags) => void purged.push(tags),
      subscribe: subscribeToInvalidations,
      lockKey: newLockKey(),
      gatherMs: 20,
    });
    running.push(relay);
    await until(() => relay.isRelaying(), "the process relays");
    applyCommittedInvalidation(["story:harbour", "front"]);
    await until(() => purged.length === 1, "the invalidation is purged");
    expect(purged).toEqual([["story:harbour", "front"]]);
    await until(() => purged.length === 2, "the follow-up is purged", FOLLOW_UP_MS + 2_000);
    expect(purged[1]).toEqual(["story:harbour", "front"]);
  });
});

/**
 * Invalidating cache tags (lib/delivery/cache-tags.ts) in every web process.
 *
 * A write records the tags it changed in its own transaction
 * (recordInvalidation), so the record commits with the write or not at all;
 * once committed, the writing process applies them at once
 * (applyCommittedInvalidation). Every process reads the records of the others
 * every second (startInvalidationSync): nothing depends on a message reaching
 * a process while it listens, so a process that lost its connection to the
 * database catches up on everything it missed as soon as it is back.
 *
 * Applying tags sets the clock of lib/delivery/cache-handler.mjs, which every cache
 * of the process consults: Next.js's cache, the page cache in front of it,
 * and whoever subscribes (subscribeToInvalidations: the purge of HTTP caches
 * further out, lib/delivery/cdn-purge-relay.ts).
 */
import "server-only";
import { applyInvalidation, tagClock } from "@/lib/delivery/cache-handler.mjs";
import { db, type Db } from "@/lib/platform/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type Writer = Db | Prisma.TransactionClient;

export const POLL_MS = 1_000;
/**
 * A render that read the database before a write and finished after the
 * write's tags were applied would be kept as current. Applying the tags once
 * more this much later, longer than a render takes, drops it.
 */
export const FOLLOW_UP_MS = 2_000;
/**
 * A record is read again by polls this long after it was made: a transaction
 * that began earlier than the last poll (its createdAt) may commit after it.
 * Longer than any transaction may run (Prisma's limit is 5 s).
 */
const OVERLAP_MS = 60_000;
/** Records are kept this long; a process out of touch for longer drops its whole cache. */
const RETENTION_MS = 24 * 3600 * 1000;
const CLEANUP_EVERY_MS = 10 * 60 * 1000;

/** Records this process made: it applied them itself when they committed. */
const ownRecords = new Map<string, number>(); // record id -> when it was made (this clock, ms)

/** Records `tags` as changed by the transaction `tx`; they apply everywhere once it commits. */
export async function recordInvalidation(tx: Writer, tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "CacheInvalidation" (tags) VALUES (${[...new Set(tags)]}::text[]) RETURNING id::text AS id`;
  if (row) ownRecords.set(row.id, Date.now());
}

function applyTwice(tags: string[]) {
  applyInvalidation(tags);
  setTimeout(() => applyInvalidation(tags), FOLLOW_UP_MS).unref();
}

/** Applies in this process, at once, tags a committed transaction recorded. */
export function applyCommittedInvalidation(tags: string[]) {
  if (tags.length > 0) applyTwice([...new Set(tags)]);
}

/** Records and applies tags outside any other transaction (the scheduler's, Next.js's own revalidations). */
export async function invalidateTags(tags: string[]): Promise<void> {
  await recordInvalidation(db, tags);
  applyCommittedInvalidation(tags);
}

/** Calls `listener` with the tags of every invalidation this process applies. Returns the unsubscribe. */
export function subscribeToInvalidations(listener: (tags: string[]) => void | Promise<void>): () => void {
  const safe = (tags: string[]) => {
    Promise.resolve(listener(tags)).catch((error: unknown) => console.error("A cache invalidation listener failed:", error));
  };
  tagClock().listeners.add(safe);
  return () => tagClock().listeners.delete(safe);
}

type Sync = { timer: NodeJS.Timeout; stop: () => void };
const SYNC = Symbol.for("newsroom.cache-invalidation-sync");
type WithSync = typeof globalThis & { [SYNC]?: Sync };

/** Polls for other processes' invalidations, once per process; returns how to stop. */
export function startInvalidationSync(): () => void {
  const scope = globalThis as WithSync;
  if (scope[SYNC]) return scope[SYNC].stop;
  // Next.js's own revalidateTag and revalidatePath go through the records too.
  tagClock().record = invalidateTags;

  const seen = new Map<string, number>(); // record id -> when it was made (database clock, ms)
  let since: number | null = null; // the database's clock at the last successful poll
  let lastCleanup = 0;
  let failing = false;
  let polling = false;

  const poll = async () => {
    if (polling) return;
    polling = true;
    try {
      const rows = await db.$queryRaw<{ id: string | null; tags: string[] | null; made: Date | null; now: Date }[]>`
        SELECT r.id::text AS id, r.tags, r."createdAt" AS made, now() AS now
        FROM (SELECT now()) AS clock
        LEFT JOIN "CacheInvalidation" r ON r."createdAt" > ${new Date((since ?? Date.now()) - OVERLAP_MS)}
        ORDER BY r.id`;
      const now = rows[0]?.now.getTime() ?? Date.now();
      const first = since === null;
      if (!first && now - since! > RETENTION_MS - OVERLAP_MS) applyTwice(["*"]);
      const learned = new Set<string>();
      for (const row of rows) {
        if (!row.id || !row.tags || !row.made || seen.has(row.id)) continue;
        seen.set(row.id, row.made.getTime());
        // At start nothing is cached yet; our own records were applied when they committed.
        if (!first && !ownRecords.delete(row.id)) for (const tag of row.tags) learned.add(tag);
      }
      if (learned.size > 0) applyTwice([...learned]);
      since = now;
      for (const [id, made] of seen) if (made < now - 2 * OVERLAP_MS) seen.delete(id);
      // Records of transactions that rolled back never appear.
      for (const [id, made] of ownRecords) if (made < Date.now() - 2 * OVERLAP_MS) ownRecords.delete(id);
      if (failing) console.log("Cache invalidations: back in touch with the database.");
      failing = false;
      if (now - lastCleanup > CLEANUP_EVERY_MS) {
        lastCleanup = now;
        await db.$executeRaw`DELETE FROM "CacheInvalidation" WHERE "createdAt" < ${new Date(now - RETENTION_MS)}`;
      }
    } catch (error) {
      if (!failing) console.error("Cache invalidations: cannot read the database; retrying every second:", error);
      failing = true;
    } finally {
      polling = false;
    }
  };

  const timer = setInterval(() => void poll(), POLL_MS);
  timer.unref();
  void poll();
  const stop = () => {
    clearInterval(timer);
    delete scope[SYNC];
  };
  scope[SYNC] = { timer, stop };
  return stop;
}

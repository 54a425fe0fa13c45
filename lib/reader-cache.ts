/**
 * Refreshing what readers see after a write. Two caches hold reader pages in
 * every web process: Next.js's (rendered pages and cached data) and the page
 * cache in front of it (lib/page-cache.ts). A write refreshes both in its own
 * process at once, and tells the other processes through PostgreSQL
 * (NOTIFY), whose listener (startReaderCacheSync) refreshes theirs.
 */
import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import pg from "pg";
import { z } from "zod";
import { archiveTag } from "@/lib/archives";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { runningPageCache } from "@/lib/page-cache";

export const readerPageChangeSchema = z.object({
  /** Reader pages to render anew, such as "/stories/some-slug". */
  paths: z.array(z.string().regex(/^\/[\w\-./]*$/).max(300)).max(5000).default([]),
  /** Cached data shared by many pages, such as the sections in the header. */
  tags: z.array(z.string().max(200)).max(100).default([]),
  /** Every reader page (a change every page shows). */
  everything: z.boolean().default(false),
});
export type ReaderPageChange = z.input<typeof readerPageChangeSchema>;
type Change = z.output<typeof readerPageChangeSchema>;

const CHANNEL = "newsroom_reader_pages";
const PATHS_PER_NOTICE = 100; // a notice carries at most 8,000 bytes

const INSTANCE = Symbol.for("newsroom.instance");
/** This process, so that it ignores its own notices. */
const instanceId = () => ((globalThis as { [INSTANCE]?: string })[INSTANCE] ??= randomUUID());

/** A section's, tag's or author's first page: its older pages live below it. */
const ARCHIVE_PATH = /^\/(?:sections|tags|authors)\/[^/]+$/;
const archivesIn = (change: Change) => change.paths.filter((path) => ARCHIVE_PATH.test(path));

function purgePageCache(change: Change) {
  const cache = runningPageCache();
  if (!cache) return;
  if (change.everything) return cache.purgeAll();
  if (change.paths.length) cache.purgePaths(change.paths);
  const archives = archivesIn(change);
  if (archives.length) cache.purgeBelow(archives);
}

/**
 * Refreshes reader pages in this process; call it while handling a request
 * (a server action or a route handler), after the write has committed.
 * With `broadcast`, the other web processes are told too.
 */
export function refreshReaderPages(input: ReaderPageChange, { broadcast = true } = {}) {
  const change = readerPageChangeSchema.parse(input);
  if (!change.everything && change.paths.length === 0 && change.tags.length === 0) return;
  // Every page of an archive carries its tag: the first page's path alone would leave the older ones.
  for (const tag of [...change.tags, ...archivesIn(change).map(archiveTag)]) revalidateTag(tag, { expire: 0 });
  if (change.everything) revalidatePath("/", "layout");
  for (const path of change.paths) revalidatePath(path);
  purgePageCache(change);
  after(async () => {
    // Next.js marks its cache entries stale once the action has run: a page
    // cached in the meantime from the old entry is purged again here.
    purgePageCache(change);
    if (broadcast) await notifyOtherProcesses(change);
  });
}

async function notifyOtherProcesses(change: Change) {
  const notices: Change[] = [];
  for (let start = 0; start < Math.max(change.paths.length, 1); start += PATHS_PER_NOTICE) {
    notices.push({ ...change, paths: change.paths.slice(start, start + PATHS_PER_NOTICE) });
  }
  try {
    for (const notice of notices) {
      await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify({ from: instanceId(), ...notice })})`;
    }
  } catch (error) {
    // The other processes' pages still expire on their own (REVALIDATE_SECONDS).
    console.error("Could not tell the other web processes to refresh reader pages:", error);
  }
}

/**
 * Proves a refresh request comes from a process of this site: derived from
 * the secret every web process shares, never sent anywhere else.
 */
export function internalToken(): string {
  return createHmac("sha256", env.BETTER_AUTH_SECRET).update("newsroom-reader-pages").digest("base64url");
}

export function isInternalToken(candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(internalToken());
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Next.js revalidates only while it handles a request, so code that runs on
 * its own (the scheduler, the listener below) asks its own server to do it
 * (app/api/internal/reader-pages/route.ts).
 */
export async function requestRefresh(change: ReaderPageChange, { broadcast }: { broadcast: boolean }) {
  const origin = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  const response = await fetch(`${origin}/api/internal/reader-pages`, {
    method: "POST",
    // proxy.ts refuses a POST without an Origin naming the host it was sent to.
    headers: { authorization: `Bearer ${internalToken()}`, "content-type": "application/json", origin },
    body: JSON.stringify({ ...change, broadcast }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
}

const noticeSchema = readerPageChangeSchema.extend({ from: z.string() });
const parseJson = (text: string | undefined): unknown => {
  try {
    return JSON.parse(text ?? "null");
  } catch {
    return null;
  }
};
const RECONNECT_MS = 5_000;
const SYNC = Symbol.for("newsroom.reader-cache-sync");

/** Listens for other processes' refreshes, once per process, reconnecting when the connection drops. */
export function startReaderCacheSync() {
  const state = globalThis as { [SYNC]?: boolean };
  if (state[SYNC]) return;
  state[SYNC] = true;

  const connect = async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    let retrying = false;
    const retry = () => {
      if (retrying) return;
      retrying = true;
      client.end().catch(() => {});
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    client.on("error", retry);
    client.on("end", retry);
    client.on("notification", (message) => {
      const parsed = noticeSchema.safeParse(parseJson(message.payload));
      if (!parsed.success || parsed.data.from === instanceId()) return;
      const change = { paths: parsed.data.paths, tags: parsed.data.tags, everything: parsed.data.everything };
      purgePageCache(change);
      requestRefresh(change, { broadcast: false }).catch((error: unknown) =>
        console.error("Could not refresh reader pages another process changed:", error),
      );
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      console.error("Reader page refreshes from other processes will wait: could not listen:", error);
      retry();
    }
  };
  void connect();
}

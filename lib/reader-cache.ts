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
import { pagesTag } from "@/lib/archives";
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
// PostgreSQL refuses a notice over 8,000 bytes.
const NOTICE_BYTES = 7_500;

const INSTANCE = Symbol.for("newsroom.instance");
/** This process, so that it ignores its own notices. */
const instanceId = () => ((globalThis as { [INSTANCE]?: string })[INSTANCE] ??= randomUUID());

/** Paths with pages below them: an archive's older pages, the story sitemaps. */
const WITH_PAGES_BELOW = /^\/(?:(?:sections|tags|authors)\/[^/]+|sitemaps\/stories)$/;
const withPagesBelow = (change: Change) => change.paths.filter((path) => WITH_PAGES_BELOW.test(path));

function purgePageCache(change: Change) {
  const cache = runningPageCache();
  if (!cache) return;
  if (change.everything) return cache.purgeAll();
  if (change.paths.length) cache.purgePaths(change.paths);
  const below = withPagesBelow(change);
  if (below.length) cache.purgeBelow(below);
}

/**
 * A page whose render read the database before the write and was stored
 * after the refresh would look current to Next.js; refreshing once more this
 * much later, longer than any render takes, drops it.
 */
const FOLLOW_UP_MS = 2_000;

export type RefreshOptions = {
  /** Tell the other web processes too. */
  broadcast?: boolean;
  /** Refresh once more a moment later (see FOLLOW_UP_MS). */
  followUp?: boolean;
};

/**
 * Refreshes reader pages in this process; call it while handling a request
 * (a server action or a route handler), after the write has committed.
 */
export function refreshReaderPages(input: ReaderPageChange, { broadcast = true, followUp = true }: RefreshOptions = {}) {
  const change = readerPageChangeSchema.parse(input);
  if (!change.everything && change.paths.length === 0 && change.tags.length === 0) return;
  // The pages below a path carry its tag: the path alone would leave them.
  for (const tag of [...change.tags, ...withPagesBelow(change).map(pagesTag)]) revalidateTag(tag, { expire: 0 });
  if (change.everything) revalidatePath("/", "layout");
  for (const path of change.paths) revalidatePath(path);
  purgePageCache(change);
  after(async () => {
    // Next.js marks its cache entries stale once the action has run: a page
    // cached in the meantime from the old entry is purged again here.
    purgePageCache(change);
    if (followUp) {
      setTimeout(() => {
        requestRefresh(change, { broadcast: false, followUp: false }).catch((error: unknown) =>
          console.error("Could not refresh reader pages a second time:", error),
        );
      }, FOLLOW_UP_MS).unref();
    }
    if (broadcast) await notifyOtherProcesses(change);
  });
}

/** The change in notices of at most NOTICE_BYTES each, paths split between them. */
export function noticesFor(from: string, change: Change): string[] {
  const notices: string[] = [];
  let paths: string[] = [];
  const notice = (some: string[]) => JSON.stringify({ from, ...change, paths: some });
  for (const path of change.paths) {
    if (paths.length > 0 && Buffer.byteLength(notice([...paths, path])) > NOTICE_BYTES) {
      notices.push(notice(paths));
      paths = [];
    }
    paths.push(path);
  }
  notices.push(notice(paths));
  return notices;
}

async function notifyOtherProcesses(change: Change) {
  try {
    for (const notice of noticesFor(instanceId(), change)) {
      await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${notice})`;
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
export async function requestRefresh(change: ReaderPageChange, options: Required<RefreshOptions>) {
  // Set by the production server once it listens (scripts/server.ts); `next dev` listens on PORT.
  const origin = process.env.INTERNAL_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  const response = await fetch(`${origin}/api/internal/reader-pages`, {
    method: "POST",
    // proxy.ts refuses a POST without an Origin naming the host it was sent to.
    headers: { authorization: `Bearer ${internalToken()}`, "content-type": "application/json", origin },
    body: JSON.stringify({ ...change, ...options }),
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
      requestRefresh(change, { broadcast: false, followUp: true }).catch((error: unknown) =>
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

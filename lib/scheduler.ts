/**
 * Marks scheduled stories whose time has come as published. Readers see a
 * scheduled story from its time on without this (see publishedNow() in
 * lib/stories.ts); this keeps the newsroom's records straight: the status,
 * an audit entry, and the reader caches refreshed. It runs when the server
 * starts, catching up on anything due while it was down, and every minute.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { tags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const INTERVAL_MS = 60_000;

/**
 * Publishes every scheduled story due by `now`, each with one audit entry,
 * and returns their slugs. Safe to run from several servers at once: the
 * update only takes stories still scheduled, so each is published once.
 */
export async function publishDueStories(now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.story.updateManyAndReturn({
      where: { status: "scheduled", publishedAt: { lte: now } },
      data: { status: "published", version: { increment: 1 } },
      select: { id: true, slug: true, publishedAt: true },
    });
    if (due.length === 0) return [];
    await tx.auditEntry.createMany({
      data: due.map((story) => ({
        action: "story.publish",
        storyId: story.id,
        // No one clicked: the scheduler did it, at the time an editor chose.
        details: { from: "scheduled", to: "published", by: "scheduler", publishAt: story.publishedAt?.toISOString() },
      })),
    });
    return due.map((story) => story.slug);
  });
}

/** The cache tags to refresh once `slugs` are published. */
export const tagsForPublished = (slugs: string[]) => (slugs.length ? [tags.storyLists, ...slugs.map(tags.story)] : []);

/**
 * Proves a revalidation request comes from this server's own scheduler:
 * derived from the secret every web process shares, never sent elsewhere.
 */
export function schedulerToken(): string {
  return createHmac("sha256", env.BETTER_AUTH_SECRET).update("newsroom-scheduler").digest("base64url");
}

export function isSchedulerToken(candidate: string | null): boolean {
  if (!candidate) return false;
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Next.js revalidates cache tags only while it handles a request, so the
 * scheduler asks its own server to do it (app/api/admin/scheduler/route.ts).
 * If that fails, the pages still refresh within REVALIDATE_SECONDS.
 */
async function requestRevalidation(slugs: string[]) {
  const origin = `http://127.0.0.1:${process.env.PORT ?? "3000"}`;
  const response = await fetch(`${origin}/api/admin/scheduler`, {
    method: "POST",
    // proxy.ts refuses a POST without an Origin naming the host it was sent to.
    headers: { authorization: `Bearer ${schedulerToken()}`, "content-type": "application/json", origin },
    body: JSON.stringify({ slugs }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
}

async function catchUp(): Promise<string[]> {
  try {
    const slugs = await publishDueStories();
    if (slugs.length) console.log(`Scheduler: published ${slugs.join(", ")}`);
    return slugs;
  } catch (error) {
    console.error("Scheduler: could not publish due stories:", error);
    return [];
  }
}

async function revalidate(slugs: string[]) {
  if (slugs.length === 0) return;
  try {
    await requestRevalidation(slugs);
  } catch (error) {
    console.error(`Scheduler: could not refresh the reader pages of ${slugs.join(", ")}:`, error);
  }
}

const STARTUP_DELAY_MS = 5_000;
const globalForScheduler = globalThis as unknown as { newsroomScheduler?: NodeJS.Timeout };

/** Starts the catch-up now and every minute; once per process. */
export function startScheduler() {
  if (globalForScheduler.newsroomScheduler) return;
  // At start the server is not listening yet: it refreshes the pages a moment later.
  void catchUp().then((slugs) => {
    if (slugs.length) setTimeout(() => void revalidate(slugs), STARTUP_DELAY_MS).unref();
  });
  const timer = setInterval(() => void catchUp().then(revalidate), INTERVAL_MS);
  // The timer never keeps the process alive on its own.
  timer.unref();
  globalForScheduler.newsroomScheduler = timer;
}

/**
 * Marks scheduled stories whose time has come as published. Readers see a
 * scheduled story from its time on without this (lib/content/visibility.ts);
 * this keeps the newsroom's records straight: the status,
 * an audit entry, and the reader caches refreshed. It runs when the server
 * starts, catching up on anything due while it was down, and every minute;
 * each run also works out the related-story suggestions stories lack.
 */
import "server-only";
import { db } from "@/lib/platform/db";
import { recordAudits } from "@/lib/people/audit";
import { env } from "@/lib/platform/env";
import { onShutdown } from "@/lib/platform/health";
import { applyCommittedInvalidation, recordInvalidation } from "@/lib/delivery/cache-invalidation";
import { cacheTagsOfStories } from "@/lib/delivery/cache-tags";
import { catchUpOnSuggestions, refreshSuggestionsAround } from "@/lib/reader/suggestions-refresh";

/**
 * Publishes every scheduled story due by `now`, each with one audit entry,
 * and returns their slugs. Safe to run from several servers at once: the
 * update only takes stories still scheduled, so each is published once.
 * The cache tags they change are recorded with them, and applied here.
 */
export async function publishDueStories(now = new Date()): Promise<string[]> {
  let applyAfterCommit: string[] = [];
  const slugs = await db.$transaction(async (tx) => {
    const due = await tx.story.updateManyAndReturn({
      where: { status: "scheduled", publishedAt: { lte: now } },
      data: { status: "published", version: { increment: 1 } },
      select: { id: true, slug: true, publishedAt: true },
    });
    if (due.length === 0) return [];
    const cacheTags = await cacheTagsOfStories(
      tx,
      due.map((story) => story.id),
    );
    await recordInvalidation(tx, cacheTags);
    applyAfterCommit = cacheTags;
    await recordAudits(
      tx,
      due.map((story) => ({
        action: "story.publish",
        // No one clicked: the scheduler did it, at the time an editor chose.
        actorId: null,
        storyId: story.id,
        details: { from: "scheduled", to: "published", by: "scheduler", publishAt: story.publishedAt?.toISOString() },
      })),
    );
    return due.map((story) => story.slug);
  });
  applyCommittedInvalidation(applyAfterCommit);
  return slugs;
}

/**
 * Once `slugs` are published: their neighbours' suggestions are worked out
 * again (they may now list them). Returns the cache tags that changed
 * (recorded). Their own suggestions were made when they were scheduled.
 */
export async function refreshAroundPublished(slugs: string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  const stories = await db.story.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  const around = [];
  for (const story of stories) around.push(...(await refreshSuggestionsAround(story.id)));
  return [...new Set(around)].sort();
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

async function refreshAround(slugs: string[]) {
  if (slugs.length === 0) return;
  try {
    applyCommittedInvalidation(await refreshAroundPublished(slugs));
  } catch (error) {
    console.error(`Scheduler: could not refresh the related headlines around ${slugs.join(", ")}:`, error);
  }
}

/** Stories from before suggestions were stored get theirs, a batch a minute. */
async function catchUpSuggestions() {
  try {
    applyCommittedInvalidation(await catchUpOnSuggestions());
  } catch (error) {
    console.error("Scheduler: could not work out related-story suggestions:", error);
  }
}

async function tick() {
  await refreshAround(await catchUp());
  await catchUpSuggestions();
}

const globalForScheduler = globalThis as unknown as { newsroomScheduler?: NodeJS.Timeout };

/** Starts the catch-up now and every minute; once per process. */
export function startScheduler() {
  if (globalForScheduler.newsroomScheduler) return;
  let stopped = false;
  // The run under way, which stopping waits for: a publication is not cut off halfway.
  let running: Promise<unknown> = Promise.resolve();
  const run = (work: () => Promise<unknown>) => {
    if (!stopped) running = running.then(work);
  };
  run(tick);
  const timer = setInterval(() => run(tick), env.SCHEDULER_INTERVAL_SECONDS * 1000);
  // The timer never keeps the process alive on its own.
  timer.unref();
  globalForScheduler.newsroomScheduler = timer;
  onShutdown("the scheduler", () => {
    stopped = true;
    clearInterval(timer);
    return running;
  });
}

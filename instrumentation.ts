/**
 * Runs once when a server starts: starts the scheduler that publishes
 * scheduled stories, and the poll that applies the cache invalidations other
 * web processes record (lib/delivery/cache-invalidation.ts). Each registers how it stops (lib/platform/health.ts's
 * onShutdown) for the server to call once it has answered its last request.
 */
import type { Instrumentation } from "next";

export async function register() {
  // Only in the Node.js server: both need the database, which the edge
  // runtime cannot reach, and the build must not publish anything.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startScheduler }, { startInvalidationSync }, { onShutdown }, { startPurgeRelay }] = await Promise.all([
    import("./lib/newsroom/scheduler"),
    import("./lib/delivery/cache-invalidation"),
    import("./lib/platform/health"),
    import("./lib/delivery/cdn-purge-relay"),
  ]);
  startScheduler();
  onShutdown("the cache invalidation poll", startInvalidationSync());
  onShutdown("the CDN purge relay", startPurgeRelay());
}

/**
 * A page that failed because the database went away: the next readers get
 * the designed 503 page (proxy.ts) instead of the same failure.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkDatabaseAfter } = await import("./lib/platform/database-status");
  checkDatabaseAfter(error);
};

/**
 * Runs once when a server starts: starts the scheduler that publishes
 * scheduled stories, and the listener that refreshes reader pages when another
 * web process changes them.
 */
export async function register() {
  // Only in the Node.js server: both need the database, which the edge
  // runtime cannot reach, and the build must not publish anything.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startScheduler }, { startReaderCacheSync }] = await Promise.all([
    import("./lib/scheduler"),
    import("./lib/reader-cache"),
  ]);
  startScheduler();
  startReaderCacheSync();
}

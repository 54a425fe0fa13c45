/** Runs once when a server starts: starts the scheduler that publishes scheduled stories. */
export async function register() {
  // Only in the Node.js server: the scheduler needs the database, which the
  // edge runtime cannot reach, and the build must not publish anything.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/scheduler");
  startScheduler();
}

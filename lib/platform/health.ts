/**
 * What /healthz and /readyz answer, and how the server stops what runs beside
 * its requests. It holds no database client of its own: the server
 * (scripts/server.ts, compiled apart from the app) imports it to mark the
 * process as draining and to run the shutdown hooks the app registered,
 * without loading the app's configuration.
 */

// The server and the app's code (bundled by Next.js, so with module
// instances of its own) meet through one global, as scripts/page-cache.ts does.
const DRAINING = Symbol.for("newsroom.draining");
type WithDraining = typeof globalThis & { [DRAINING]?: boolean };

/**
 * For the server to call when it begins to shut down: from then on /readyz
 * answers 503, so that load balancers stop sending requests before it stops.
 */
export function markDraining() {
  (globalThis as WithDraining)[DRAINING] = true;
}

export const isDraining = () => (globalThis as WithDraining)[DRAINING] === true;

/** How long the database may take to answer before the process counts as not ready. */
export const READINESS_TIMEOUT_MS = 1000;

export type Readiness = {
  ready: boolean;
  database: "reachable" | "unreachable" | "too slow";
  draining: boolean;
};

/** Ready when not draining and `pingDatabase` succeeds within the timeout. */
export async function checkReadiness(
  pingDatabase: () => Promise<unknown>,
  timeoutMs = READINESS_TIMEOUT_MS,
): Promise<Readiness> {
  const draining = isDraining();
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<"too slow">((resolve) => {
    timer = setTimeout(() => resolve("too slow"), timeoutMs);
  });
  const ping = pingDatabase().then(
    () => "reachable" as const,
    () => "unreachable" as const,
  );
  const database = await Promise.race([ping, tooSlow]);
  clearTimeout(timer);
  return { ready: !draining && database === "reachable", database, draining };
}

/** Health answers are about this moment and this process: no cache may keep them. */
export const HEALTH_HEADERS = { "Cache-Control": "no-store" };

/**
 * What runs beside the requests (the scheduler, a listener or poller, the
 * database pool) and must stop after the last request has been answered.
 * "work" hooks stop what makes queries; "connections" hooks then close what
 * those queries used.
 */
export type ShutdownStage = "work" | "connections";
type ShutdownHook = { name: string; stage: ShutdownStage; stop: () => unknown };

const SHUTDOWN_HOOKS = Symbol.for("newsroom.shutdown-hooks");
type WithShutdownHooks = typeof globalThis & { [SHUTDOWN_HOOKS]?: Set<ShutdownHook> };
const shutdownHooks = () => ((globalThis as WithShutdownHooks)[SHUTDOWN_HOOKS] ??= new Set());

/**
 * Registers how to stop something when the server stops (scripts/server.ts
 * calls runShutdownHooks once it has answered every request). `stop` may
 * return a promise. Returns a function that takes the registration back.
 */
export function onShutdown(name: string, stop: () => unknown, stage: ShutdownStage = "work"): () => void {
  const hook = { name, stage, stop };
  shutdownHooks().add(hook);
  return () => void shutdownHooks().delete(hook);
}

/** How long one hook may take before the server stops without it. */
export const SHUTDOWN_HOOK_TIMEOUT_MS = 3000;

/**
 * Runs every "work" hook, then every "connections" hook, once. A hook that
 * throws or outlasts `timeoutMs` is reported and not waited for: a process
 * told to stop must stop. Resolves with the names of those that did not finish.
 */
export async function runShutdownHooks(timeoutMs = SHUTDOWN_HOOK_TIMEOUT_MS): Promise<string[]> {
  const unfinished: string[] = [];
  for (const stage of ["work", "connections"] as const) {
    const hooks = [...shutdownHooks()].filter((hook) => hook.stage === stage);
    for (const hook of hooks) shutdownHooks().delete(hook);
    await Promise.all(
      hooks.map(async (hook) => {
        let timer: NodeJS.Timeout | undefined;
        const tooSlow = new Promise<"too slow">((resolve) => {
          timer = setTimeout(() => resolve("too slow"), timeoutMs);
        });
        try {
          const outcome = await Promise.race([Promise.resolve().then(hook.stop), tooSlow]);
          if (outcome === "too slow") {
            console.error(`Stopping: ${hook.name} did not stop within ${timeoutMs} ms`);
            unfinished.push(hook.name);
          }
        } catch (error) {
          console.error(`Stopping: ${hook.name} failed to stop:`, error);
          unfinished.push(hook.name);
        } finally {
          clearTimeout(timer);
        }
      }),
    );
  }
  return unfinished;
}

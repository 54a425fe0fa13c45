/**
 * What /healthz and /readyz answer. It holds no database client of its own:
 * the server (scripts/server.ts, compiled apart from the app) may import it
 * to mark the process as draining without loading the app's configuration.
 */

// The server and the app's code (bundled by Next.js, so with module
// instances of its own) meet through one global, as lib/page-cache.ts does.
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

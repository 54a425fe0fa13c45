/**
 * Whether the database answers, as this process last saw it, so that readers
 * get a designed 503 page (proxy.ts) and editors a clear message
 * (lib/actions/form-action.ts) while it does not, and everything recovers by
 * itself when it answers again. lib/platform/db.ts reports what its pool sees and
 * lends the probe; proxy.ts, bundled apart from the routes, reads the same
 * state through one global, as lib/platform/health.ts does.
 */

/** How long after its last answer the database counts as up without asking it again. */
export const FRESH_FOR_MS = 2_000;
/** How long a probe may take before the database counts as not answering. */
export const PROBE_TIMEOUT_MS = 1_000;
/** How often a database that does not answer is asked again. */
export const PROBE_EVERY_MS = 1_000;

export const DATABASE_DOWN_MESSAGE =
  "The database is not answering; your text is still here. Try again in a moment.";

type Status = {
  /** When the database was first seen not answering, or null while it answers. */
  downSince: number | null;
  lastAnswerAt: number;
  /** Asks the database something trivial (lib/platform/db.ts registers it). */
  probe?: () => Promise<unknown>;
  /** The probe under way, shared by every caller that wants an answer now. */
  asking?: Promise<boolean>;
  retrying?: NodeJS.Timeout;
};

const STATUS = Symbol.for("newsroom.database-status");
const status = (): Status =>
  ((globalThis as typeof globalThis & { [STATUS]?: Status })[STATUS] ??= {
    downSince: null,
    lastAnswerAt: 0,
  });

export function registerDatabaseProbe(probe: () => Promise<unknown>) {
  status().probe = probe;
}

/** The database just answered (a connection opened, a query came back). */
export function noteDatabaseAnswered(now = Date.now()) {
  const current = status();
  current.lastAnswerAt = now;
  if (current.downSince === null) return;
  console.log(`The database answers again (after ${Math.round((now - current.downSince) / 1000)} s).`);
  current.downSince = null;
  clearTimeout(current.retrying);
  current.retrying = undefined;
}

function noteDatabaseDown(reason: unknown) {
  const current = status();
  if (current.downSince !== null) return;
  current.downSince = Date.now();
  const why = reason instanceof Error ? reason.message : String(reason);
  console.error(
    `The database is not answering (${why}): pages not in the page cache get a 503 until it does.`,
  );
  // Nothing else would ask it while readers get the 503 page: keep asking until it answers.
  const retry = () => {
    current.retrying = setTimeout(() => void askDatabase().then((up) => up || retry()), PROBE_EVERY_MS);
    current.retrying.unref();
  };
  retry();
}

export const isDatabaseDown = () => status().downSince !== null;

/** Asks the database now (one probe at a time); resolves whether it answered within PROBE_TIMEOUT_MS. */
export function askDatabase(): Promise<boolean> {
  const current = status();
  const { probe } = current;
  if (!probe) return Promise.resolve(true);
  current.asking ??= (async () => {
    let timer: NodeJS.Timeout | undefined;
    const tooSlow = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
    });
    try {
      await Promise.race([probe(), tooSlow]);
      noteDatabaseAnswered();
      return true;
    } catch (error) {
      noteDatabaseDown(error);
      return false;
    } finally {
      clearTimeout(timer);
      current.asking = undefined;
    }
  })();
  return current.asking;
}

/**
 * Whether the database is down: known, or (when it has not answered for
 * FRESH_FOR_MS) found so by asking it. Costs nothing while it answers often.
 */
export async function databaseIsDown(now = Date.now()): Promise<boolean> {
  const current = status();
  if (current.downSince !== null) return true;
  if (now - current.lastAnswerAt < FRESH_FOR_MS) return false;
  return !(await askDatabase());
}

/** Something failed in a way that may mean the database is gone: find out. */
export function checkDatabaseAfter(error: unknown) {
  if (isConnectionError(error)) void askDatabase();
}

// Prisma's codes (through @prisma/adapter-pg): cannot reach, timed out, connection closed.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
// The adapter's names for the same.
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
// PostgreSQL's: shutting down, crashed, starting up; too many connections.
const POSTGRES_CODES = new Set(["57P01", "57P02", "57P03", "53300"]);
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
]);
// node-postgres says these in words only.
const LOST_CONNECTION =
  /Connection terminated|timeout exceeded when trying to connect|not queryable|Can't reach database server|Server has closed the connection/i;

/**
 * Whether `error` says the database cannot be reached or dropped the
 * connection (as opposed to refusing a query). Looks through the causes
 * Prisma and its adapter wrap around the driver's error.
 */
export function isConnectionError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    const fields = current as Record<string, unknown>;
    for (const code of [fields.code, fields.originalCode]) {
      if (typeof code !== "string") continue;
      if (
        PRISMA_CODES.has(code) ||
        POSTGRES_CODES.has(code) ||
        SOCKET_CODES.has(code) ||
        code.startsWith("08")
      )
        return true;
    }
    if (typeof fields.kind === "string" && ADAPTER_KINDS.has(fields.kind)) return true;
    if (typeof fields.message === "string" && LOST_CONNECTION.test(fields.message)) return true;
    const meta = fields.meta as Record<string, unknown> | undefined;
    pending.push(fields.cause, meta?.driverAdapterError);
    if (Array.isArray(fields.errors)) pending.push(...(fields.errors as unknown[]));
  }
  return false;
}

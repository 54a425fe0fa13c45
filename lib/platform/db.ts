/** The one Prisma client, over one node-postgres pool. */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import {
  checkDatabaseAfter,
  noteDatabaseAnswered,
  PROBE_TIMEOUT_MS,
  registerDatabaseProbe,
} from "@/lib/platform/database-status";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/platform/env";
import { onShutdown } from "@/lib/platform/health";

/**
 * Asks on a connection of its own, so that a pool busy with slow queries is
 * not mistaken for a database that does not answer.
 */
async function probeDatabase() {
  const client = new pg.Client({
    connectionString: env.DATABASE_URL,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    void client.end().catch(() => {});
  }
}

function createClients() {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: 10,
    // Prisma stores DateTime as UTC in columns without a zone; sessions in UTC make
    // raw SQL comparisons with now() right whatever the server's time zone.
    options: "-c TimeZone=UTC",
    // A database that does not answer at all fails a request in seconds, not
    // when the operating system gives up on the connection minutes later.
    connectionTimeoutMillis: 10_000,
  });
  // What the pool sees tells lib/platform/database-status.ts whether the database answers.
  pool.on("connect", () => noteDatabaseAnswered());
  pool.on("release", (error: Error | undefined) =>
    error ? checkDatabaseAfter(error) : noteDatabaseAnswered(),
  );
  // An idle connection the database dropped (it stopped, or restarted).
  pool.on("error", (error) => checkDatabaseAfter(error));
  registerDatabaseProbe(probeDatabase);
  // After the scheduler and the listeners, once the server has answered its last request.
  onShutdown("the database pool", () => pool.end(), "connections");
  return {
    // Password hashes never leave the database through the client the app uses.
    db: new PrismaClient({ adapter: new PrismaPg(pool), omit: { account: { password: true } } }),
    // The auth library reads and writes hashes itself, through the same pool.
    authDb: new PrismaClient({ adapter: new PrismaPg(pool) }),
  };
}

// Development reloads modules on every change; keep one pool across them.
const globalForPrisma = globalThis as unknown as { prismaClients?: ReturnType<typeof createClients> };
const clients = globalForPrisma.prismaClients ?? createClients();
if (process.env.NODE_ENV !== "production") globalForPrisma.prismaClients = clients;

export const db = clients.db;
/** Only for lib/auth.ts. */
export const authDb = clients.authDb;
export type Db = typeof db;

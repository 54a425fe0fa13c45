/** The one Prisma client, over one node-postgres pool. */
import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

import pg from "pg";

function createClients() {
  // Prisma stores DateTime as UTC in columns without a zone; sessions in UTC make
  // raw SQL comparisons with now() right whatever the server's time zone.
  const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 10, options: "-c TimeZone=UTC" });
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

/**
 * The driver adapter Prisma Migrate uses (see prisma.config.ts).
 *
 * Prisma 6.19 runs its schema engine as WebAssembly through a driver adapter,
 * which is what lets migrations run with nothing but the npm registry. Its
 * `@prisma/adapter-pg@6.19.3` has two defects on that path, fixed upstream in
 * 7.x (prisma/orm#27403), worked around here:
 *
 * 1. The engine's catalog queries return columns of type `name` (OID 19) and
 *    `"char"` (OID 18), which the adapter refuses to deserialise. The client
 *    below reports them as `text` (OID 25); node-postgres already returns
 *    their values as strings.
 * 2. `connectToShadowDb()` spreads a config holding a connection string, so
 *    its "shadow" pool connects to the main database, and it drops the shadow
 *    database while that pool still holds a connection. The factory below
 *    connects to the shadow database by its parts and drops it only after
 *    closing its pool.
 *
 * Remove this module when the project moves to a Prisma version whose schema
 * engine runs on these machines.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportCatalogTypesAsText(result: unknown): void {
  for (const each of Array.isArray(result) ? result : [result]) {
    for (const field of (each as QueryResultLike | undefined)?.fields ?? []) {
      if (field.dataTypeID === OID_NAME || field.dataTypeID === OID_CHAR) {
        field.dataTypeID = OID_TEXT;
      }
    }
  }
}

/** A pg.Client whose results describe `name` and `"char"` columns as text. */
export class CatalogSafeClient extends pg.Client {
  // pg.Client#query has a dozen overloads; this forwards whichever was used.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  override query(...args: any[]): any {
    const last = args.at(-1);
    if (typeof last === "function") {
      // pg.Pool calls its clients with a callback.
      args[args.length - 1] = (error: Error | null, result: unknown) => {
        if (result) reportCatalogTypesAsText(result);
        last(error, result);
      };
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    if (returned instanceof Promise) {
      return returned.then((result: unknown) => {
        reportCatalogTypesAsText(result);
        return result;
      });
    }
    return returned;
  }
}

function poolFor(config: pg.PoolConfig): pg.Pool {
  return new pg.Pool({ ...config, Client: CatalogSafeClient, max: 2 });
}

/** Connection settings by their parts, never as a connection string. */
function configFrom(databaseUrl: string): pg.PoolConfig {
  const parsed = parseConnectionString(databaseUrl);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as pg.PoolConfig["ssl"]) : undefined,
  };
}

export class MigrateAdapterFactory extends PrismaPg {
  private readonly baseConfig: pg.PoolConfig;

  constructor(databaseUrl: string) {
    const config = configFrom(databaseUrl);
    super(poolFor(config), { disposeExternalPool: true });
    this.baseConfig = config;
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.baseConfig);
    await admin.connect();
    const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    try {
      await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
    const shadow = new PrismaPg(poolFor({ ...this.baseConfig, database }), {
      disposeExternalPool: true,
    });
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(this.baseConfig);
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await cleanup.end();
      }
    };
    return adapter;
  }
}

/**
 * `npm test`: every layer, each on a database of its own made for this run
 * and dropped after it.
 *   1. unit tests (vitest, no database)
 *   2. integration tests of lib/ against PostgreSQL (vitest)
 *   3. end-to-end tests in Chromium against the production build (Playwright)
 * The databases live on TEST_DATABASE_SERVER_URL (a postgresql:// URL without a
 * database name) when set, otherwise on a throwaway embedded PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { buildSite } from "./build-site";
import { CHROMIUM_PATH } from "./chromium";
import { bin, freePort, migrate, run, throwawayDatabaseServer } from "./postgres";


async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main() {
  const only = process.argv[2]; // "unit", "integration" or "e2e" runs one layer
  // Anything after the layer goes to its runner: `npm test -- e2e reader.spec.ts`.
  const extra = only ? process.argv.slice(3) : [];
  const runs = (layer: string) => !only || only === layer;

  if (runs("unit")) await run(bin("vitest"), ["run", "--project", "unit", ...extra]);
  if (runs("e2e") && !existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM_PATH}. On Debian or Ubuntu: sudo apt-get install -y chromium ` +
        "(or set CHROMIUM_PATH to another Chromium).",
    );
  }
  if (!runs("integration") && !runs("e2e")) return;

  const server = await throwawayDatabaseServer(process.env.TEST_DATABASE_SERVER_URL, "newsroom-test-");
  const suffix = randomBytes(4).toString("hex");
  const databases: string[] = [];
  const createDatabase = async (name: string) => {
    const database = `newsroom_test_${name}_${suffix}`;
    await withAdmin(server.serverUrl, (client) => client.query(`CREATE DATABASE "${database}"`));
    databases.push(database);
    return `${server.serverUrl}/${database}`;
  };
  const common = {
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  try {
    if (runs("integration")) {
      const url = await createDatabase("integration");
      await migrate(url);
      await run(bin("vitest"), ["run", "--project", "integration", ...extra], {
        ...common,
        // The seed's demo pictures go to a throwaway folder, never to the .data/media that `npm start` serves.
        MEDIA_ROOT: mkdtempSync(path.join(tmpdir(), "newsroom-test-media-")),
        DATABASE_URL: url,
        TEST_DATABASE_SERVER_URL: server.serverUrl,
      });
    }
    if (runs("e2e")) {
      const url = await createDatabase("e2e");
      const port = String(await freePort());
      const env = {
        ...common,
        DATABASE_URL: url,
        SITE_URL: `http://localhost:${port}`,
        PORT: port,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-test",
        DEMO_EDITOR_EMAIL: "editor@newsroom.test",
        DEMO_EDITOR_PASSWORD: randomBytes(12).toString("base64url"),
        CHROMIUM_PATH,
        // The tests stand in for a proxy that appends each client's address (the last
        // X-Forwarded-For entry), so that each browser has an address of its own.
        TRUST_PROXY: "1",
        // So that a test sees a scheduled story go live within seconds.
        SCHEDULER_INTERVAL_SECONDS: "2",
        // The run's uploads go to a throwaway folder, never to the .data/media that `npm start` serves.
        MEDIA_ROOT: mkdtempSync(path.join(tmpdir(), "newsroom-test-media-")),
      };
      await migrate(url);
      await run(bin("tsx"), ["prisma/seed.ts"], env);
      await buildSite({ ...env, NODE_ENV: "production" });
      await run(bin("playwright"), ["test", ...extra], env);
    }
  } finally {
    await withAdmin(server.serverUrl, async (client) => {
      for (const database of databases) await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    }).catch((error: unknown) => console.error("Could not drop the test databases:", error));
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * The migrations build exactly the database schema.prisma describes: applied
 * to an empty database, they leave Prisma Migrate nothing to add.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const serverUrl = process.env.TEST_DATABASE_SERVER_URL!;
const database = `newsroom_test_drift_${process.pid}`;
// Inside the project so the config can import the project's modules.
const workDir = path.join(root, "node_modules", ".cache", `newsroom-drift-${process.pid}`);

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function prisma(args: string[]) {
  return spawnSync(path.join(root, "node_modules", ".bin", "prisma"), [...args, "--config", path.join(workDir, "prisma.config.ts")], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `${serverUrl}/${database}` },
    encoding: "utf8",
  });
}

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
});

test("the migrations produce exactly what schema.prisma describes", async () => {
  await admin(`CREATE DATABASE "${database}"`);
  mkdirSync(workDir, { recursive: true });
  // Work on a copy of the migrations: checking for drift writes a migration.
  cpSync(path.join(root, "prisma", "migrations"), path.join(workDir, "migrations"), { recursive: true });
  writeFileSync(
    path.join(workDir, "prisma.config.ts"),
    `import { defineConfig } from "prisma/config";
import { MigrateAdapterFactory } from ${JSON.stringify(path.join(root, "prisma", "migrate-adapter.ts"))};
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ${JSON.stringify(path.join(root, "prisma", "schema.prisma"))},
  migrations: { path: ${JSON.stringify(path.join(workDir, "migrations"))} },
  async adapter() { return new MigrateAdapterFactory(process.env.DATABASE_URL!); },
});
`,
  );

  const deploy = prisma(["migrate", "deploy"]);
  expect(deploy.stderr + deploy.stdout).toContain("successfully applied");

  const before = new Set(readdirSync(path.join(workDir, "migrations")));
  prisma(["migrate", "dev", "--create-only", "--skip-generate", "--name", "drift_check"]);
  const added = readdirSync(path.join(workDir, "migrations")).filter((name) => !before.has(name));
  // Prisma writes one migration, empty when there is no drift; none means it failed to compare.
  expect(added).toHaveLength(1);
  const statements = added
    .map((name) => readFileSync(path.join(workDir, "migrations", name, "migration.sql"), "utf8"))
    .join("\n")
    .split("\n")
    .filter((line) => line.trim() && !line.trim().startsWith("--"));
  expect(statements, "schema.prisma differs from the migrations: run npm run db:migration").toEqual([]);
});

/**
 * `npm start`: the production site on PORT (3000), on DATABASE_URL or an
 * embedded PostgreSQL, built first if the sources changed since the last build.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site";
import { projectRoot } from "./postgres";
import { productionServerArgs, productionServerEnv, SERVER_BUNDLE } from "./server-command";
import { prepare, stopTogetherOnSignal } from "./prepare";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.mjs",
  "package-lock.json",
  "postcss.config.mjs",
  "scripts/server.ts",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

function buildIsCurrent(): boolean {
  const buildId = path.join(projectRoot, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(projectRoot, ".next", SERVER_BUNDLE))) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestChange(path.join(projectRoot, source)) < builtAt);
}

async function main() {
  const { database, env, signIn } = await prepare();
  const port = process.env.PORT ?? "3000";
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const serverEnv = { ...env, SITE_URL: siteUrl, NODE_ENV: "production" as const };
  try {
    if (!buildIsCurrent()) {
      console.log("Building the site…");
      await buildSite(serverEnv);
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  const server = spawn(process.execPath, productionServerArgs(".next"), {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...productionServerEnv, ...serverEnv, PORT: port },
  });
  stopTogetherOnSignal(server, database);
  console.log(`\nNewsroom is running at ${siteUrl}`);
  console.log(`Editors sign in at ${siteUrl}/admin as ${signIn.email} with password ${signIn.password}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

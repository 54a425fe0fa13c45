/**
 * `npm start` on a laptop (scripts/start.mjs runs it unless NODE_ENV=production):
 * the production site on PORT (3000), on DATABASE_URL or an embedded
 * PostgreSQL, migrated and, on the embedded one or with SEED_DEMO=1, loaded
 * with the demo content; built first if the sources changed since the last build.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { buildSite } from "./build-site";
import { projectRoot } from "./postgres";
import { productionServerArgs, productionServerEnv, SERVER_BUNDLE } from "./server-command";
import { prepare, stopTogetherOnSignal } from "./prepare";
import { portInUse, waitUntilAnswering } from "./server-readiness";

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
  "scripts/logger.ts",
  "scripts/production-start.ts",
  "scripts/admin-create.ts",
];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** The build folder: NEXT_DIST_DIR, as for `npm run build` (next.config.mjs). */
const distDir = process.env.NEXT_DIST_DIR || ".next";

function buildIsCurrent(): boolean {
  const buildId = path.join(projectRoot, distDir, "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(projectRoot, distDir, SERVER_BUNDLE))) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestChange(path.join(projectRoot, source)) < builtAt);
}

async function main() {
  const port = process.env.PORT ?? "3000";
  // Before anything starts: a server that cannot listen must not be left behind.
  if (await portInUse(Number(port), process.env.HOST)) {
    throw new Error(`Port ${port} is already in use: stop what listens there, or set PORT to another port.`);
  }
  const { database, env, signInLine } = await prepare();
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
  const server = spawn(process.execPath, productionServerArgs(distDir), {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    // A person reads the laptop's log at a terminal; LOG_FORMAT=json still asks for JSON (scripts/logger.ts).
    env: { LOG_FORMAT: "pretty", ...process.env, ...productionServerEnv, ...serverEnv, PORT: port },
  });
  const stopWith = stopTogetherOnSignal(server, database);
  if (!(await waitUntilAnswering(Number(port), process.env.HOST, server))) {
    console.error(`The site did not answer on port ${port}; stopping.`);
    await stopWith(1);
    return;
  }
  console.log(`\nNewsroom is running at ${siteUrl}`);
  console.log(`${signInLine(siteUrl)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

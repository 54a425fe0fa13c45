/**
 * The site's build, as `npm run build`, `npm start`, the tests and the
 * benchmark make it: the Next.js build, then the scripts production runs
 * compiled to plain JavaScript beside it, so that they run on Node.js and
 * production dependencies alone (no TypeScript loader, which held some 75 MB
 * in the server):
 *   newsroom-server.mjs        the production server (scripts/server.ts)
 *   newsroom-start.mjs         `NODE_ENV=production npm start` (scripts/production-start.ts)
 *   newsroom-admin-create.mjs  `npm run admin:create` (scripts/admin-create.ts)
 *
 * The build needs neither a database nor a secret (lib/platform/env.ts). Next.js
 * prerenders the pages it can cache (the front page, the 404 page, ...) and
 * those read the database; without DATABASE_URL, they read an empty,
 * migrated, throwaway embedded PostgreSQL. What they rendered there is then
 * removed from the build, so that each is rendered from the real database on
 * its first request and cached from then on, as when a write refreshes it:
 * a deployment never serves what the build saw.
 * NEXT_DIST_DIR names the build folder (.next).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, type Plugin } from "esbuild";
import {
  bin,
  ensureDatabaseExists,
  freePort,
  migrate,
  projectRoot,
  run,
  startEmbedded,
  type Env,
} from "./postgres";
import { SERVER_BUNDLE } from "./server-command";

/** Source and output name of each script compiled into the build folder. */
const SCRIPTS: [source: string, output: string][] = [
  ["server.ts", SERVER_BUNDLE],
  ["production-start.ts", "newsroom-start.mjs"],
  ["admin-create.ts", "newsroom-admin-create.mjs"],
];

/**
 * `server-only` throws unless imported under React's server condition; the
 * scripts run lib/ code outside React, on the server by definition.
 */
const serverOnlyIsEmpty: Plugin = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};

/** An empty database with the schema, for the build's prerendering, removed after it. */
async function throwawayDatabase() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-build-"));
  const server = await startEmbedded({ dataDir, port: await freePort(), persistent: false, quiet: true });
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await ensureDatabaseExists(server.serverUrl, "newsroom");
    const url = `${server.serverUrl}/newsroom`;
    await migrate(url);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

type PrerenderManifest = { routes: Record<string, { initialRevalidateSeconds?: number | false }> };

/** Removes the build's renders of pages that read the database (those Next.js revalidates). */
function forgetPrerenderedPages(distDir: string) {
  const manifest = JSON.parse(
    readFileSync(path.join(projectRoot, distDir, "prerender-manifest.json"), "utf8"),
  ) as PrerenderManifest;
  for (const [route, { initialRevalidateSeconds }] of Object.entries(manifest.routes)) {
    if (typeof initialRevalidateSeconds !== "number") continue;
    const base = path.join(projectRoot, distDir, "server", "app", route === "/" ? "index" : route.slice(1));
    for (const suffix of [".html", ".rsc", ".meta", ".body", ".segments"]) {
      if (existsSync(base + suffix)) rmSync(base + suffix, { recursive: true, force: true });
    }
  }
}

export async function buildSite(env: Env = {}): Promise<void> {
  const database = (env.DATABASE_URL ?? process.env.DATABASE_URL) ? null : await throwawayDatabase();
  try {
    await run(bin("next"), ["build"], database ? { ...env, DATABASE_URL: database.url } : env);
  } finally {
    await database?.stop();
  }
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? ".next";
  forgetPrerenderedPages(distDir);
  for (const [source, output] of SCRIPTS) {
    await build({
      entryPoints: [path.join(projectRoot, "scripts", source)],
      outfile: path.join(projectRoot, distDir, output),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      // Next.js, Prisma's runtime and the rest load from node_modules as they are.
      packages: "external",
      plugins: [serverOnlyIsEmpty],
      logLevel: "warning",
    });
  }
}

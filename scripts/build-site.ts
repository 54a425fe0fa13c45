/**
 * The site's build, as `npm run build`, `npm start`, the tests and the
 * benchmark make it: the Next.js build, then the production server
 * (scripts/server.ts) compiled to plain JavaScript beside it, so that it runs
 * on Node.js alone: no TypeScript loader, which held some 75 MB.
 * NEXT_DIST_DIR names the build folder (.next).
 */
import path from "node:path";
import { build } from "esbuild";
import { bin, projectRoot, run, type Env } from "./postgres";
import { SERVER_BUNDLE } from "./server-command";

export async function buildSite(env: Env = {}): Promise<void> {
  await run(bin("next"), ["build"], env);
  const distDir = env.NEXT_DIST_DIR ?? process.env.NEXT_DIST_DIR ?? ".next";
  await build({
    entryPoints: [path.join(projectRoot, "scripts", "server.ts")],
    outfile: path.join(projectRoot, distDir, SERVER_BUNDLE),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Next.js, compression and the rest load from node_modules as they are.
    packages: "external",
    logLevel: "warning",
  });
}

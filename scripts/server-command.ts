/**
 * How the production server (scripts/server.ts, compiled by scripts/build.ts
 * into the build folder) is started, the same way by `npm start`, the
 * end-to-end tests and the benchmark. Its heap is capped (SERVER_HEAP_MB, 160
 * by default) so that memory goes back to the garbage collector instead of
 * growing while the machine has room: under the benchmark's heaviest load
 * (64 readers, every one asking for a page not rendered yet) the live heap
 * stays near 110 MB, and V8 left alone grows past 250.
 */
import path from "node:path";

export const SERVER_BUNDLE = "newsroom-server.mjs";

const projectRoot = path.resolve(import.meta.dirname, "..");

/** `node` arguments that start the server built into `distDir`. */
export const productionServerArgs = (distDir = process.env.NEXT_DIST_DIR ?? ".next") => [
  `--max-old-space-size=${process.env.SERVER_HEAP_MB ?? 160}`,
  path.join(projectRoot, distDir, SERVER_BUNDLE),
];

/**
 * The server's environment besides the site's own: glibc's malloc keeps
 * fewer arenas, so memory freed by compression and rendering on different
 * threads goes back to use instead of fragmenting (it cost some 60 MB here).
 */
export const productionServerEnv = { MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2" };

/** The same, as one shell command line. */
export const productionServerCommand = () =>
  ["node", ...productionServerArgs()].map((part) => JSON.stringify(part)).join(" ");

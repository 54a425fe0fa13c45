/**
 * How the production server (scripts/server.ts) is started, the same way by
 * `npm start`, the end-to-end tests and the benchmark. Its heap is capped
 * (SERVER_HEAP_MB, 256 by default) so that memory goes back to the garbage
 * collector instead of growing while the machine has room.
 */
import path from "node:path";

const serverFile = path.join(import.meta.dirname, "server.ts");

export const productionServerArgs = [
  `--max-old-space-size=${process.env.SERVER_HEAP_MB ?? 256}`,
  "--import",
  "tsx",
  serverFile,
];

/** The same, as one shell command line. */
export const productionServerCommand = ["node", ...productionServerArgs].map((part) => JSON.stringify(part)).join(" ");

// Runs a script that `npm run build` compiled into the build folder
// (scripts/build-site.ts lists them), so that production needs neither
// TypeScript nor any devDependency: `node scripts/run-built.mjs admin-create --email …`.
// NEXT_DIST_DIR names the build folder (.next).
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = fileURLToPath(new URL("..", import.meta.url));

/** Imports `newsroom-<name>.mjs` from the build folder, or exits saying to build first. */
export async function runBuilt(name) {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const script = path.join(projectRoot, distDir, `newsroom-${name}.mjs`);
  if (!existsSync(script)) {
    console.error(`${path.join(distDir, `newsroom-${name}.mjs`)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  await import(pathToFileURL(script).href);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [name, ...rest] = process.argv.slice(2);
  if (!name) {
    console.error("Name the script: node scripts/run-built.mjs admin-create --email …");
    process.exit(1);
  }
  // The script reads its own arguments as if it had been started directly.
  process.argv.splice(2, process.argv.length, ...rest);
  await runBuilt(name);
}

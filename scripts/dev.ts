/** `npm run dev`: the hot-reloading development server on the same database as `npm start`. */
import { spawn } from "node:child_process";
import { bin, projectRoot } from "./postgres";
import { prepare, stopTogetherOnSignal } from "./prepare";

async function main() {
  const { database, env, signInLine } = await prepare();
  const port = process.env.PORT ?? "3000";
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const server = spawn(bin("next"), ["dev", "--port", port], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env, SITE_URL: siteUrl },
  });
  stopTogetherOnSignal(server, database);
  console.log(`\n${signInLine(siteUrl)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * `NODE_ENV=production npm start`: the built server (scripts/server.ts), on
 * production dependencies alone. `npm run build` compiles this file into the
 * build folder. Nothing is built, migrated or seeded here: the build and the
 * release step (`npm run db:migrate`) do that. It refuses to start, naming
 * the variable, when the configuration is incomplete (lib/platform/env.ts), and exits
 * non-zero when the port is taken.
 */
import { spawn } from "node:child_process";
import { portInUse, waitUntilAnswering } from "./server-readiness";
import { productionServerArgs, productionServerEnv } from "./server-command";

async function main() {
  try {
    // Imported here, not above, so that an incomplete configuration is reported, not thrown.
    const { loadEnv } = await import("../lib/platform/env");
    loadEnv(process.env, "production");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST;
  if (await portInUse(port, host)) {
    console.error(`Port ${port} is already in use: stop what listens there, or set PORT to another port.`);
    process.exit(1);
  }

  const server = spawn(process.execPath, productionServerArgs(), {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...productionServerEnv },
  });
  let failed = false;
  // The process manager's signals go to the server, which decides how to stop.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code, signal) => process.exit(failed ? 1 : (code ?? (signal ? 1 : 0))));

  if (await waitUntilAnswering(port, host, server)) {
    console.log(`Newsroom is running at ${process.env.SITE_URL}`);
  } else if (server.exitCode === null) {
    failed = true;
    console.error(`The server did not answer on port ${port}; stopping it.`);
    server.kill("SIGTERM");
  }
}

void main();

/** What `npm start` and `npm run dev` do before serving: database, migrations, demo content. */
import { authSecret, demoSignIn } from "./local-secrets";
import { bin, migrate, openDatabase, run, type Database, type Env } from "./postgres";

export type Prepared = { database: Database; env: Env; signIn: ReturnType<typeof demoSignIn> };

export async function prepare(): Promise<Prepared> {
  const database = await openDatabase();
  try {
    const signIn = demoSignIn();
    const env = {
      DATABASE_URL: database.url,
      BETTER_AUTH_SECRET: authSecret(),
      DEMO_EDITOR_EMAIL: signIn.email,
      DEMO_EDITOR_PASSWORD: signIn.password,
    };
    await migrate(database.url);
    await run(bin("tsx"), ["prisma/seed.ts"], env);
    return { database, env, signIn };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** Stops `child` and the database on Ctrl-C or SIGTERM, then exits. */
export function stopTogetherOnSignal(child: import("node:child_process").ChildProcess, database: Database) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  child.on("exit", async (code) => {
    if (stopping) return;
    await database.stop();
    process.exit(code ?? 1);
  });
}

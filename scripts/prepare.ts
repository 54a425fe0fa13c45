/**
 * What `npm start` (without NODE_ENV=production) and `npm run dev` do before
 * serving: database, migrations and, on the embedded laptop database or when
 * SEED_DEMO=1 asks for it, the demo content and its staff account.
 */
import { authSecret, demoEditorEmail, demoSignIn, type DemoSignIn } from "./local-secrets";
import { bin, migrate, openDatabase, run, type Database, type Env } from "./postgres";

export type Prepared = {
  database: Database;
  env: Env;
  /** The demo account; its password is empty when no demo content was asked for. */
  signIn: DemoSignIn;
  /** What to tell whoever started the site about signing in. */
  signInLine: (siteUrl: string) => string;
};

/** The fictional demo content goes only where it cannot be mistaken for a real site's. */
export const wantsDemoContent = () => !process.env.DATABASE_URL || process.env.SEED_DEMO === "1";

export async function prepare(): Promise<Prepared> {
  const database = await openDatabase();
  try {
    const env: Env = { DATABASE_URL: database.url, BETTER_AUTH_SECRET: authSecret() };
    await migrate(database.url);
    if (!wantsDemoContent()) {
      return {
        database,
        env,
        signIn: { email: demoEditorEmail(), password: "" },
        signInLine: () =>
          "No demo content (SEED_DEMO=1 loads it). The first admin: " +
          "SITE_URL=<this site's address> npm run admin:create -- --email you@example.com",
      };
    }
    const signIn = demoSignIn();
    Object.assign(env, { DEMO_EDITOR_EMAIL: signIn.email, DEMO_EDITOR_PASSWORD: signIn.password });
    await run(bin("tsx"), ["prisma/seed.ts"], env);
    return {
      database,
      env,
      signIn,
      signInLine: (siteUrl) =>
        `Editors sign in at ${siteUrl}/admin as ${signIn.email} with password ${signIn.password}`,
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/**
 * Stops `child` and the database on Ctrl-C or SIGTERM, then exits; when the
 * child exits, stops the database and exits with its code. Returns a way to
 * stop both and exit with a code of one's own.
 */
export function stopTogetherOnSignal(child: import("node:child_process").ChildProcess, database: Database) {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    await database.stop();
    process.exit(exitCode);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  child.on("exit", async (code) => {
    if (stopping) return;
    await database.stop();
    process.exit(code ?? 1);
  });
  return (exitCode: number) => stop("SIGTERM", exitCode);
}

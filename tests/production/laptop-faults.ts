/**
 * `npm start` on a laptop (embedded PostgreSQL, demo content) under faults,
 * run by production-path.ts on its build (README, "Deploy"):
 *   1. PostgreSQL is killed (kill -9 of its postmaster): npm start starts it
 *      again, and the site answers again without a restart.
 *   2. Ctrl-C (SIGINT to the whole process group) with 40 uncached pages in
 *      flight: every one is answered, because PostgreSQL stops only after the
 *      web server has; npm start exits 0 and leaves no PostgreSQL behind.
 * About 90 seconds, most of it the demo content's first load.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/postgres";
import { allAccepted } from "./faults";

type Env = Record<string, string | undefined>;

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const IN_FLIGHT = 40;

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`laptop: ${message}`);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function get(url: string) {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(30_000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: String((error as Error).cause ?? error) };
  }
}

export async function checkLaptopFaults({
  distDir,
  log,
}: {
  distDir: string;
  log: (message: string) => void;
}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-laptop-"));
  // As root, PostgreSQL runs as the `postgres` user, which must reach its data through this folder.
  chmodSync(dataDir, 0o755);
  const postgresDir = path.join(dataDir, "postgres");
  const port = await freePort();
  const site = `http://localhost:${port}`;
  const env: Env = {
    ...process.env,
    NODE_ENV: undefined,
    DATABASE_URL: undefined,
    SITE_URL: undefined,
    SEED_DEMO: undefined,
    NEXT_DIST_DIR: distDir,
    PORT: String(port),
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    EMBEDDED_POSTGRES_DIR: postgresDir,
    // What npm start would otherwise generate and keep in the project's .data.
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    DEMO_EDITOR_PASSWORD: randomBytes(12).toString("base64url"),
    MEDIA_ROOT: path.join(dataDir, "media"),
    MAX_RENDERS: "1",
  };
  let output = "";
  const npm: ChildProcess = spawn("npm", ["start"], {
    cwd: projectRoot,
    env: env as NodeJS.ProcessEnv,
    detached: true,
  });
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  npm.stdout!.on("data", (chunk: Buffer) => (output += chunk));
  npm.stderr!.on("data", (chunk: Buffer) => (output += chunk));
  const postmaster = () =>
    Number(readFileSync(path.join(postgresDir, "postmaster.pid"), "utf8").split("\n")[0]);
  try {
    log("laptop: npm start with its embedded PostgreSQL and the demo content");
    for (const since = Date.now(); !output.includes("Newsroom is running at"); await pause(200)) {
      check(npm.exitCode === null, `npm start exited (${npm.exitCode}):\n${output}`);
      check(Date.now() - since < 300_000, `npm start did not say it runs within 5 minutes:\n${output}`);
    }
    const stories = [...(await get(`${site}/`)).body.matchAll(/href="(\/stories\/[\w-]+)"/g)].map(
      (match) => match[1]!,
    );
    const pages = [...new Set(stories)];
    check(pages.length >= 10, `the front page links ${pages.length} stories`);

    // 1. PostgreSQL killed.
    const killed = postmaster();
    process.kill(killed, "SIGKILL");
    const since = Date.now();
    let answer = await get(`${site}${pages[0]}`);
    while (answer.status !== 200 || (await get(`${site}/readyz`)).status !== 200) {
      check(npm.exitCode === null, `npm start exited after PostgreSQL was killed:\n${output}`);
      check(
        Date.now() - since < 60_000,
        `the site did not recover within 60 s of PostgreSQL's death:\n${output}`,
      );
      await pause(200);
      answer = await get(`${site}${pages[0]}`);
    }
    check(postmaster() !== killed, "PostgreSQL was not started again");
    log(`laptop: PostgreSQL killed; started again and the site answers after ${Date.now() - since} ms`);

    // 2. Ctrl-C with 40 requests in flight.
    const paths = Array.from(
      { length: IN_FLIGHT },
      (_, index) => pages[index + 1] ?? `/search?q=harbour+${index}`,
    );
    let answered = 0;
    const answers = paths.map((pagePath) =>
      get(site + pagePath).then((result) => {
        answered++;
        return { path: pagePath, ...result };
      }),
    );
    for (const waiting = Date.now(); !allAccepted(port, IN_FLIGHT) && Date.now() - waiting < 15_000;)
      await pause(20);
    const database = postmaster();
    const waitingAtSignal = IN_FLIGHT - answered;
    process.kill(-npm.pid!, "SIGINT");
    const results = await Promise.all(answers);
    const code = await exited;
    const failed = results.filter((result) => result.status !== 200);
    check(
      failed.length === 0,
      `${failed.length} of ${IN_FLIGHT} requests failed at Ctrl-C: ` +
        failed.map((result) => `${result.path} ${result.status}`).join(", ") +
        `\n${output}`,
    );
    check(waitingAtSignal >= IN_FLIGHT / 2, `only ${waitingAtSignal} requests were still waiting at Ctrl-C`);
    check(code === 0, `npm start exited ${code} after Ctrl-C:\n${output}`);
    check(!isAlive(database), "PostgreSQL still runs after npm start exited");
    log(
      `laptop: Ctrl-C with ${IN_FLIGHT} requests in flight (${waitingAtSignal} waiting): all answered, ` +
        "then PostgreSQL stopped; npm start exited 0",
    );
  } finally {
    if (npm.exitCode === null && npm.pid) process.kill(-npm.pid, "SIGKILL");
    if (existsSync(path.join(postgresDir, "postmaster.pid"))) {
      const left = postmaster();
      if (isAlive(left)) process.kill(left, "SIGKILL");
    }
    await pause(500);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

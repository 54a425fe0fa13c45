/**
 * The deployment under faults (README, "Deploy"), run by production-path.ts
 * on its installed deployment (production dependencies only, NODE_ENV=production
 * npm start), against a PostgreSQL server of its own that it can stop: an
 * embedded one, with the demo content.
 *   1. Shutdown: 40 readers ask for pages no cache holds, which the server
 *      renders one at a time (MAX_RENDERS=1), so that they queue; SIGTERM
 *      reaches npm start while they wait. Every one gets its page, whole,
 *      and npm start exits 0.
 *   2. The database goes away: a page in the page cache is still served; a
 *      page that is not gets the designed 503 page with Retry-After; /readyz
 *      answers 503; an editor's save says the database is not answering and
 *      keeps the text. The database comes back: /readyz, the page and the
 *      same save succeed, with no restart.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { DATABASE_DOWN_MESSAGE } from "../../lib/platform/database-status";
import { RETRY_AFTER_SECONDS, UNAVAILABLE_HEADING } from "../../lib/platform/unavailable-page";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";
import { bin, ensureDatabaseExists, freePort, migrate, run, startEmbedded } from "../../scripts/postgres";

type Env = Record<string, string | undefined>;

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const IN_FLIGHT = 40;
const EDITOR = { email: "faults-editor@example.test", password: "a long password for the fault tests" };

class FaultCheckFailed extends Error {}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new FaultCheckFailed(message);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type RunningSite = { npm: ChildProcess; url: string; output: () => string; exited: Promise<number | null> };

/** `npm start` in `cwd`, resolved once it says the site runs. */
async function startSite(cwd: string, env: Env): Promise<RunningSite> {
  const npm = spawn("npm", ["start"], { cwd, env: env as NodeJS.ProcessEnv, detached: true });
  let output = "";
  const exited = new Promise<number | null>((resolve) => npm.once("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start did not say it runs within 90 s:\n${output}`)),
      90_000,
    );
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Newsroom is running at")) {
        clearTimeout(timer);
        resolve();
      }
    };
    npm.stdout!.on("data", listen);
    npm.stderr!.on("data", listen);
    void exited.then((code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { npm, url: env.SITE_URL!, output: () => output, exited };
}

/** The whole group, whatever state it is in: for cleaning up after a failure. */
function killGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // Gone already.
  }
}

async function get(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/**
 * Whether the server listening on `port` has accepted `count` connections
 * and none waits in the kernel's queue (Linux's /proc/net; elsewhere, a pause).
 */
export function allAccepted(port: number, count: number): boolean {
  const tables = ["/proc/net/tcp", "/proc/net/tcp6"].filter((file) => existsSync(file));
  if (tables.length === 0) return true;
  let established = 0;
  let queued = 0;
  for (const table of tables) {
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue ...; ports in hex.
      const [, local, , state, queues] = line.trim().split(/\s+/);
      if (!local || Number.parseInt(local.split(":").at(-1)!, 16) !== port) continue;
      // A listening socket's rx_queue is the number of connections waiting to be accepted.
      if (state === "0A") queued += Number.parseInt(queues!.split(":")[1]!, 16);
      else if (state === "01") established++;
    }
  }
  return queued === 0 && established >= count;
}

async function readerPaths(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const stories = await client.query<{ slug: string }>(
      `SELECT slug FROM "Story" WHERE status = 'published' ORDER BY "publishedAt" DESC`,
    );
    const sections = await client.query<{ slug: string }>(`SELECT slug FROM "Section" ORDER BY slug`);
    return [
      ...stories.rows.map((row) => `/stories/${row.slug}`),
      ...sections.rows.map((row) => `/sections/${row.slug}`),
    ];
  } finally {
    await client.end();
  }
}

export async function checkFaults({
  deployDir,
  env,
  log,
}: {
  /** The installed deployment (production dependencies only). */
  deployDir: string;
  /** Its production environment (NODE_ENV, BETTER_AUTH_SECRET, MEDIA_ROOT, ...). */
  env: Env;
  log: (message: string) => void;
}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-faults-pg-"));
  const databasePort = await freePort();
  let database = await startEmbedded({ dataDir, port: databasePort, persistent: true, quiet: true });
  const sites: RunningSite[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    log("faults: a PostgreSQL server to stop, migrated, with the demo content");
    await ensureDatabaseExists(database.serverUrl, "newsroom");
    const databaseUrl = `${database.serverUrl}/newsroom`;
    await migrate(databaseUrl);
    await run(bin("tsx"), [path.join(projectRoot, "prisma", "seed.ts")], {
      DATABASE_URL: databaseUrl,
      DEMO_EDITOR_EMAIL: EDITOR.email,
      DEMO_EDITOR_PASSWORD: EDITOR.password,
      MEDIA_ROOT: env.MEDIA_ROOT,
    });
    const pages = await readerPaths(databaseUrl);
    check(pages.length >= 10, `the demo content gave only ${pages.length} reader pages`);

    const siteEnv = async (extra: Env = {}) => {
      const port = await freePort();
      return {
        ...env,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        SITE_URL: `http://localhost:${port}`,
        ...extra,
      };
    };

    // 1. SIGTERM with 40 requests in flight.
    log(`faults: SIGTERM to npm start with ${IN_FLIGHT} uncached pages in flight (MAX_RENDERS=1)`);
    const draining = await startSite(deployDir, await siteEnv({ MAX_RENDERS: "1" }));
    sites.push(draining);
    const paths = Array.from({ length: IN_FLIGHT }, (_, index) =>
      index < pages.length ? pages[index]! : `/search?q=harbour+${index}`,
    );
    let answered = 0;
    const answers = paths.map((pagePath) =>
      get(draining.url + pagePath).then(
        (answer) => {
          answered++;
          return { path: pagePath, ...answer };
        },
        (error: Error) => ({
          path: pagePath,
          status: 0,
          headers: new Headers(),
          body: String(error.cause ?? error),
        }),
      ),
    );
    // In flight: the server has accepted every connection. (One still in the
    // kernel's queue when the listener closes is refused, as by any server;
    // a load balancer retries it elsewhere.)
    const port = Number(new URL(draining.url).port);
    for (const since = Date.now(); !allAccepted(port, IN_FLIGHT) && Date.now() - since < 15_000;)
      await pause(20);
    const waitingAtSignal = IN_FLIGHT - answered;
    process.kill(draining.npm.pid!, "SIGTERM");
    const results = await Promise.all(answers);
    const exitCode = await draining.exited;
    const failed = results.filter((result) => result.status !== 200 || !result.body.includes("</html>"));
    check(
      failed.length === 0,
      `${failed.length} of ${IN_FLIGHT} requests in flight failed at SIGTERM: ` +
        failed.map((result) => `${result.path} ${result.status} ${result.body.slice(0, 80)}`).join("; ") +
        `\n${draining.output()}`,
    );
    check(waitingAtSignal >= IN_FLIGHT / 2, `only ${waitingAtSignal} requests were still waiting at SIGTERM`);
    check(exitCode === 0, `npm start exited ${exitCode} after SIGTERM:\n${draining.output()}`);
    log(`faults: all ${IN_FLIGHT} answered (${waitingAtSignal} were waiting at SIGTERM), npm start exited 0`);

    // 2. The database goes away, and comes back.
    log("faults: the database stops under a running site");
    const site = await startSite(deployDir, await siteEnv());
    sites.push(site);
    // The front page, as a reader who was there before the outage left it in the page cache.
    const [cachedPath, uncachedPath] = ["/", pages[1]!];
    let cached = await get(site.url + cachedPath);
    for (let attempt = 0; attempt < 5 && cached.headers.get("x-page-cache") !== "HIT"; attempt++) {
      await pause(200);
      cached = await get(site.url + cachedPath);
    }
    check(
      cached.headers.get("x-page-cache") === "HIT",
      `${cachedPath} was not in the page cache: ${JSON.stringify(Object.fromEntries(cached.headers))}`,
    );

    const editor = await browser.newPage();
    await editor.goto(`${site.url}/admin/sign-in`);
    await editor.getByLabel("Email").fill(EDITOR.email);
    await editor.getByLabel("Password").fill(EDITOR.password);
    await editor.getByRole("button", { name: "Sign in" }).click();
    await editor.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    await editor.goto(`${site.url}/admin/stories/new`);
    const headline = `Ferry Timetable Kept Through an Outage ${Date.now()}`;
    const body = "Words an editor would hate to lose, typed while the database was away.";
    await editor.getByLabel("Headline").fill(headline);
    await editor.getByLabel("Body").fill(body);

    await database.stop();
    const stillCached = await get(site.url + cachedPath);
    check(stillCached.status === 200, `a cached page answered ${stillCached.status} with the database down`);
    const down = await get(site.url + uncachedPath);
    check(down.status === 503, `an uncached page answered ${down.status} with the database down`);
    check(down.headers.get("retry-after") === String(RETRY_AFTER_SECONDS), "the 503 page has no Retry-After");
    check(
      down.body.includes(UNAVAILABLE_HEADING),
      `the 503 is not the designed page: ${down.body.slice(0, 200)}`,
    );
    const notReady = await get(`${site.url}/readyz`);
    check(notReady.status === 503, `/readyz answered ${notReady.status} with the database down`);
    const alive = await get(`${site.url}/healthz`);
    check(alive.status === 200, `/healthz answered ${alive.status} with the database down`);

    await editor.getByRole("button", { name: "Create story" }).click();
    await editor.getByText(DATABASE_DOWN_MESSAGE).waitFor({ timeout: 15_000 });
    check((await editor.getByLabel("Headline").inputValue()) === headline, "the headline was lost");
    check((await editor.getByLabel("Body").innerText()).includes(body), "the body was lost");
    log(
      "faults: cached page 200, uncached page 503 (designed, Retry-After), /readyz 503, the save kept the text",
    );

    database = await startEmbedded({ dataDir, port: databasePort, persistent: true, quiet: true });
    const back = Date.now();
    while ((await get(`${site.url}/readyz`)).status !== 200) {
      check(Date.now() - back < 30_000, "/readyz did not answer 200 within 30 s of the database's return");
      await pause(100);
    }
    const recovered = await get(site.url + uncachedPath);
    check(
      recovered.status === 200,
      `${uncachedPath} answered ${recovered.status} once the database was back`,
    );
    await editor.getByRole("button", { name: "Create story" }).click();
    await editor.getByRole("status").filter({ hasText: "Saved." }).waitFor({ timeout: 15_000 });
    const stored = new pg.Client({ connectionString: databaseUrl });
    await stored.connect();
    const saved = await stored.query('SELECT 1 FROM "Story" WHERE headline = $1', [headline]);
    await stored.end();
    check(saved.rowCount === 1, "the story saved after the outage is not in the database");
    log(
      `faults: the database back, ready again after ${Date.now() - back} ms; the page and the save succeed`,
    );

    process.kill(site.npm.pid!, "SIGTERM");
    check((await site.exited) === 0, "npm start did not exit 0 after SIGTERM");
  } finally {
    await browser.close();
    for (const running of sites) killGroup(running.npm);
    await database.stop().catch(() => {});
    rmSync(dataDir, { recursive: true, force: true });
  }
}

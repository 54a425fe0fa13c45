/**
 * `npm run bench`: how fast the reader site is, on data sets of 1,000 and
 * 100,000 stories, by issue 12's rules. Every figure is a ratio to a
 * reference measured in the same run, right before it (interleaved), and
 * each is the median of BENCH_ROUNDS rounds:
 *
 *   cached pages (front, story, section, popular search)  vs  a bare Node HTTP
 *     server sending the same bytes (bench/bare-server.mjs)
 *   uncached story render, new searches                   vs  the framework's floor: a
 *     trivial dynamic Next.js page (bench/floor: an h1, no data) served by the same
 *     production server code (scripts/server.ts, as built), in a process of its own
 *   cached story through Varnish (two app processes)      vs  a bare Node server
 *     sending the bytes Varnish sends
 *
 * Also: the SQL statements one uncached story render makes, the query plans of
 * the reader queries (exits non-zero on a sequential scan of stories at
 * 100,000), each process's memory (exits non-zero over 400 MB), a soak that
 * samples the server's memory, and a CPU profile of uncached story renders
 * and of the floor (node --cpu-prof), summarised.
 *
 *   BENCH_SIZES=1000,100000   data set sizes
 *   BENCH_SECONDS=5           length of each measurement
 *   BENCH_ROUNDS=3            rounds of every measurement (the median is reported)
 *   BENCH_SOAK_SECONDS=0      also ask for story pages this long, sampling server memory
 *   BENCH_VARNISH=1           0 skips Varnish (skipped anyway when varnishd is not installed)
 *   BENCH_PROFILE=1           0 skips the CPU profiles (taken at the last size)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { visibleToReadersSql } from "../lib/content/visibility";
import { STORY_PAGE_SQL } from "../lib/reader/story-page-sql";
import { RANKED_SUGGESTIONS_SQL, refreshSuggestions } from "../lib/reader/suggestions";
import { buildSite } from "../scripts/build-site";
import { bin, freePort, migrate, projectRoot, startEmbedded } from "../scripts/postgres";
import { productionServerArgs, productionServerEnv, SERVER_BUNDLE } from "../scripts/server-command";
import { summariseProfile, type ProfileSummary } from "./cpu-profile";
import { varnishBackendsVcl } from "../tests/support/varnish-backends";
import { waitFor } from "./wait-for";

const sizes = (process.env.BENCH_SIZES ?? "1000,100000").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const wantVarnish = process.env.BENCH_VARNISH !== "0";
const wantProfile = process.env.BENCH_PROFILE !== "0";
const CONNECTIONS = 64;
/** Issue 12: a new search's p50 under 60 ms with 8 readers at once. */
const FEW_CONNECTIONS = 8;
const MEMORY_LIMIT_MB = 400;
const distDir = ".next-bench";
/** The floor app is copied into the build folder and built there (gitignored, out of lint and typecheck). */
const floorDir = path.join(distDir, "floor");
const floorDistDir = path.join(floorDir, distDir);
const VARNISH_DIR = path.join(projectRoot, "deploy", "varnish");
const VARNISHD = process.env.VARNISHD ?? "varnishd";
/** Stories asked for once each (uncached renders, the soak), at most. */
const COLD_STORIES = 9_000;
const allSuggestions = process.env.BENCH_ALL_SUGGESTIONS === "1";

type Sample = {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  requests: number;
  cpuMsPerRequest?: number;
  /** PostgreSQL's CPU (every process of the embedded server) a request. */
  dbCpuMsPerRequest?: number;
  /** The load generator's own CPU (autocannon runs in this process) a request: it shares the machine's cores. */
  loadCpuMsPerRequest: number;
};
type Pair = { page: Sample; reference?: Sample };
type Measure = { name: string; reference?: string; rounds: Pair[] };
type ProcessMemory = { name: string; startMb: number; peakMb: number; endMb: number };
type SizeReport = {
  stories: number;
  logs: ({ name: string; file: string } & ReturnType<typeof readServerLog>)[];
  measures: Measure[];
  queriesPerStory: number;
  memory: ProcessMemory[];
  soakSamples: number[];
  plans: { name: string; seqScan: boolean; plan: string }[];
  varnish: "measured" | string;
  profiles: {
    name: string;
    requests: number;
    rps: number;
    dbCpuMsPerRequest?: number;
    summary: ProfileSummary;
  }[];
  notes: string[];
};

// ---------------------------------------------------------------- processes

const children = new Set<ChildProcess>();

/** Where the processes' output goes: kept after the run (its folder is printed). */
const logDir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-logs-"));

/**
 * Starts a long-running process in a group of its own (Varnish forks a
 * worker), its output into `logName` in logDir (a file, as a journal would
 * take it: the server writes its log synchronously).
 */
function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logName?: string,
): ChildProcess {
  const output = logName ? openSync(path.join(logDir, logName), "a") : "ignore";
  const child = spawn(command, args, {
    cwd: projectRoot,
    env,
    stdio: ["ignore", output, output],
    detached: true,
  });
  if (typeof output === "number") closeSync(output);
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** What a server's log says besides its requests: warnings and errors, and how many answers were 5xx. */
function readServerLog(logName: string) {
  let text = "";
  try {
    text = readFileSync(path.join(logDir, logName), "utf8");
  } catch {
    return { requests: 0, status5xx: 0, status503: 0, problems: [] as string[] };
  }
  let requests = 0;
  let status5xx = 0;
  let status503 = 0;
  const problems: string[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const status = /"status":(\d{3})/.exec(line)?.[1];
    if (status) {
      requests++;
      if (status.startsWith("5")) status5xx++;
      if (status === "503") status503++;
    }
    if (!line.includes('"level":"info"') && problems.length < 12) problems.push(line.slice(0, 400));
  }
  return { requests, status5xx, status503, problems };
}

/** Stops a process this benchmark started (its group), and waits until it is gone. */
async function stopProcess(child: ChildProcess | undefined, timeoutMs = 30_000) {
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone meanwhile
    }
  }, timeoutMs);
  await exited;
  clearTimeout(timer);
}

function processTree(pid: number): number[] {
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    try {
      const found = readFileSync(`/proc/${tree[index]}/task/${tree[index]}/children`, "utf8").trim();
      if (found) tree.push(...found.split(/\s+/).map(Number));
    } catch {
      // The process ended.
    }
  }
  return tree;
}

/** Resident memory of a process and any it started, in MB. */
function rssMb(pid: number): number {
  let kb = 0;
  for (const each of processTree(pid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // The process ended.
    }
  }
  return Math.round(kb / 1024);
}

/** CPU time (user + system, every thread) a process has used, in ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of stat; clock ticks of 10 ms on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The embedded PostgreSQL's postmaster: each measure also counts its processes' CPU. */
let databasePid: number | undefined;

/**
 * CPU time of a process and those it started (PostgreSQL's backends,
 * Varnish's worker), in ms: the living ones', and what those that ended
 * had used (the process's cutime and cstime), so a backend that ends
 * mid-measure takes nothing away.
 */
function treeCpuMs(pid: number): number {
  let ended = 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    ended = (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    // The process ended.
  }
  return ended + processTree(pid).reduce((sum, each) => sum + (cpuMs(each) || 0), 0);
}

/**
 * Waits (20 s at most) until these processes are idle: requests a
 * measurement left queued in a server are not charged to the next one.
 */
async function settle(pids: number[]) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const before = pids.map(cpuMs);
    await new Promise((resolve) => setTimeout(resolve, 500));
    if (pids.every((pid, index) => !(cpuMs(pid) - before[index]! > 50))) return;
  }
}

/** Memory of each process, sampled through the run. */
class MemoryWatch {
  private readonly seen = new Map<string, ProcessMemory & { pid: number }>();
  watch(name: string, pid: number) {
    const now = rssMb(pid);
    this.seen.set(name, { name, pid, startMb: now, peakMb: now, endMb: now });
  }
  sample() {
    for (const each of this.seen.values()) {
      const now = rssMb(each.pid);
      if (now === 0) continue; // ended
      each.peakMb = Math.max(each.peakMb, now);
      each.endMb = now;
    }
  }
  report(): ProcessMemory[] {
    this.sample();
    return [...this.seen.values()].map(({ name, startMb, peakMb, endMb }) => ({
      name,
      startMb,
      peakMb,
      endMb,
    }));
  }
}

// ---------------------------------------------------------------- load

/** What a reader's browser says it accepts: pages come compressed, as they do to readers. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

type LoadOptions = { amount?: number; connections?: number; cpuOf?: number; duration?: number };

async function load(url: string, paths: () => string, options: LoadOptions = {}): Promise<Sample> {
  const cpuBefore = options.cpuOf ? treeCpuMs(options.cpuOf) : Number.NaN;
  const dbBefore = databasePid ? treeCpuMs(databasePid) : Number.NaN;
  const loadBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    headers: BROWSER_HEADERS,
    connections: options.connections ?? CONNECTIONS,
    timeout: 30,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? seconds }),
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  });
  const requests = result.requests.total;
  const loadCpu = process.cpuUsage(loadBefore);
  const cpu = options.cpuOf ? (treeCpuMs(options.cpuOf) - cpuBefore) / Math.max(requests, 1) : undefined;
  const dbCpu = databasePid ? (treeCpuMs(databasePid) - dbBefore) / Math.max(requests, 1) : undefined;
  return {
    rps: Math.round(requests / Math.max(result.duration, 0.001)),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // Failed requests (errors, time-outs, non-2xx answers) are reported, not hidden.
    failed: result.non2xx + result.errors + result.timeouts,
    requests,
    cpuMsPerRequest: cpu === undefined || Number.isNaN(cpu) ? undefined : cpu,
    dbCpuMsPerRequest: dbCpu === undefined || Number.isNaN(dbCpu) ? undefined : dbCpu,
    loadCpuMsPerRequest: (loadCpu.user + loadCpu.system) / 1000 / Math.max(requests, 1),
  };
}

/** A page's bytes and encoding exactly as a server sends them to a browser (fetch would decompress them). */
function bytesAsSent(url: string): Promise<{ body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: BROWSER_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          body: Buffer.concat(chunks),
          encoding: String(response.headers["content-encoding"] ?? "identity"),
        }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

/** The baseline: a bare Node HTTP server answering every request with these bytes. */
async function startBare(page: { body: Buffer; encoding: string }, workDir: string, name: string) {
  const file = path.join(workDir, `${name}.body`);
  writeFileSync(file, page.body);
  const port = await freePort();
  const child = startProcess(
    process.execPath,
    [path.join(import.meta.dirname, "bare-server.mjs"), file, String(port), page.encoding],
    process.env,
    `bare-${name}.log`,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  return { url, child, bytes: page.body.length, encoding: page.encoding };
}

// ---------------------------------------------------------------- data set and plans

const PLANS: { name: string; sql: string }[] = [
  {
    name: "front page: latest",
    sql: `SELECT id FROM "Story" s WHERE ${visibleToReadersSql("s")}
          ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  },
  {
    name: "section page",
    sql: `SELECT id FROM "Story" s WHERE "sectionId" = 'section-3' AND ${visibleToReadersSql("s")}
          ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  },
  {
    name: "tag page",
    sql: `SELECT s.id FROM "Story" s JOIN "StoryTag" t ON t."storyId" = s.id
          WHERE t."tagId" = 'tag-7' AND ${visibleToReadersSql("s")}
          ORDER BY s."publishedAt" DESC, s.id DESC LIMIT 21`,
  },
  { name: "story by slug", sql: `SELECT id FROM "Story" WHERE slug = 'story-42'` },
  {
    name: "editor links",
    sql: `SELECT "toStoryId" FROM "StoryLink" WHERE "fromStoryId" = 'story-42' ORDER BY position LIMIT 8`,
  },
  {
    // The window lib/reader/search.ts ranks: the newest stories with the words.
    name: "search",
    sql: `SELECT id FROM "Story" s WHERE s."searchVector" @@ to_tsquery('english', 'ferry & strike')
          AND ${visibleToReadersSql("s")}
          ORDER BY s."publishedAt" DESC, s.id DESC LIMIT 1001`,
  },
];

/** The words the data set's text is made of (bench/dataset.sql). */
const vocabulary = [
  ...readFileSync(path.join(import.meta.dirname, "dataset.sql"), "utf8")
    .split("ARRAY[")[1]!
    .split("]")[0]!
    .matchAll(/'([A-Za-z]+)'/g),
].map((match) => match[1]!);

/** The app's own statements, with values filled in, for EXPLAIN. */
const APP_PLANS: { name: string; sql: string; values: unknown[] }[] = [
  { name: "story page (story and related headlines)", sql: STORY_PAGE_SQL, values: ["story-42", 8] },
  {
    name: "related-story suggestions (worked out on publish)",
    sql: RANKED_SUGGESTIONS_SQL,
    values: [["story-42"], 12],
  },
];

/**
 * Works out stories' suggestions, as publishing each would, on two connections
 * at once: every story's, or those of `only`.
 */
async function computeSuggestions(url: string, only?: string[]): Promise<number> {
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  const { rows } = await reader.query<{ id: string }>(
    `SELECT id FROM "Story" WHERE status IN ('published', 'scheduled') ${only ? "AND id = ANY($1::text[])" : ""}
     ORDER BY "publishedAt" DESC`,
    only ? [only] : [],
  );
  await reader.end();
  const ids = rows.map((row) => row.id);
  let next = 0;
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const runner = {
      $executeRawUnsafe: async (sql: string, ...values: unknown[]) =>
        (await client.query(sql, values)).rowCount ?? 0,
    };
    try {
      while (next < ids.length) {
        const batch = ids.slice(next, (next += 500));
        await client.query("BEGIN");
        await refreshSuggestions(runner, batch);
        await client.query("COMMIT");
      }
    } finally {
      await client.end();
    }
  };
  await Promise.all([worker(), worker()]);
  return ids.length;
}

async function createDatabase(serverUrl: string, database: string) {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = `${serverUrl}/${database}`;
  await migrate(url);
  return url;
}

// ---------------------------------------------------------------- builds

const seconds1 = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;

/** The site, as `npm start` serves it, and the floor app beside it, served by the same server code. */
async function buildAll(databaseUrl: string, siteUrl: string) {
  const started = Date.now();
  // A build folder left by an older version holds route types that fail the build's type check.
  rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
  await buildSite({
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    SITE_URL: siteUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  });
  console.log(`  site built in ${seconds1(started)}`);

  const floorStarted = Date.now();
  cpSync(path.join(import.meta.dirname, "floor"), path.join(projectRoot, floorDir), { recursive: true });
  // The site's build folder says its files are CommonJS (Next.js writes a package.json there); the floor's are modules.
  writeFileSync(
    path.join(projectRoot, floorDir, "package.json"),
    `${JSON.stringify({ private: true, type: "module" })}\n`,
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin("next"), ["build"], {
      cwd: path.join(projectRoot, floorDir),
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the floor app's build failed (${code})`)),
    );
  });
  // The production server, as built for the site: it serves the Next.js app in
  // the folder above its own (next({ dir })), here the floor app.
  cpSync(path.join(projectRoot, distDir, SERVER_BUNDLE), path.join(projectRoot, floorDistDir, SERVER_BUNDLE));
  console.log(`  floor app built in ${seconds1(floorStarted)}`);
}

// ---------------------------------------------------------------- Varnish

async function varnishInstalled(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn(VARNISHD, ["-V"], { stdio: "ignore" });
    probe.on("error", () => resolve(false));
    probe.on("exit", (code) => resolve(code === 0));
  });
}

async function startVarnish(workDir: string, appPorts: number[], logName: string) {
  const port = await freePort();
  writeFileSync(path.join(workDir, "newsroom-backends.vcl"), varnishBackendsVcl(appPorts));
  // varnishd's own arguments, one per line.
  // prettier-ignore
  const child = startProcess(VARNISHD, [
    "-F",
    "-n", path.join(workDir, "varnish"),
    "-j", "none",
    "-a", `127.0.0.1:${port}`,
    "-T", "none",
    "-p", `vcl_path=${workDir}:${VARNISH_DIR}`,
    "-f", path.join(VARNISH_DIR, "newsroom.vcl"),
    "-s", "malloc,256m",
  ], process.env, logName);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  return { url, child };
}

// ---------------------------------------------------------------- one size

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function benchmarkSize(
  serverUrl: string,
  stories: number,
  logLines: { on: boolean; lines: string[] },
  site: { port: number; url: string },
  last: boolean,
): Promise<SizeReport> {
  const notes: string[] = [];
  const database = `bench_${stories}`;
  const url = await createDatabase(serverUrl, database);
  const client = new pg.Client({ connectionString: url });
  // Stopping the database after a failure ends this connection too: that is not the error to report.
  client.on("error", () => {});
  await client.connect();
  const started = Date.now();
  const dataset = readFileSync(path.join(import.meta.dirname, "dataset.sql"), "utf8").replaceAll(
    ":stories",
    String(stories),
  );
  await client.query(dataset);
  console.log(`  data set of ${stories} stories made in ${seconds1(started)}`);
  const published = Array.from({ length: stories }, (_, index) => index + 1).filter((i) => i % 50 !== 0);
  // Cached pages cycle through up to 3,000 stories; up to COLD_STORIES others
  // are asked for once each (uncached renders, the soak): no page is read
  // outside these two lists.
  const warm = published.slice(0, Math.min(3000, Math.floor(published.length / 5)));
  const cold = published.slice(warm.length, warm.length + COLD_STORIES);
  const suggesting = Date.now();
  // Working out suggestions takes some 20 ms a story here: at 100,000 stories,
  // those of the stories the run reads (BENCH_ALL_SUGGESTIONS=1: all of them).
  const read = allSuggestions ? undefined : [...warm, ...cold].map((i) => `story-${i}`);
  const suggested = await computeSuggestions(url, read);
  // A site works out a story's suggestions as it is saved; the server's
  // catch-up (lib/reader/suggestions-refresh.ts) is for stories older than that. Left
  // with the stories the run does not read, it would work through them during
  // the measurements, at 100 a minute: they count as worked out (now, in UTC, as
  // Prisma stores times in columns without a zone).
  await client.query(
    `UPDATE "Story" SET "suggestionsRefreshedAt" = timezone('UTC', now()) WHERE "suggestionsRefreshedAt" IS NULL`,
  );
  await client.query("VACUUM ANALYZE");
  const suggestSeconds = (Date.now() - suggesting) / 1000;
  console.log(`  suggestions of ${suggested} stories worked out in ${suggestSeconds.toFixed(0)} s`);
  if (suggested < published.length) {
    notes.push(
      `suggestions worked out for the ${suggested} stories the run reads, in ${suggestSeconds.toFixed(0)} s; ` +
        `all ${published.length} would take some ${Math.round((suggestSeconds * published.length) / suggested / 60)} min`,
    );
  }

  const explained = [];
  for (const { name, sql, values } of [
    ...PLANS.map((plan) => ({ ...plan, values: [] as unknown[] })),
    ...APP_PLANS,
  ]) {
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, values);
    const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
    explained.push({ name, plan, seqScan: /Seq Scan on "Story"/.test(plan) });
  }

  const serverEnv = (port: number, dist: string): NodeJS.ProcessEnv => ({
    ...process.env,
    ...productionServerEnv,
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    SITE_URL: site.url,
    NEXT_DIST_DIR: dist,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
  });
  const workDir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-"));
  const memory = new MemoryWatch();
  let second: ChildProcess | undefined;
  let varnish: { url: string; child: ChildProcess } | undefined;
  let floor: ChildProcess | undefined;
  let nextStart: ChildProcess | undefined;
  const bares: ChildProcess[] = [];
  // The production server `npm start` runs, page cache and all.
  const logs = {
    server: `${stories}-server.log`,
    floor: `${stories}-floor-server.log`,
    nextStart: `${stories}-floor-next-start.log`,
    second: `${stories}-second-server.log`,
  };
  const server = startProcess(
    process.execPath,
    productionServerArgs(distDir),
    serverEnv(site.port, distDir),
    logs.server,
  );
  const base = site.url;
  // A server that ends mid-run (out of memory, say) is named, with the end of its log.
  let serverEnded: string | undefined;
  server.once(
    "exit",
    (code, signal) => (serverEnded = `the server ended (${signal ?? `exit code ${code}`})`),
  );
  try {
    await waitFor(`${base}/`);
    memory.watch("server", server.pid!);
    // The floor: the same server code, serving the floor app (bench/floor).
    const floorPort = await freePort();
    floor = startProcess(
      process.execPath,
      productionServerArgs(floorDistDir),
      serverEnv(floorPort, distDir),
      logs.floor,
    );
    const floorBase = `http://127.0.0.1:${floorPort}`;
    await waitFor(`${floorBase}/`);
    memory.watch("floor server", floor.pid!);
    // For comparison, the floor app under plain `next start` (no page cache, no queue, no log).
    const nextStartPort = await freePort();
    nextStart = startProcess(
      process.execPath,
      [
        productionServerArgs(distDir)[0]!,
        path.join(projectRoot, "node_modules", "next", "dist", "bin", "next"),
        "start",
        path.join(projectRoot, floorDir),
        "-p",
        String(nextStartPort),
        "-H",
        "127.0.0.1",
      ],
      serverEnv(nextStartPort, distDir),
      logs.nextStart,
    );
    const nextStartBase = `http://127.0.0.1:${nextStartPort}`;
    await waitFor(`${nextStartBase}/`);
    memory.watch("floor under next start", nextStart.pid!);
    const floorPage = await (await fetch(`${floorBase}/`)).text();
    if (!floorPage.includes("<h1>Floor</h1>"))
      throw new Error(`The floor app sent no h1: ${floorPage.slice(0, 200)}`);

    // Each a story no process has rendered; past the list, cached ones again (noted).
    const untouched = [...cold].reverse();
    let reused = 0;
    const takeCold = () => {
      const story = untouched.pop();
      if (story !== undefined) return `/stories/story-${story}`;
      reused++;
      return `/stories/story-${cold[reused % cold.length]}`;
    };
    const cycle = (list: number[]) => {
      let next = 0;
      return () => `/stories/story-${list[next++ % list.length]}`;
    };

    // One render of a never-visited story, with PostgreSQL logging every statement.
    // Server-wide, so that the connections the app's pool holds already log too.
    await client.query(`ALTER SYSTEM SET log_statement = 'all'`);
    await client.query(`SELECT pg_reload_conf()`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await fetch(`${base}${takeCold()}`);
    logLines.lines = [];
    logLines.on = true;
    await fetch(`${base}${takeCold()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    logLines.on = false;
    // The render's statements: not those of the process's once-a-second read of invalidations.
    const queriesPerStory = logLines.lines
      .flatMap((message) => message.match(/LOG:\s+(statement|execute)[^\n]*/g) ?? [])
      .filter((statement) => !/CacheInvalidation/.test(statement)).length;
    await client.query(`ALTER SYSTEM RESET log_statement`);
    await client.query(`SELECT pg_reload_conf()`);

    // Warm the cache for the pages measured as cached.
    await load(base, cycle(warm), { amount: warm.length * 2 });
    await load(base, () => "/", { amount: 500 });
    await load(floorBase, () => "/", { amount: 500 });
    memory.sample();

    // The bare server sends the bytes of a story page as the server sends them (brotli).
    const bare = await startBare(await bytesAsSent(`${base}/stories/story-${warm[0]}`), workDir, "story");
    bares.push(bare.child);

    // Varnish in front of two app processes, when it is installed.
    let varnishState = "skipped: BENCH_VARNISH=0";
    let bareOfVarnish: Awaited<ReturnType<typeof startBare>> | undefined;
    if (wantVarnish && !(await varnishInstalled())) varnishState = "skipped: varnishd not installed";
    else if (wantVarnish) {
      const secondPort = await freePort();
      second = startProcess(
        process.execPath,
        productionServerArgs(distDir),
        serverEnv(secondPort, distDir),
        logs.second,
      );
      await waitFor(`http://127.0.0.1:${secondPort}/readyz`);
      memory.watch("second server (behind Varnish)", second.pid!);
      varnish = await startVarnish(workDir, [site.port, secondPort], `${stories}-varnish.log`);
      await load(varnish.url, cycle(warm), { amount: warm.length * 2 });
      // Varnish keeps gzip (newsroom.vcl): its reference sends the bytes Varnish sends.
      bareOfVarnish = await startBare(
        await bytesAsSent(`${varnish.url}/stories/story-${warm[0]}`),
        workDir,
        "varnish-story",
      );
      bares.push(bareOfVarnish.child);
      varnishState = "measured";
    }

    const terms = ["ferry strike", '"border talks"', "election -court", "Venezuela", "wildfire OR flood"];
    let term = 0;
    const popular = () => `/search?q=${encodeURIComponent(terms[term++ % terms.length]!)}`;
    // Searches no one asked before: two words of the data set's vocabulary, every pair once.
    const pairs = vocabulary.flatMap((first, index) =>
      vocabulary.slice(index + 1).map((second) => `${first} ${second}`),
    );
    let pair = 0;
    const newSearch = () => `/search?q=${encodeURIComponent(pairs[pair++ % pairs.length]!)}`;
    // The floor is asked with a query string: each request a render of its own
    // (the server shares one render among readers asking for the same address at once).
    let floorRequest = 0;
    const floorPath = () => `/?n=${floorRequest++}`;
    let section = 0;
    const sectionPath = () => `/sections/section-${1 + (section++ % 8)}`;

    const serverPid = server.pid!;
    const floorPid = floor.pid!;
    const nextStartPid = nextStart.pid!;
    // Stories never asked for: enough for every round at ~400 renders a second, or
    // (1,000 stories) 60% of what there is, shared among the rounds.
    const coldPerRound = Math.floor((untouched.length * 0.6) / rounds);
    const uncachedOptions = (): LoadOptions =>
      coldPerRound >= seconds * 400 ? { cpuOf: serverPid } : { amount: coldPerRound, cpuOf: serverPid };
    if (coldPerRound < seconds * 400) {
      notes.push(`uncached story render: ${coldPerRound} requests a round (what there is), not ${seconds} s`);
    }

    type Plan = {
      name: string;
      reference?: string;
      run: () => Promise<Sample>;
      against?: () => Promise<Sample>;
    };
    const bareStory = () => load(bare.url, cycle(warm), { cpuOf: bare.child.pid });
    const floorRun = () => load(floorBase, floorPath, { cpuOf: floorPid });
    const plans: Plan[] = [
      {
        name: "front page (cached)",
        reference: "bare",
        against: bareStory,
        run: () => load(base, () => "/", { cpuOf: serverPid }),
      },
      {
        name: "story page (cached, cycling)",
        reference: "bare",
        against: bareStory,
        run: () => load(base, cycle(warm), { cpuOf: serverPid }),
      },
      {
        name: "section page (cached)",
        reference: "bare",
        against: bareStory,
        run: () => load(base, sectionPath, { cpuOf: serverPid }),
      },
      {
        name: "search, popular queries (cached)",
        reference: "bare",
        against: bareStory,
        run: () => load(base, popular, { cpuOf: serverPid }),
      },
      {
        name: "story page (uncached render)",
        reference: "floor",
        against: floorRun,
        run: () => load(base, takeCold, uncachedOptions()),
      },
      {
        name: "search, new queries",
        reference: "floor",
        against: floorRun,
        run: () => load(base, newSearch, { cpuOf: serverPid }),
      },
      {
        name: `search, new queries, ${FEW_CONNECTIONS} readers`,
        run: () => load(base, newSearch, { connections: FEW_CONNECTIONS, cpuOf: serverPid }),
      },
      {
        // Not a target: how much of the floor's cost is the server's rather than Next.js's.
        name: "floor app under plain next start",
        reference: "floor",
        against: floorRun,
        run: () => load(nextStartBase, floorPath, { cpuOf: nextStartPid }),
      },
    ];
    if (varnish && bareOfVarnish) {
      const through = varnish;
      const reference = bareOfVarnish;
      plans.push({
        name: "story page through Varnish (cached, cycling)",
        reference: "bare, Varnish's bytes",
        against: () => load(reference.url, cycle(warm), { cpuOf: reference.child.pid }),
        run: () => load(through.url, cycle(warm), { cpuOf: through.child.pid }),
      });
    }
    const measures: Measure[] = plans.map(({ name, reference }) => ({ name, reference, rounds: [] }));
    for (let round = 1; round <= rounds; round++) {
      const roundStarted = Date.now();
      for (const [index, plan] of plans.entries()) {
        await settle([serverPid, floorPid, nextStartPid]);
        const reference = plan.against ? await plan.against() : undefined;
        await settle([serverPid, floorPid, nextStartPid]);
        const page = await plan.run();
        // A server that died mid-measure leaves only failed requests: no figure is made of them.
        if (serverEnded) throw new Error(`while measuring "${plan.name}", round ${round}`);
        measures[index]!.rounds.push({ page, reference });
        memory.sample();
      }
      console.log(
        `  round ${round} of ${rounds} in ${seconds1(roundStarted)} (load ${loadavg()
          .map((each) => each.toFixed(1))
          .join(" ")})`,
      );
    }

    if (reused > 0)
      notes.push(`uncached story render: ${reused} requests found no story left to render (cached ones)`);
    const soakSamples: number[] = [];
    if (soakSeconds > 0) {
      const timer = setInterval(() => {
        soakSamples.push(rssMb(serverPid));
        memory.sample();
      }, 5_000);
      // Every request a story not asked for before, while there are any: the heaviest load there is.
      const reusedBefore = reused;
      const sample = await load(base, takeCold, { duration: soakSeconds, cpuOf: serverPid });
      if (serverEnded) throw new Error("during the soak");
      if (reused > reusedBefore) {
        notes.push(
          `soak: ${sample.requests - (reused - reusedBefore)} renders of stories not asked before, ` +
            `then ${reused - reusedBefore} requests for cached ones (no story left)`,
        );
      }
      clearInterval(timer);
      soakSamples.push(rssMb(serverPid));
      measures.push({ name: `soak: story pages, ${soakSeconds} s`, rounds: [{ page: sample }] });
    }

    const profiles: SizeReport["profiles"] = [];
    if (wantProfile && last) {
      for (const [name, dist, paths] of [
        // A fresh process: none of these stories is rendered there yet.
        ["uncached story render", distDir, cycle(warm)],
        // Queries no round asked (the pairs go on from where the rounds stopped).
        ["new searches", distDir, newSearch],
        ["floor (trivial dynamic page)", floorDistDir, floorPath],
      ] as const) {
        profiles.push(await profileServer(name, dist, paths, serverEnv, workDir));
      }
    }

    return {
      stories,
      logs: Object.entries(logs).map(([name, file]) => ({ name, file, ...readServerLog(file) })),
      measures,
      queriesPerStory,
      memory: memory.report(),
      soakSamples,
      plans: explained,
      varnish: varnishState,
      profiles,
      notes,
    };
  } catch (error) {
    if (!serverEnded) throw error;
    const tail = readFileSync(path.join(logDir, logs.server), "utf8")
      .split("\n")
      .filter((line) => line && !line.includes('"level":"info"'))
      .slice(0, 12)
      .map((line) => `    ${line.slice(0, 400)}`)
      .join("\n");
    throw new Error(
      `At ${stories} stories, ${serverEnded}: ${error}\nIts log (${logs.server}), besides requests:\n${tail}`,
    );
  } finally {
    for (const child of [varnish?.child, second, nextStart, floor, server, ...bares])
      await stopProcess(child);
    await client.end();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Renders under load in a fresh server process with node --cpu-prof, and summarises where its CPU went. */
async function profileServer(
  name: string,
  dist: string,
  paths: () => string,
  serverEnv: (port: number, dist: string) => NodeJS.ProcessEnv,
  workDir: string,
) {
  // A folder for each profile: two of them are of the same build.
  const profileDir = path.join(workDir, `profile-${name.replace(/\W+/g, "-")}`);
  const port = await freePort();
  const [heap, bundle] = productionServerArgs(dist);
  const child = startProcess(
    process.execPath,
    [heap!, "--cpu-prof", `--cpu-prof-dir=${profileDir}`, bundle!],
    serverEnv(port, distDir),
    `profile-${name.replace(/\W+/g, "-")}.log`,
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`);
  const duration = seconds * 2;
  const fromUs = Number(process.hrtime.bigint() / 1000n);
  const sample = await load(url, paths, { duration });
  const toUs = Number(process.hrtime.bigint() / 1000n);
  await stopProcess(child);
  const file = readdirSync(profileDir).find((each) => each.endsWith(".cpuprofile"));
  if (!file) throw new Error(`No CPU profile written for ${name}`);
  // The load's part of the profile: the process's start and stop left out.
  const summary = summariseProfile(path.join(profileDir, file), { fromUs, toUs });
  console.log(`  profiled ${name}: ${sample.requests} requests, ${sample.rps} req/s`);
  return {
    name,
    requests: sample.requests,
    rps: sample.rps,
    dbCpuMsPerRequest: sample.dbCpuMsPerRequest,
    summary,
  };
}

// ---------------------------------------------------------------- report

const pct = (value: number) => `${Math.round(value * 100)}%`;
const ms = (value: number | undefined, digits = 1) => (value === undefined ? "–" : value.toFixed(digits));

/** The median of the values measured, if any was (a measure may not count the CPU of its process). */
function medianOf(values: (number | undefined)[]): number | undefined {
  const measured = values.filter((each): each is number => each !== undefined);
  return measured.length ? median(measured) : undefined;
}

function summary(measure: Measure) {
  const pages = measure.rounds.map((round) => round.page);
  const referenced = measure.rounds.flatMap((round) => (round.reference ? [round.reference] : []));
  const ratios = measure.rounds.flatMap((round) =>
    round.reference ? [round.page.rps / round.reference.rps] : [],
  );
  return {
    rps: median(pages.map((page) => page.rps)),
    p50: median(pages.map((page) => page.p50)),
    p99: median(pages.map((page) => page.p99)),
    failed: pages.reduce((sum, page) => sum + page.failed, 0),
    requests: pages.reduce((sum, page) => sum + page.requests, 0),
    cpu: medianOf(pages.map((page) => page.cpuMsPerRequest)),
    dbCpu: medianOf(pages.map((page) => page.dbCpuMsPerRequest)),
    loadCpu: median(pages.map((page) => page.loadCpuMsPerRequest)),
    referenceRps: medianOf(referenced.map((each) => each.rps)),
    referenceP99: medianOf(referenced.map((each) => each.p99)),
    referenceCpu: medianOf(referenced.map((each) => each.cpuMsPerRequest)),
    referenceLoadCpu: medianOf(referenced.map((each) => each.loadCpuMsPerRequest)),
    ratio: medianOf(ratios),
    ratios,
  };
}

function printReport(reports: SizeReport[], started: number, loads: { start: number[]; end?: number[] }) {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`\n### ${report.stories.toLocaleString("en-US")} stories`);
    lines.push(
      "| page | vs | req/s | reference req/s | ratio (median) | ratio each round | p50 ms | p99 ms | reference p99 ms | CPU ms/req | reference CPU ms/req | PostgreSQL CPU ms/req | load generator CPU ms/req (reference's) | failed |",
      "| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const measure of report.measures) {
      const each = summary(measure);
      lines.push(
        `| ${measure.name} | ${measure.reference ?? "–"} | ${Math.round(each.rps)} | ${each.referenceRps === undefined ? "–" : Math.round(each.referenceRps)} | ` +
          `${each.ratio === undefined ? "–" : pct(each.ratio)} | ${each.ratios.map(pct).join(", ") || "–"} | ${each.p50} | ${each.p99} | ` +
          `${each.referenceP99 ?? "–"} | ${ms(each.cpu, 2)} | ${ms(each.referenceCpu, 2)} | ${ms(each.dbCpu, 2)} | ` +
          `${ms(each.loadCpu, 2)}${each.referenceLoadCpu === undefined ? "" : ` (${ms(each.referenceLoadCpu, 2)})`} | ${each.failed} of ${each.requests} |`,
      );
    }
    const floorCpu = report.measures
      .map((measure) => summary(measure))
      .find((each) => each.referenceCpu !== undefined && each.referenceRps! < 2000)?.referenceCpu;
    if (floorCpu !== undefined)
      lines.push(
        `\nThe floor (bench/floor, same server code): ${floorCpu.toFixed(1)} ms of CPU a request (median of rounds).`,
      );
    lines.push(`Varnish: ${report.varnish}`);
    for (const note of report.notes) lines.push(`Note: ${note}`);
    for (const log of report.logs) {
      if (!log.requests && !log.problems.length) continue;
      lines.push(
        `${log.name}: ${log.requests} requests logged, ${log.status5xx} answered 5xx (${log.status503} of them 503)` +
          (log.problems.length ? `; warnings and errors (${log.file}):` : ""),
        ...log.problems.map((problem) => `    ${problem}`),
      );
    }
    lines.push(`\nSQL statements for one uncached story render: ${report.queriesPerStory}`);
    lines.push("\n| process | RSS at start MB | peak MB | at end MB |", "| --- | ---: | ---: | ---: |");
    for (const each of report.memory)
      lines.push(`| ${each.name} | ${each.startMb} | ${each.peakMb} | ${each.endMb} |`);
    if (report.soakSamples.length)
      lines.push(`Soak, server RSS every 5 s: ${report.soakSamples.join(", ")} MB`);
    for (const plan of report.plans) {
      lines.push(`\nEXPLAIN, ${plan.name}: ${plan.seqScan ? "SEQUENTIAL SCAN OF STORIES" : "indexed"}`);
      lines.push(...plan.plan.split("\n").map((line) => `    ${line}`));
    }
    for (const profile of report.profiles) {
      const { busyMs, parts, functions } = profile.summary;
      lines.push(
        `\nCPU profile, ${profile.name}: ${profile.requests} requests (${profile.rps} req/s), ${busyMs} ms of main-thread CPU, ` +
          `${(busyMs / Math.max(profile.requests, 1)).toFixed(1)} ms a request${profile.summary.windowed ? "" : " (whole profile, start-up included)"}` +
          (profile.dbCpuMsPerRequest === undefined
            ? ""
            : `; PostgreSQL ${profile.dbCpuMsPerRequest.toFixed(1)} ms a request`),
        "| part | share |",
        "| --- | ---: |",
        ...parts
          .filter((part) => part.share >= 0.005)
          .map((part) => `| ${part.part} | ${(part.share * 100).toFixed(1)}% |`),
        "Top functions (self time):",
        ...functions.map((fn) => `    ${(fn.share * 100).toFixed(1)}%  ${fn.name}`),
      );
    }
  }
  if (reports.length > 1) {
    const [small, large] = [reports[0]!, reports.at(-1)!];
    lines.push(`\n### p50 growth from ${small.stories} to ${large.stories} stories (medians)`);
    for (const measure of large.measures.filter((each) => !each.name.startsWith("soak"))) {
      const before = small.measures.find((each) => each.name === measure.name);
      if (before)
        lines.push(
          `- ${measure.name}: ${summary(before).p50} → ${summary(measure).p50} ms, ${(summary(measure).p50 / Math.max(summary(before).p50, 1)).toFixed(2)}x`,
        );
    }
  }
  lines.push(
    `\nWhole run: ${Math.round((Date.now() - started) / 60_000)} min. Load average (1, 5, 15 min) at the start ${loads.start.map((each) => each.toFixed(1)).join(" ")}, at the end ${(loads.end ?? loadavg()).map((each) => each.toFixed(1)).join(" ")}.`,
  );
  console.log(lines.join("\n"));
}

/** Issue 12's targets, judged at the largest size. */
function printTargets(reports: SizeReport[]) {
  const large = reports.at(-1)!;
  const find = (name: string) => large.measures.find((measure) => measure.name === name);
  const lines = [
    `\n### Targets (${large.stories.toLocaleString("en-US")} stories)`,
    "| target | this run | |",
    "| --- | --- | --- |",
  ];
  const row = (target: string, result: string, met: boolean | undefined) =>
    lines.push(`| ${target} | ${result} | ${met === undefined ? "not measured" : met ? "met" : "not met"} |`);
  for (const name of ["story page (cached, cycling)", "front page (cached)"]) {
    const each = find(name) && summary(find(name)!);
    row(
      `${name}: ≥ 50% of bare, p99 < 25 ms`,
      each ? `${pct(each.ratio!)}, p99 ${each.p99} ms (bare's ${each.referenceP99 ?? "–"} ms)` : "–",
      each && each.ratio! >= 0.5 && each.p99 < 25,
    );
  }
  const uncached = find("story page (uncached render)");
  const u = uncached && summary(uncached);
  row(
    "uncached story render ≥ 50% of the floor",
    u ? `${pct(u.ratio!)} (${Math.round(u.rps)} vs ${Math.round(u.referenceRps!)} req/s)` : "–",
    u && u.ratio! >= 0.5,
  );
  const searches = find("search, new queries");
  const s = searches && summary(searches);
  row(
    "new searches ≥ 50% of the floor at 64",
    s ? `${pct(s.ratio!)} (${Math.round(s.rps)} req/s, p50 ${s.p50} ms)` : "–",
    s && s.ratio! >= 0.5,
  );
  const few = find(`search, new queries, ${FEW_CONNECTIONS} readers`);
  const f = few && summary(few);
  row(`new search p50 < 60 ms at ${FEW_CONNECTIONS}`, f ? `${f.p50} ms` : "–", f && f.p50 < 60);
  const varnish = find("story page through Varnish (cached, cycling)");
  const v = varnish && summary(varnish);
  row("cached story through Varnish ≥ 100% of bare", v ? pct(v.ratio!) : large.varnish, v && v.ratio! >= 1);
  const scans = large.plans.filter((plan) => plan.seqScan);
  row(
    "reader queries use indexes",
    scans.length ? `sequential scan in ${scans.map((plan) => plan.name).join(", ")}` : "all",
    scans.length === 0,
  );
  if (reports.length > 1) {
    const small = reports[0]!;
    const growth = large.measures
      .filter((measure) => !measure.name.startsWith("soak"))
      .map((measure) => {
        const before = small.measures.find((each) => each.name === measure.name);
        return before ? summary(measure).p50 / Math.max(summary(before).p50, 1) : 1;
      });
    const worst = Math.max(...growth);
    row("p50 from 1,000 to 100,000 stories ≤ 1.5x", `at most ${worst.toFixed(2)}x`, worst <= 1.5);
  }
  const peak = Math.max(...large.memory.map((each) => each.peakMb));
  const soak = large.soakSamples;
  const flat =
    soak.length >= 4 ? Math.max(...soak.slice(-3)) <= Math.max(...soak.slice(1, 4)) * 1.1 : undefined;
  row(
    `each process < ${MEMORY_LIMIT_MB} MB, flat over the soak`,
    `peak ${peak} MB${soak.length ? `; soak ${Math.min(...soak)}–${Math.max(...soak)} MB` : "; no soak"}`,
    peak < MEMORY_LIMIT_MB && flat !== false,
  );
  row("≤ 3 SQL statements per story render", String(large.queriesPerStory), large.queriesPerStory <= 3);
  console.log(lines.join("\n"));
}

async function main() {
  const started = Date.now();
  const loads = { start: loadavg(), end: undefined as number[] | undefined };
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-db-"));
  const logLines = { on: false, lines: [] as string[] };
  const database = await startEmbedded({
    dataDir,
    port: await freePort(),
    persistent: false,
    onLog: (message) => {
      if (logLines.on) logLines.lines.push(message);
    },
  });
  // Its first line is the postmaster's process id.
  databasePid =
    Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]) || undefined;
  const reports: SizeReport[] = [];
  const port = await freePort();
  const site = { port, url: `http://127.0.0.1:${port}` };
  try {
    console.log("Building the site and the floor app…");
    await buildAll(await createDatabase(database.serverUrl, "bench_build"), site.url);
    for (const [index, stories] of sizes.entries()) {
      console.log(`\nBenchmarking ${stories} stories`);
      reports.push(
        await benchmarkSize(database.serverUrl, stories, logLines, site, index === sizes.length - 1),
      );
      // Printed as soon as it is measured: a later size that fails does not lose it.
      printReport(reports.slice(-1), started, loads);
    }
  } finally {
    for (const child of children) await stopProcess(child);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  loads.end = loadavg();
  console.log(`\nThe processes' output: ${logDir}`);
  console.log(
    `\n## Benchmark, ${new Date().toISOString().slice(0, 10)}: ${CONNECTIONS} connections, ${seconds} s a measurement, ` +
      `median of ${rounds} interleaved rounds`,
  );
  printReport(reports, started, loads);
  printTargets(reports);
  const failures: string[] = [];
  // Judged at 100,000 stories and more: on a small table PostgreSQL rightly prefers to read it all.
  for (const report of reports.filter((each) => each.stories >= 100_000)) {
    for (const plan of report.plans.filter((each) => each.seqScan)) {
      failures.push(
        `Sequential scan of stories in "${plan.name}" (${report.stories} stories):\n${plan.plan}`,
      );
    }
  }
  for (const report of reports) {
    for (const each of report.memory.filter((process) => process.peakMb >= MEMORY_LIMIT_MB)) {
      failures.push(
        `${each.name} reached ${each.peakMb} MB at ${report.stories} stories (limit ${MEMORY_LIMIT_MB} MB)`,
      );
    }
  }
  if (failures.length) {
    for (const failure of failures) console.error(`\n${failure}`);
    process.exit(1);
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  for (const child of children) await stopProcess(child);
  process.exit(1);
});

/**
 * `npm run bench`: how fast the reader site is, measured against a bare Node
 * HTTP server serving the same bytes, in the same run, on data sets of 1,000
 * and 100,000 stories. Prints a table; exits non-zero if a reader query plans
 * a sequential scan of stories at 100,000 stories.
 *
 *   BENCH_SIZES=1000,100000   data set sizes
 *   BENCH_SECONDS=10          length of each measurement
 *   BENCH_SOAK_SECONDS=0      also run the story page this long, sampling server memory
 */
import { fork, spawn, type ChildProcess } from "node:child_process";
import { get } from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { STORY_PAGE_SQL } from "../lib/story-page-sql";
import { RANKED_SUGGESTIONS_SQL, refreshSuggestions } from "../lib/suggestions";
import { buildSite } from "../scripts/build-site";
import { freePort, migrate, projectRoot, startEmbedded } from "../scripts/postgres";
import { productionServerArgs, productionServerEnv } from "../scripts/server-command";
import { waitFor } from "./wait-for";

const sizes = (process.env.BENCH_SIZES ?? "1000,100000").split(",").map(Number);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const soakSeconds = Number(process.env.BENCH_SOAK_SECONDS ?? 0);
const CONNECTIONS = 64;
const distDir = ".next-bench";

type Measure = { name: string; rps: number; p50: number; p99: number; failed: number };
type SizeReport = {
  stories: number;
  measures: Measure[];
  queriesPerStory: number;
  rssMb: { start: number; end: number; samples?: number[] };
  plans: { name: string; seqScan: boolean; plan: string }[];
};

function rssMb(pid: number): number {
  // The server and any worker processes it started.
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) {
    try {
      const children = readFileSync(`/proc/${tree[index]}/task/${tree[index]}/children`, "utf8").trim();
      if (children) tree.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended.
    }
  }
  let kb = 0;
  for (const each of tree) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${each}/status`, "utf8"));
      kb += Number(match?.[1] ?? 0);
    } catch {
      // The process ended.
    }
  }
  return Math.round(kb / 1024);
}

/** What a reader's browser says it accepts: pages come compressed, as they do to readers. */
const BROWSER_HEADERS = { "accept-encoding": "gzip, deflate, br" };

async function load(name: string, url: string, paths: () => string, options: { amount?: number; connections?: number } = {}) {
  const result = await autocannon({
    url,
    headers: BROWSER_HEADERS,
    connections: options.connections ?? CONNECTIONS,
    timeout: 30,
    ...(options.amount ? { amount: options.amount } : { duration: seconds }),
    requests: [{ setupRequest: (request) => ({ ...request, path: paths() }) }],
  });
  // Failed requests (errors, time-outs, non-2xx answers) are reported, not hidden.
  const failed = result.non2xx + result.errors + result.timeouts;
  return { name, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, failed };
}

const PLANS: { name: string; sql: string }[] = [
  {
    name: "front page: latest",
    sql: `SELECT id FROM "Story" WHERE status = 'published' AND "publishedAt" <= now()
          ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  },
  {
    name: "section page",
    sql: `SELECT id FROM "Story" WHERE "sectionId" = 'section-3' AND status = 'published' AND "publishedAt" <= now()
          ORDER BY "publishedAt" DESC, id DESC LIMIT 21`,
  },
  {
    name: "tag page",
    sql: `SELECT s.id FROM "Story" s JOIN "StoryTag" t ON t."storyId" = s.id
          WHERE t."tagId" = 'tag-7' AND s.status = 'published' AND s."publishedAt" <= now()
          ORDER BY s."publishedAt" DESC, s.id DESC LIMIT 21`,
  },
  { name: "story by slug", sql: `SELECT id FROM "Story" WHERE slug = 'story-42'` },
  {
    name: "editor links",
    sql: `SELECT "toStoryId" FROM "StoryLink" WHERE "fromStoryId" = 'story-42' ORDER BY position LIMIT 8`,
  },
  {
    // The window lib/search.ts ranks: the newest stories with the words.
    name: "search",
    sql: `SELECT id FROM "Story" s WHERE s."searchVector" @@ to_tsquery('english', 'ferry & strike')
          AND s.status IN ('published', 'scheduled') AND s."publishedAt" <= now()
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
  { name: "related-story suggestions (worked out on publish)", sql: RANKED_SUGGESTIONS_SQL, values: [["story-42"], 12] },
];

/** Works out every story's suggestions, as publishing each would, on two connections at once. */
async function computeSuggestions(url: string): Promise<number> {
  const reader = new pg.Client({ connectionString: url });
  await reader.connect();
  const { rows } = await reader.query<{ id: string }>(
    `SELECT id FROM "Story" WHERE status IN ('published', 'scheduled') ORDER BY "publishedAt" DESC`,
  );
  await reader.end();
  const ids = rows.map((row) => row.id);
  let next = 0;
  const worker = async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const runner = { $executeRawUnsafe: async (sql: string, ...values: unknown[]) => (await client.query(sql, values)).rowCount ?? 0 };
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

async function benchmarkSize(serverUrl: string, stories: number, logLines: { count: number }): Promise<SizeReport> {
  const database = `bench_${stories}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = `${serverUrl}/${database}`;
  await migrate(url);

  const client = new pg.Client({ connectionString: url });
  // Stopping the database after a failure ends this connection too: that is not the error to report.
  client.on("error", () => {});
  await client.connect();
  const started = Date.now();
  const dataset = readFileSync(path.join(import.meta.dirname, "dataset.sql"), "utf8").replaceAll(":stories", String(stories));
  await client.query(dataset);
  console.log(`  data set of ${stories} stories made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const suggesting = Date.now();
  const suggested = await computeSuggestions(url);
  await client.query("VACUUM ANALYZE");
  console.log(`  suggestions of ${suggested} stories worked out in ${((Date.now() - suggesting) / 1000).toFixed(1)} s`);

  const plans = [...PLANS.map((plan) => ({ ...plan, values: [] as unknown[] })), ...APP_PLANS];
  const explained = [];
  for (const { name, sql, values } of plans) {
    const result = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, values);
    const plan = result.rows.map((row) => row["QUERY PLAN"]).join("\n");
    explained.push({ name, plan, seqScan: /Seq Scan on "Story"/.test(plan) });
  }

  const port = await freePort();
  const env = {
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: "bench-secret-bench-secret-bench-secret",
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  console.log("  building…");
  // A build folder left by an older version holds route types that fail the build's type check.
  rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
  await buildSite(env);
  // The production server `npm start` runs, page cache and all.
  const server = spawn(process.execPath, productionServerArgs(distDir), {
    cwd: projectRoot,
    env: { ...process.env, ...productionServerEnv, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/`);
    const published = Array.from({ length: stories }, (_, index) => index + 1).filter((i) => i % 50 !== 0);
    const half = Math.floor(published.length / 2);
    const warm = published.slice(0, Math.min(half, 3000));
    const cold = published.slice(half);
    let next = 0;
    const cycle = (list: number[]) => () => `/stories/story-${list[next++ % list.length]}`;

    // One render of a never-visited story, with PostgreSQL logging every statement.
    await client.query(`ALTER DATABASE ${database} SET log_statement = 'all'`);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // new connections pick the setting up
    const probe = cold.pop()!;
    await fetch(`${base}/stories/story-${probe}`); // opens pool connections with the setting
    const probe2 = cold.pop()!;
    const before = logLines.count;
    await fetch(`${base}/stories/story-${probe2}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const queriesPerStory = logLines.count - before;
    await client.query(`ALTER DATABASE ${database} RESET log_statement`);

    const rssStart = rssMb(server.pid!);
    // Warm the cache for the pages measured as cached.
    await load("warm-up", base, cycle(warm), { amount: warm.length * 2 });
    await load("warm-up front page", base, () => "/", { amount: 500 });

    const measures: Measure[] = [];
    // The baseline is asked for the same cycling paths, so the load generator does the same work for both.
    measures.push(await bare(await bytesAsSent(`${base}/stories/story-${warm[0]}`), cycle(warm)));
    next = 0;
    measures.push(await load("front page (cached)", base, () => "/"));
    next = 0;
    measures.push(await load("story page (cached, cycling)", base, cycle(warm)));
    next = 0;
    measures.push(
      await load("story page (uncached render)", base, cycle(cold), { amount: Math.min(cold.length, 3000) }),
    );
    measures.push(await load("section page", base, () => `/sections/section-${1 + (next++ % 8)}`));
    // Popular searches, asked again and again (a minute in the page cache, forgotten on publishing)...
    const terms = ["ferry strike", '"border talks"', "election -court", "Venezuela", "wildfire OR flood"];
    measures.push(await load("search, popular queries", base, () => `/search?q=${encodeURIComponent(terms[next++ % terms.length]!)}`));
    // ...and searches no one asked before: two words of the data set's vocabulary, every pair once.
    const pairs = vocabulary.flatMap((first, index) => vocabulary.slice(index + 1).map((second) => `${first} ${second}`));
    let pair = 0;
    const fresh = () => `/search?q=${encodeURIComponent(pairs[pair++ % pairs.length]!)}`;
    measures.push(await load("search, new queries", base, fresh, { amount: 1500 }));
    // How long one search takes when it does not queue behind 63 others.
    measures.push(await load("search, new queries, one reader at a time", base, fresh, { connections: 1, amount: 300 }));

    const samples: number[] = [];
    if (soakSeconds > 0) {
      const timer = setInterval(() => samples.push(rssMb(server.pid!)), 10_000);
      // Every request a page not rendered before: the heaviest load there is, for as long as asked.
      const soak = await autocannon({
        url: base,
        headers: BROWSER_HEADERS,
        connections: CONNECTIONS,
        duration: soakSeconds,
        requests: [{ setupRequest: (request) => ({ ...request, path: cycle(published)() }) }],
      });
      clearInterval(timer);
      measures.push({
        name: `soak: new story pages, ${soakSeconds} s`,
        rps: Math.round(soak.requests.average),
        p50: soak.latency.p50,
        p99: soak.latency.p99,
        failed: soak.non2xx + soak.errors + soak.timeouts,
      });
    }
    return {
      stories,
      measures,
      queriesPerStory,
      rssMb: { start: rssStart, end: rssMb(server.pid!), samples },
      plans: explained,
    };
  } finally {
    server.kill("SIGTERM");
    await client.end();
  }
}

/** A page's bytes and encoding exactly as the server sends them to a browser (fetch would decompress them). */
function bytesAsSent(url: string): Promise<{ body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: BROWSER_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ body: Buffer.concat(chunks), encoding: String(response.headers["content-encoding"] ?? "identity") }),
      );
      response.on("error", reject);
    }).on("error", reject);
  });
}

async function bare(page: { body: Buffer; encoding: string }, paths: () => string): Promise<Measure> {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-"));
  const file = path.join(dir, "story.html");
  writeFileSync(file, page.body);
  const port = await freePort();
  const args = [file, String(port), page.encoding];
  const child: ChildProcess = fork(path.join(import.meta.dirname, "bare-server.mjs"), args, { stdio: "ignore" });
  await new Promise((resolve) => child.once("message", resolve));
  try {
    return await load("bare Node server, same bytes", `http://127.0.0.1:${port}`, paths);
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

function printReport(reports: SizeReport[]) {
  const lines: string[] = [];
  for (const report of reports) {
    const baseline = report.measures[0]!.rps;
    lines.push(`\n### ${report.stories.toLocaleString("en-US")} stories`);
    lines.push("| page | req/s | vs bare | p50 ms | p99 ms | failed |", "| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const measure of report.measures) {
      const ratio = Math.round((measure.rps / baseline) * 100);
      lines.push(`| ${measure.name} | ${measure.rps} | ${ratio}% | ${measure.p50} | ${measure.p99} | ${measure.failed} |`);
    }
    lines.push(`\nSQL statements for one uncached story render: ${report.queriesPerStory}`);
    lines.push(
      `Server memory (RSS): ${report.rssMb.start} MB before load, ${report.rssMb.end} MB after` +
        (report.rssMb.samples?.length ? ` (soak samples: ${report.rssMb.samples.join(", ")} MB)` : ""),
    );
    for (const plan of report.plans) {
      lines.push(`\nEXPLAIN, ${plan.name}: ${plan.seqScan ? "SEQUENTIAL SCAN OF STORIES" : "indexed"}`);
      lines.push(...plan.plan.split("\n").map((line) => `    ${line}`));
    }
  }
  if (reports.length > 1) {
    const [small, large] = [reports[0]!, reports.at(-1)!];
    lines.push(`\n### p50 growth from ${small.stories} to ${large.stories} stories`);
    for (const measure of large.measures.slice(1).filter((each) => !each.name.startsWith("soak"))) {
      const before = small.measures.find((each) => each.name === measure.name);
      if (before) lines.push(`- ${measure.name}: ${(measure.p50 / Math.max(before.p50, 1)).toFixed(2)}x`);
    }
  }
  console.log(lines.join("\n"));
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-db-"));
  const logLines = { count: 0 };
  const server = await startEmbedded({
    dataDir,
    port: await freePort(),
    persistent: false,
    onLog: (message) => {
      logLines.count += (message.match(/LOG:\s+(statement|execute)/g) ?? []).length;
    },
  });
  const reports: SizeReport[] = [];
  try {
    for (const stories of sizes) {
      console.log(`\nBenchmarking ${stories} stories`);
      reports.push(await benchmarkSize(server.serverUrl, stories, logLines));
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\n## Benchmark, ${new Date().toISOString().slice(0, 10)}: ${CONNECTIONS} connections, ${seconds} s per page`);
  printReport(reports);
  // Judged at 100,000 stories and more: on a small table PostgreSQL rightly prefers to read it all.
  const scans = reports
    .filter((report) => report.stories >= 100_000)
    .flatMap((report) => report.plans.filter((plan) => plan.seqScan).map((plan) => ({ ...plan, stories: report.stories })));
  if (scans.length) {
    for (const scan of scans) console.error(`\nSequential scan of stories in "${scan.name}" (${scan.stories} stories):\n${scan.plan}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

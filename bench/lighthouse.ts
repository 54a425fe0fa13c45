/**
 * `npm run bench:lighthouse`: how fast the reader site feels in a phone's
 * browser, measured by Lighthouse (mobile preset, performance only) in
 * Debian's Chromium against a trivial Next.js page (an h1 and a paragraph,
 * same Next.js and React) built and served the same way on the same machine,
 * interleaved round by round so that both see the same load. Each page is
 * asked for first (the page cache is hot, as for readers) and measured once
 * uncounted. Prints the medians; exits 0 (a benchmark, not a test). The
 * machine's other work moves the scores: compare pages of the same run.
 *
 *   BENCH_LIGHTHOUSE_ROUNDS=5          rounds; each measures every page once
 *   BENCH_DATABASE_SERVER_URL          a postgresql:// server (no database name) to make the
 *                                      throwaway database on; otherwise an embedded PostgreSQL
 *   BENCH_DATABASE_NAME                that database's name (newsroom_bench_lighthouse_<random>)
 *   BENCH_LIGHTHOUSE_REPORTS=<folder>  also keep every run's Lighthouse report (JSON) there
 *   NEXT_DIST_DIR=.next-bench-lighthouse  the site's build folder
 *   CHROMIUM_PATH=/usr/bin/chromium
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import pg from "pg";
import { leadStory } from "../prisma/demo-content";
import { buildSite } from "../scripts/build-site";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../scripts/chromium";
import { bin, freePort, migrate, projectRoot, run, throwawayDatabaseServer } from "../scripts/postgres";
import { waitFor } from "./wait-for";
import { productionServerArgs, productionServerEnv } from "../scripts/server-command";

const rounds = Number(process.env.BENCH_LIGHTHOUSE_ROUNDS ?? 5);
const distDir = process.env.NEXT_DIST_DIR ?? ".next-bench-lighthouse";
const reportsDir = process.env.BENCH_LIGHTHOUSE_REPORTS;
const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

type Page = { name: string; url: string };
type Measure = {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  scriptEvaluation: number;
  scriptKb: number;
};

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The demo site, built and served as `npm start` serves it, on a database of its own. */
async function startSite(databaseUrl: string) {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    SITE_URL: `http://127.0.0.1:${port}`,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    DEMO_EDITOR_EMAIL: "editor@newsroom.test",
    DEMO_EDITOR_PASSWORD: randomBytes(12).toString("base64url"),
    MEDIA_ROOT: mkdtempSync(path.join(tmpdir(), "newsroom-bench-media-")),
  };
  await migrate(databaseUrl);
  await run(bin("tsx"), ["prisma/seed.ts"], env);
  console.log("Building the site…");
  // A build folder left by an older version holds route types that fail the build's type check.
  rmSync(path.join(projectRoot, distDir), { recursive: true, force: true });
  // `next build` adds the build folder's route types to tsconfig.json: not a change to keep.
  const tsconfig = readFileSync(path.join(projectRoot, "tsconfig.json"), "utf8");
  try {
    await buildSite({ ...env, NODE_ENV: "production" });
  } finally {
    if (readFileSync(path.join(projectRoot, "tsconfig.json"), "utf8") !== tsconfig) {
      writeFileSync(path.join(projectRoot, "tsconfig.json"), tsconfig);
    }
  }
  const server = spawn(process.execPath, productionServerArgs(distDir), {
    cwd: projectRoot,
    env: {
      ...process.env,
      ...productionServerEnv,
      ...env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
    },
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`);
  return {
    base,
    stop: async () => {
      await stopped(server);
      rmSync(env.MEDIA_ROOT, { recursive: true, force: true });
    },
  };
}

/** The floor: one static App Router page, an h1 and a paragraph, under `next start`. */
async function startTrivialPage() {
  const dir = mkdtempSync(path.join(tmpdir(), "newsroom-bench-trivial-"));
  mkdirSync(path.join(dir, "app"));
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ private: true, type: "module" }));
  // Turbopack compiles only files under its root, and node_modules points into the project.
  writeFileSync(path.join(dir, "next.config.mjs"), 'export default { turbopack: { root: "/" } };\n');
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export const metadata = { title: "Trivial" };\n\n' +
      "export default function RootLayout({ children }) {\n" +
      '  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(
    path.join(dir, "app", "page.jsx"),
    "export default function Page() {\n" +
      "  return (\n    <main>\n      <h1>A trivial page</h1>\n" +
      "      <p>One heading and one paragraph, served by next start.</p>\n    </main>\n  );\n}\n",
  );
  console.log("Building the trivial page…");
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  const telemetry = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  await new Promise<void>((resolve, reject) => {
    const build = spawn(process.execPath, [next, "build"], { cwd: dir, env: telemetry, stdio: "inherit" });
    build.on("error", reject);
    build.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the trivial page's build failed (${code})`)),
    );
  });
  const port = await freePort();
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: dir,
    env: telemetry,
    stdio: "ignore",
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`);
  return {
    base,
    stop: async () => {
      await stopped(server);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function measureOf({ audits, categories }: Result): Measure {
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const summary = audits["resource-summary"]?.details;
  const items = summary && "items" in summary ? (summary.items as Record<string, unknown>[]) : [];
  const scripts = items.find((item) => item.resourceType === "script");
  return {
    score: Math.round((categories.performance?.score ?? Number.NaN) * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    speedIndex: value("speed-index"),
    scriptEvaluation: value("bootup-time"),
    scriptKb: Number(scripts?.transferSize ?? Number.NaN) / 1024,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function measure(pages: Page[]): Promise<Map<string, Measure[]>> {
  // Every page is asked for a few times first: readers are served from a hot page cache.
  for (const page of pages)
    for (let time = 0; time < 3; time++) await fetch(page.url).then((response) => response.text());
  const measures = new Map(pages.map((page) => [page.name, [] as Measure[]]));
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  const audit = async (page: Page) => {
    const result = await lighthouse(page.url, {
      port: chrome.port,
      onlyCategories: ["performance"],
      output: "json",
      logLevel: "error",
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    if (result.lhr.runtimeError) throw new Error(`${page.url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  };
  try {
    // One uncounted run of each page: the first runs in a fresh Chromium scored some 20 points low.
    for (const page of pages) await audit(page);
    for (let round = 0; round < rounds; round++) {
      // Each round starts at a different page, so that none always follows the same one.
      const order = pages.map((_, index) => pages[(index + round) % pages.length]!);
      for (const page of order) {
        const lhr = await audit(page);
        const each = measureOf(lhr);
        measures.get(page.name)!.push(each);
        console.log(`  round ${round + 1}, ${page.name}: ${each.score} (TBT ${Math.round(each.tbt)} ms)`);
        if (reportsDir) {
          const file = `${round + 1}-${page.name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.json`;
          writeFileSync(path.join(reportsDir, file), JSON.stringify(lhr));
        }
      }
    }
  } finally {
    chrome.kill();
  }
  return measures;
}

function printReport(pages: Page[], measures: Map<string, Measure[]>) {
  const medians = pages.map((page) => {
    const runs = measures.get(page.name)!;
    const of = (key: keyof Measure) => median(runs.map((each) => each[key]));
    return {
      page,
      score: of("score"),
      scores: runs.map((each) => each.score),
      fcp: of("fcp"),
      lcp: of("lcp"),
      tbt: of("tbt"),
      cls: of("cls"),
      speedIndex: of("speedIndex"),
      scriptEvaluation: of("scriptEvaluation"),
      scriptKb: of("scriptKb"),
    };
  });
  const floor = medians[0]!.score;
  const ms = (value: number) => Math.round(value).toLocaleString("en-US");
  const lines = [
    `\n## Lighthouse, ${new Date().toISOString().slice(0, 10)}: mobile preset, performance, median of ${rounds} rounds`,
    "| page | score | vs trivial | scores | FCP ms | LCP ms | TBT ms | CLS | speed index ms | script evaluation ms | JS KB |",
    "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const each of medians) {
    const difference = each === medians[0] ? "" : String(each.score - floor);
    lines.push(
      `| ${each.page.name} | ${each.score} | ${difference} | ${each.scores.join(", ")} | ${ms(each.fcp)} | ${ms(each.lcp)} | ` +
        `${ms(each.tbt)} | ${each.cls.toFixed(3)} | ${ms(each.speedIndex)} | ${ms(each.scriptEvaluation)} | ${each.scriptKb.toFixed(1)} |`,
    );
  }
  console.log(lines.join("\n"));
}

async function main() {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`Lighthouse needs Chromium at ${CHROMIUM_PATH} (or set CHROMIUM_PATH).`);
  if (reportsDir) mkdirSync(reportsDir, { recursive: true });
  const database = await throwawayDatabaseServer(process.env.BENCH_DATABASE_SERVER_URL, "newsroom-bench-db-");
  const name =
    process.env.BENCH_DATABASE_NAME ?? `newsroom_bench_lighthouse_${randomBytes(4).toString("hex")}`;
  const stops: (() => Promise<void>)[] = [];
  try {
    await admin(database.serverUrl, `CREATE DATABASE "${name}"`);
    const site = await startSite(`${database.serverUrl}/${name}`);
    stops.push(site.stop);
    const trivial = await startTrivialPage();
    stops.push(trivial.stop);
    const pages: Page[] = [
      { name: "trivial Next.js page", url: `${trivial.base}/` },
      { name: "front page", url: `${site.base}/` },
      { name: "lead story", url: `${site.base}/stories/${leadStory.slug}` },
      { name: "section page", url: `${site.base}/sections/americas` },
    ];
    printReport(pages, await measure(pages));
  } finally {
    for (const stop of stops.reverse()) await stop();
    await admin(database.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(
      (error: unknown) => console.error("Could not drop the benchmark's database:", error),
    );
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

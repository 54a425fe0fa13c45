/**
 * Varnish in front of two web processes (README, "Varnish and CDNs"), as CI
 * runs it after the production path:
 *   1. varnishtest holds deploy/varnish/newsroom.vcl to its rules against
 *      stub backends (deploy/varnish/tests/*.vtc);
 *   2. one build (in .next-h-varnish), a throwaway database with the demo content;
 *   3. two production servers on two ports, told to purge Varnish (PURGE_VARNISH_URLS);
 *   4. varnishd with deploy/varnish/newsroom.vcl, its backends those two ports;
 *   5. an editor publishes a story (through Varnish), appends a correction
 *      (on the second process) and unpublishes the story (on the first); each
 *      time, a page readers were being served from Varnish's cache shows the
 *      change through Varnish within seconds. The times are printed.
 * Run with `npm run test:varnish`. Needs Debian's `varnish` and
 * `varnish-modules` (.ci/run installs them), and Chromium. The databases live
 * on TEST_DATABASE_SERVER_URL when it is set (postgresql://user:password@host:5432),
 * else on a throwaway embedded PostgreSQL. KEEP_VARNISH_BUILD=1 keeps the
 * build for the next run, which reuses it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import pg from "pg";
import { leadStory } from "../../prisma/demo-content";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";
import { bin, freePort, throwawayDatabaseServer } from "../../scripts/postgres";
import { productionServerArgs, productionServerEnv, SERVER_BUNDLE } from "../../scripts/server-command";
import { cuttableProxy, type CuttableProxy } from "../support/cuttable-proxy";
import { varnishBackendsVcl } from "../support/varnish-backends";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const DIST_DIR = ".next-h-varnish";
const VARNISH_DIR = path.join(projectRoot, "deploy", "varnish");
const VARNISHD = process.env.VARNISHD ?? "varnishd";
/** How long a change may take to reach readers through Varnish. */
const DEADLINE_MS = 10_000;

type Env = Record<string, string | undefined>;

const started: ChildProcess[] = [];
let step = "";
const began = Date.now();
const say = (message: string) => console.log(`[${Math.round((Date.now() - began) / 1000)} s] ${message}`);

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`${step}: ${message}`);
}

/** Starts a long-running command in a process group of its own, keeping what it prints. */
function startProcess(command: string, args: string[], env: Env) {
  const child = spawn(command, args, { cwd: projectRoot, env: env as NodeJS.ProcessEnv, detached: true });
  started.push(child);
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  return { child, output: () => output };
}

function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Runs a command to its end, quietly; fails with what it printed when it fails. */
async function mustSucceed(command: string, args: string[], env: Env) {
  const { child, output } = startProcess(command, args, env);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`\`${path.basename(command)} ${args.join(" ")}\` failed (${code}):\n${output()}`);
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs: number, explain = () => "") {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${step}: ${what}, not within ${timeoutMs / 1000} s. ${explain()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * `next build` adds its build folder's types to tsconfig.json; this build is
 * a test's, so they come out again (tsconfig.json is JSON as Next.js writes it).
 */
function forgetBuildTypes() {
  const file = path.join(projectRoot, "tsconfig.json");
  const config = JSON.parse(readFileSync(file, "utf8")) as { include?: string[] };
  const include = config.include?.filter((entry) => !entry.startsWith(`${DIST_DIR}/`));
  if (!config.include || include?.length === config.include.length) return;
  writeFileSync(file, `${JSON.stringify({ ...config, include }, null, 2)}\n`);
}

type Read = { status: number; cache: string | null; age: number; body: string; headers: Headers };

async function read(origin: string, pathname: string): Promise<Read> {
  const response = await fetch(`${origin}${pathname}`, { redirect: "manual" });
  return {
    status: response.status,
    cache: response.headers.get("x-cache"),
    age: Number(response.headers.get("age") ?? 0),
    body: await response.text(),
    headers: response.headers,
  };
}

async function main() {
  for (const [tool, install] of [
    [VARNISHD, "sudo apt-get install -y varnish varnish-modules"],
    ["varnishtest", "sudo apt-get install -y varnish"],
  ] as const) {
    const found = await new Promise<boolean>((resolve) => {
      const probe = spawn(tool, ["-V"], { stdio: "ignore" });
      probe.on("error", () => resolve(false));
      probe.on("exit", () => resolve(true));
    });
    if (!found) throw new Error(`${tool} is missing: ${install}`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);

  // Nothing of the caller's configuration leaks into the build or the servers.
  const baseEnv: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const name of ["DATABASE_URL", "BETTER_AUTH_SECRET", "SITE_URL", "NODE_ENV", "SEED_DEMO", "NEXT_DIST_DIR", "PORT"]) {
    delete baseEnv[name];
  }
  for (const name of Object.keys(baseEnv)) if (/^(PURGE_|FASTLY_|CLOUDFLARE_)/.test(name)) delete baseEnv[name];

  const workDir = mkdtempSync(path.join(tmpdir(), "newsroom-varnish-"));
  const databaseServer = await throwawayDatabaseServer(process.env.TEST_DATABASE_SERVER_URL, "newsroom-varnish-db-");
  const databaseName = `newsroom_varnish_${randomBytes(4).toString("hex")}`;
  const databaseUrl = `${databaseServer.serverUrl}/${databaseName}`;
  const admin = new pg.Client({ connectionString: `${databaseServer.serverUrl}/postgres` });
  await admin.connect();
  let browser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  const database = new pg.Client({ connectionString: databaseUrl });
  let proxy: CuttableProxy | undefined;

  const editor = { email: "editor@newsroom.test", password: randomBytes(12).toString("base64url") };
  const mediaRoot = path.join(workDir, "media");
  const secret = randomBytes(32).toString("base64url");

  try {
    // Three things at once, none waiting for another: the VCL's own tests, the build, the database.
    step = "prepare";
    const checkVcl = async () => {
      const vtcFiles = readdirSync(path.join(VARNISH_DIR, "tests"))
        .filter((file) => file.endsWith(".vtc"))
        .map((file) => path.join(VARNISH_DIR, "tests", file));
      await mustSucceed("varnishtest", ["-q", "-j", "3", ...vtcFiles], baseEnv);
      say("varnishtest: deploy/varnish/tests/*.vtc passed");
    };
    const build = async () => {
      if (process.env.KEEP_VARNISH_BUILD && existsSync(path.join(projectRoot, DIST_DIR, SERVER_BUNDLE))) {
        say(`the build kept in ${DIST_DIR} by an earlier run (KEEP_VARNISH_BUILD)`);
        return;
      }
      say(`npm run build into ${DIST_DIR}`);
      try {
        await mustSucceed("npm", ["run", "build"], { ...baseEnv, NEXT_DIST_DIR: DIST_DIR });
      } finally {
        forgetBuildTypes();
      }
      say("npm run build: done");
    };
    const prepareDatabase = async () => {
      await admin.query(`CREATE DATABASE "${databaseName}"`);
      const env = { ...baseEnv, DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: secret, MEDIA_ROOT: mediaRoot };
      await mustSucceed(bin("prisma"), ["migrate", "deploy"], env);
      await mustSucceed(bin("tsx"), ["prisma/seed.ts"], {
        ...env,
        DEMO_EDITOR_EMAIL: editor.email,
        DEMO_EDITOR_PASSWORD: editor.password,
      });
      await database.connect();
      say(`${databaseName}: migrated, with the demo content`);
    };
    await Promise.all([checkVcl(), build(), prepareDatabase()]);

    step = "servers";
    const [varnishPort, firstPort, secondPort] = [await freePort(), await freePort(), await freePort()];
    const site = `http://localhost:${varnishPort}`;
    const appPorts = [firstPort, secondPort];
    // The second process reaches PostgreSQL through a proxy the test can cut.
    const databaseAddress = new URL(databaseUrl);
    proxy = await cuttableProxy({ host: databaseAddress.hostname, port: Number(databaseAddress.port || 5432) });
    const proxiedUrl = new URL(databaseUrl);
    proxiedUrl.hostname = "127.0.0.1";
    proxiedUrl.port = String(proxy.port);
    const apps = appPorts.map((port) => {
      say(`a production server on port ${port}`);
      return startProcess("node", productionServerArgs(DIST_DIR), {
        ...baseEnv,
        ...productionServerEnv,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST_DIR,
        PORT: String(port),
        DATABASE_URL: port === secondPort ? proxiedUrl.toString() : databaseUrl,
        // Readers and editors reach the site through Varnish, which appends the client's address.
        SITE_URL: site,
        TRUST_PROXY: "1",
        BETTER_AUTH_SECRET: secret,
        MEDIA_ROOT: mediaRoot,
        PURGE_VARNISH_URLS: `http://127.0.0.1:${varnishPort}/`,
      });
    });
    for (const [index, port] of appPorts.entries()) {
      await waitFor(
        `the server on port ${port} is ready`,
        async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok,
        90_000,
        () => apps[index]!.output(),
      );
    }

    say(`varnishd on port ${varnishPort}`);
    const varnishDir = path.join(workDir, "varnish");
    writeFileSync(path.join(workDir, "newsroom-backends.vcl"), varnishBackendsVcl(appPorts));
    const varnish = startProcess(
      VARNISHD,
      [
        "-F",
        "-n", varnishDir,
        "-j", "none",
        "-a", `127.0.0.1:${varnishPort}`,
        "-T", "none",
        "-p", `vcl_path=${workDir}:${VARNISH_DIR}`,
        "-f", path.join(VARNISH_DIR, "newsroom.vcl"),
        "-s", "malloc,64m",
      ],
      baseEnv,
    );
    await waitFor("Varnish serves the front page", async () => (await read(site, "/")).status === 200, 30_000, () =>
      varnish.output(),
    );

    step = "tags";
    const direct = await read(`http://127.0.0.1:${firstPort}`, "/");
    check(
      direct.headers.get("surrogate-key")?.split(" ").includes("front"),
      `the app sent no Surrogate-Key naming "front" on / (it sent ${JSON.stringify(direct.headers.get("surrogate-key"))})`,
    );
    const throughVarnish = await read(site, "/");
    check(!throughVarnish.headers.has("surrogate-key") && !throughVarnish.headers.has("xkey"), "readers see the tags");

    /** Reads `pathname` twice through Varnish: the second answer must come from its cache. */
    const cached = async (pathname: string) => {
      await read(site, pathname);
      const again = await read(site, pathname);
      check(again.cache === "HIT", `${pathname} through Varnish: X-Cache ${again.cache}, not HIT (age ${again.age})`);
      return again;
    };

    /** Waits until every page shows the change through Varnish; prints how long it took. */
    const reachesReaders = async (
      change: string,
      since: number,
      pages: Record<string, (page: Read) => boolean>,
      { origin = site, through = "through Varnish", deadlineMs = DEADLINE_MS } = {},
    ) => {
      const last: Record<string, string> = {};
      await waitFor(
        `${change} did not reach readers ${through}`,
        async () => {
          const results = await Promise.all(
            Object.entries(pages).map(async ([pathname, shows]) => {
              const page = await read(origin, pathname);
              last[pathname] = `${page.status} X-Cache ${page.cache} age ${page.age}`;
              return shows(page);
            }),
          );
          return results.every(Boolean);
        },
        deadlineMs,
        () => `Last answers: ${JSON.stringify(last)}`,
      );
      say(`${change}: readers see it ${through} ${Date.now() - since} ms later`);
    };

    step = "sign-in";
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page: Page = await browser.newPage();
    // Through Varnish: the newsroom, the sign-in and its cookie pass through it.
    await page.goto(`${site}/admin`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();

    step = "publish";
    const headline = `Night Ferry Trial Approved for the Harbour ${Date.now()}`;
    await page.goto(`${site}/admin/stories/new`);
    await page.getByLabel("Headline").fill(headline);
    await page.getByLabel("Section").selectOption({ label: "Europe" });
    await page.getByLabel("Body").fill("The harbour authority voted on Tuesday.\n\nService begins in April.");
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const story = (
      await database.query<{ id: string; slug: string }>('SELECT id, slug FROM "Story" WHERE headline = $1', [headline])
    ).rows[0];
    check(story, "the new story is not in the database");
    for (const pathname of ["/", "/sections/europe"]) {
      const before = await cached(pathname);
      check(!before.body.includes(headline), `${pathname} shows the draft`);
    }
    await page.getByRole("button", { name: "Publish now", exact: true }).click();
    await page.getByText("Published. Readers can see it now.").waitFor();
    await reachesReaders("The publish", Date.now(), {
      "/": (reader) => reader.body.includes(headline),
      "/sections/europe": (reader) => reader.body.includes(headline),
      [`/stories/${story.slug}`]: (reader) => reader.status === 200 && reader.body.includes(headline),
    });

    step = "correction";
    const correction = `An earlier version of this story misstated the number of ships (${randomBytes(3).toString("hex")}).`;
    const lead = (await database.query<{ id: string }>('SELECT id FROM "Story" WHERE slug = $1', [leadStory.slug]))
      .rows[0];
    check(lead, "the demo lead story is missing");
    for (const pathname of [`/stories/${leadStory.slug}`, "/corrections/feed.xml"]) {
      const before = await cached(pathname);
      check(!before.body.includes(correction), `${pathname} shows the correction already`);
    }
    // On the second process directly: the purge comes from whichever process relays.
    await page.goto(`http://localhost:${secondPort}/admin/stories/${lead.id}`);
    await page.getByLabel("What changed").fill(correction);
    await page.getByRole("button", { name: "Append to the story" }).click();
    await page.getByRole("region", { name: "Corrections and updates" }).getByText(correction).waitFor();
    await reachesReaders("The correction", Date.now(), {
      [`/stories/${leadStory.slug}`]: (reader) => reader.body.includes(correction),
      "/corrections/feed.xml": (reader) => reader.body.includes(correction),
    });

    step = "unpublish";
    for (const pathname of [`/stories/${story.slug}`, "/sections/europe"]) {
      const before = await cached(pathname);
      check(before.body.includes(headline), `${pathname} does not show the story before it is unpublished`);
    }
    // On the first process directly.
    await page.goto(`http://localhost:${firstPort}/admin/stories/${story.id}`);
    await page.getByRole("button", { name: "Unpublish", exact: true }).click();
    await page.getByText("Unpublished. Readers can no longer see it.").waitFor();
    await reachesReaders("The unpublish", Date.now(), {
      [`/stories/${story.slug}`]: (reader) => reader.status === 404,
      "/sections/europe": (reader) => !reader.body.includes(headline),
      "/": (reader) => !reader.body.includes(headline),
    });
    // The issue's case: a process loses its database while another publishes;
    // once back, it serves the new page at once (it reads the invalidations it missed).
    step = "a process that lost its database";
    const missed = `Monsoon Rains Reach the Coast Early ${Date.now()}`;
    await page.goto(`http://localhost:${firstPort}/admin/stories/new`);
    await page.getByLabel("Headline").fill(missed);
    await page.getByLabel("Section").selectOption({ label: "Asia-Pacific" });
    await page.getByLabel("Body").fill("Forecasters expected them next week.");
    await page.getByRole("button", { name: "Create story" }).click();
    await page.getByRole("status").filter({ hasText: "Saved." }).waitFor();
    const second = `http://127.0.0.1:${secondPort}`;
    for (let attempt = 0; attempt < 2; attempt++) {
      const before = await read(second, "/sections/asia-pacific");
      check(before.status === 200 && !before.body.includes(missed), "the second process shows the draft");
    }
    proxy.cut();
    say("the second process's connections to PostgreSQL are cut");
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    await page.getByRole("button", { name: "Publish now", exact: true }).click();
    await page.getByText("Published. Readers can see it now.").waitFor();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    proxy.restore();
    say("the second process's connections to PostgreSQL are restored");
    await reachesReaders(
      "A publish it missed",
      Date.now(),
      { "/sections/asia-pacific": (reader) => reader.status === 200 && reader.body.includes(missed) },
      { origin: second, through: "from the second process, directly,", deadlineMs: 5_000 },
    );
    await reachesReaders("The same publish", Date.now(), {
      "/sections/asia-pacific": (reader) => reader.status === 200 && reader.body.includes(missed),
    });

    say("Varnish in front of two web processes serves every change within seconds.");
  } finally {
    await browser?.close().catch(() => {});
    await database.end().catch(() => {});
    proxy?.close();
    for (const child of started) stopGroup(child);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch((error: unknown) => {
      console.error(`Could not drop ${databaseName}:`, error);
    });
    await admin.end();
    await databaseServer.stop();
    rmSync(workDir, { recursive: true, force: true });
    if (!process.env.KEEP_VARNISH_BUILD) rmSync(path.join(projectRoot, DIST_DIR), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

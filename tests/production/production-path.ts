/**
 * The production path, as a deployment runs it (README, "Deploy"):
 *   1. `npm run build` with no database and no secret in the environment;
 *   2. what a deployment ships, copied to a folder of its own, and
 *      `npm ci --omit=dev` there: production dependencies only;
 *   3. `npm run db:migrate`, the release step, on a PostgreSQL server that is
 *      not the embedded one;
 *   4. `npm run admin:create`, whose invitation link sets the first admin's password;
 *   5. `NODE_ENV=production npm start`: it refuses to start without SITE_URL
 *      or BETTER_AUTH_SECRET, naming them; it answers /healthz, /readyz, readers
 *      (an empty site: no demo content) and the new admin at /admin; a second
 *      start on the same port exits non-zero saying so; /readyz answers 503
 *      from a server whose database is down;
 *   6. faults (faults.ts, laptop-faults.ts): SIGTERM and Ctrl-C with 40 requests
 *      in flight, a database that stops and comes back, a killed embedded PostgreSQL.
 * Run with `npm run test:production` after `npm test`, with
 * TEST_DATABASE_SERVER_URL (postgresql://user:password@host:5432, no database
 * name): it creates its database there and drops it after. KEEP_PRODUCTION_BUILD=1
 * keeps the build (in .next-test-production, or PRODUCTION_TEST_DIST_DIR) for
 * the next run, which reuses it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import pg from "pg";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";
import { freePort } from "../../scripts/postgres";
import { checkFaults } from "./faults";
import { checkLaptopFaults } from "./laptop-faults";

const projectRoot = path.resolve(import.meta.dirname, "..", "..");
const DIST_DIR = process.env.PRODUCTION_TEST_DIST_DIR ?? ".next-test-production";
/** Keep in step with the Dockerfile's runtime stage: what a deployment ships besides node_modules. */
const SHIPPED = [
  "package.json",
  "package-lock.json",
  "next.config.mjs",
  "prisma.config.ts",
  "prisma",
  "scripts/start.mjs",
  "scripts/run-built.mjs",
  "scripts/migrate.mjs",
  "scripts/generate-client.mjs",
  // next.config.mjs names them (images.loaderFile, cacheHandler), and Next.js loads them at start.
  "lib/content/media-image-loader.ts",
  "lib/delivery/cache-handler.mjs",
  // next.config.mjs reads the embed providers for the CSP's frame-src.
  "lib/content/embed-providers.mjs",
  "public",
];

type Env = Record<string, string | undefined>;

const started: ChildProcess[] = [];
let step = "";

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`${step}: ${message}`);
}

type Result = { code: number | null; output: string };

/** Runs a command to its end (or kills it after `timeoutMs`), keeping what it printed. */
function runCommand(command: string, args: string[], options: { cwd: string; env: Env; timeoutMs: number }) {
  return new Promise<Result>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env as NodeJS.ProcessEnv,
      detached: true,
    });
    started.push(child);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    const timer = setTimeout(() => stopGroup(child), options.timeoutMs);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function mustSucceed(
  command: string,
  args: string[],
  options: { cwd: string; env: Env; timeoutMs: number },
) {
  const result = await runCommand(command, args, options);
  if (result.code !== 0) {
    console.error(result.output);
    throw new Error(`${step}: \`${command} ${args.join(" ")}\` failed (${result.code})`);
  }
  return result.output;
}

/** Stops a process and everything it started (each runs in a process group of its own). */
function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

/** Starts `npm start` and resolves once it says the site is running (or rejects when it exits first). */
function startServer(cwd: string, env: Env): Promise<{ server: ChildProcess; output: () => string }> {
  return new Promise((resolve, reject) => {
    const server = spawn("npm", ["start"], { cwd, env: env as NodeJS.ProcessEnv, detached: true });
    started.push(server);
    let output = "";
    const listen = (chunk: Buffer) => {
      output += chunk;
      if (output.includes("Newsroom is running at")) resolve({ server, output: () => output });
    };
    server.stdout.on("data", listen);
    server.stderr.on("data", listen);
    server.on("exit", (code) => reject(new Error(`${step}: npm start exited (${code}):\n${output}`)));
    setTimeout(
      () => reject(new Error(`${step}: npm start did not say it runs within 90 s:\n${output}`)),
      90_000,
    );
  });
}

/**
 * Docker cannot run here, so the Dockerfile and compose.yaml are held to
 * these steps instead: the same npm scripts, and the same files shipped.
 */
function checkContainerFiles() {
  const dockerfile = readFileSync(path.join(projectRoot, "Dockerfile"), "utf8");
  const [buildStage = "", runtimeStage = ""] = dockerfile.split(/^FROM .* AS runtime$/m);
  check(/^RUN npm ci\b(?!.*--omit)/m.test(buildStage), "the build stage does not run npm ci");
  check(/^RUN npm run build\b/m.test(buildStage), "the build stage does not run npm run build");
  check(/^RUN npm ci --omit=dev\b/m.test(runtimeStage), "the runtime stage does not run npm ci --omit=dev");
  check(/^USER node$/m.test(runtimeStage), "the runtime stage runs as root");
  check(/^CMD \["npm", "start"\]$/m.test(runtimeStage), "the image does not start with npm start");
  check(/NODE_ENV=production/.test(runtimeStage), "the image does not set NODE_ENV=production");
  const copied = [...runtimeStage.matchAll(/^COPY (?!--from)(?:--\S+ )*(.+) \S+$/gm)].flatMap((match) =>
    match[1]!.split(" "),
  );
  for (const entry of SHIPPED) {
    const shipped = copied.some((source) => source.replace(/\/$/, "") === entry);
    check(shipped || !existsSync(path.join(projectRoot, entry)), `the image does not ship ${entry}`);
  }
  for (const source of copied)
    check(SHIPPED.includes(source), `the image ships ${source}, which this test does not`);
  const compose = readFileSync(path.join(projectRoot, "compose.yaml"), "utf8");
  check(
    compose.includes('command: ["npm", "run", "db:migrate"]'),
    "compose.yaml does not migrate with npm run db:migrate",
  );
}

async function fetchPage(url: string) {
  const response = await fetch(url, { redirect: "manual" });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

async function main() {
  const serverUrl = process.env.TEST_DATABASE_SERVER_URL?.replace(/\/$/, "");
  if (!serverUrl) {
    throw new Error(
      "Set TEST_DATABASE_SERVER_URL to a PostgreSQL server: postgresql://user:password@host:5432",
    );
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is missing at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
  const databaseName = `${process.env.PRODUCTION_TEST_DATABASE_PREFIX ?? "newsroom_production_"}${randomBytes(4).toString("hex")}`;
  const databaseUrl = `${serverUrl}/${databaseName}`;
  const deployDir = mkdtempSync(path.join(tmpdir(), "newsroom-deploy-"));
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  const started_at = Date.now();
  const elapsed = () => `${Math.round((Date.now() - started_at) / 1000)} s`;

  // Nothing of the caller's configuration leaks into the build or the deployment.
  const baseEnv: Env = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "BETTER_AUTH_SECRET",
    "SITE_URL",
    "NODE_ENV",
    "SEED_DEMO",
    "NEXT_DIST_DIR",
  ]) {
    delete baseEnv[name];
  }
  const port = await freePort();
  const siteUrl = `http://localhost:${port}`;
  const production = {
    ...baseEnv,
    NODE_ENV: "production",
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    SITE_URL: siteUrl,
    BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
    PORT: String(port),
    MEDIA_ROOT: path.join(deployDir, "media"),
  };

  try {
    step = "container files";
    checkContainerFiles();

    step = "build";
    if (
      process.env.KEEP_PRODUCTION_BUILD &&
      existsSync(path.join(projectRoot, DIST_DIR, "newsroom-start.mjs"))
    ) {
      console.log(`[${elapsed()}] the build kept in ${DIST_DIR} by an earlier run (KEEP_PRODUCTION_BUILD)`);
    } else {
      console.log(`[${elapsed()}] npm run build, with no database and no secret`);
      await mustSucceed("npm", ["run", "build"], {
        cwd: projectRoot,
        env: { ...baseEnv, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
        timeoutMs: 600_000,
      });
    }

    step = "install";
    console.log(`[${elapsed()}] the deployment in ${deployDir}: npm ci --omit=dev`);
    for (const entry of SHIPPED) {
      if (existsSync(path.join(projectRoot, entry)))
        cpSync(path.join(projectRoot, entry), path.join(deployDir, entry), { recursive: true });
    }
    // The build without its compiler cache, as .dockerignore and the Dockerfile leave it.
    cpSync(path.join(projectRoot, DIST_DIR), path.join(deployDir, DIST_DIR), {
      recursive: true,
      filter: (source) => source !== path.join(projectRoot, DIST_DIR, "cache"),
    });
    await mustSucceed("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], {
      cwd: deployDir,
      env: { ...baseEnv, NODE_ENV: "production" },
      timeoutMs: 300_000,
    });
    for (const devOnly of ["eslint", "prettier", "lighthouse", "autocannon"]) {
      check(!existsSync(path.join(deployDir, "node_modules", devOnly)), `${devOnly} was installed`);
    }
    // npm keeps a few dev tools that production packages name as optional
    // peers (prisma names typescript, vite tsx): removed, to prove nothing here runs them.
    for (const tool of ["tsx", "typescript", "esbuild"]) {
      rmSync(path.join(deployDir, "node_modules", tool), { recursive: true, force: true });
      rmSync(path.join(deployDir, "node_modules", ".bin", tool), { force: true });
    }

    step = "release";
    console.log(`[${elapsed()}] npm run db:migrate on ${databaseName}`);
    await admin.query(`CREATE DATABASE "${databaseName}"`);
    await mustSucceed("npm", ["run", "db:migrate"], { cwd: deployDir, env: production, timeoutMs: 120_000 });

    step = "admin:create";
    // It signs nothing, so it needs no BETTER_AUTH_SECRET.
    const created = await mustSucceed("npm", ["run", "admin:create", "--", "--email", "admin@example.test"], {
      cwd: deployDir,
      env: { ...production, BETTER_AUTH_SECRET: undefined },
      timeoutMs: 60_000,
    });
    const invitation = created.match(/https?:\/\/\S+\/admin\/invite\/[\w-]+/)?.[0];
    check(
      invitation !== undefined && invitation.startsWith(`${siteUrl}/`),
      `no invitation link on SITE_URL in:\n${created}`,
    );

    step = "configuration";
    for (const missing of ["SITE_URL", "BETTER_AUTH_SECRET"] as const) {
      const env: Env = { ...production };
      delete env[missing];
      const refused = await runCommand("npm", ["start"], { cwd: deployDir, env, timeoutMs: 60_000 });
      check(refused.code !== 0, `npm start without ${missing} did not fail`);
      check(
        refused.output.includes(missing),
        `npm start without ${missing} did not name it:\n${refused.output}`,
      );
    }

    step = "start";
    console.log(`[${elapsed()}] NODE_ENV=production npm start on port ${port}`);
    const { server, output } = await startServer(deployDir, production);
    check(
      !existsSync(path.join(deployDir, ".data")),
      "npm start wrote .data (a generated secret or password)",
    );

    step = "health";
    const health = await fetchPage(`${siteUrl}/healthz`);
    check(health.status === 200, `/healthz answered ${health.status}`);
    check(health.headers.get("cache-control")?.includes("no-store"), "/healthz may be cached");
    const ready = await fetchPage(`${siteUrl}/readyz`);
    check(ready.status === 200, `/readyz answered ${ready.status}: ${ready.body}`);
    check(
      !ready.body.includes(production.BETTER_AUTH_SECRET) && !ready.body.includes(databaseUrl),
      "/readyz shows a secret",
    );

    step = "readers";
    const front = await fetchPage(`${siteUrl}/`);
    check(front.status === 200, `/ answered ${front.status}`);
    // Rendered from this database on the first request (the build's render was
    // removed), then answered from the page cache.
    const again = await fetchPage(`${siteUrl}/`);
    check(
      again.headers.get("x-page-cache") === "HIT",
      `/ again: x-page-cache ${again.headers.get("x-page-cache")}`,
    );
    const counts = new pg.Client({ connectionString: databaseUrl });
    await counts.connect();
    const stories = await counts.query<{ count: string }>('SELECT count(*) FROM "Story"');
    const users = await counts.query<{ email: string }>('SELECT email FROM "User"');
    await counts.end();
    check(
      stories.rows[0]?.count === "0",
      `the site has ${stories.rows[0]?.count} stories: demo content was loaded`,
    );
    check(
      users.rows.length === 1 && users.rows[0]?.email === "admin@example.test",
      `accounts other than the admin: ${users.rows.map((row) => row.email).join(", ")}`,
    );

    step = "invitation";
    console.log(`[${elapsed()}] the invitation link, in Chromium`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      await page.goto(invitation);
      const password = `${randomBytes(9).toString("base64url")} harbour lantern`;
      await page.getByLabel("Choose a password").fill(password);
      await page.getByLabel("The same password again").fill(password);
      await page.getByRole("button", { name: "Set password and sign in" }).click();
      await page.waitForURL((url) => url.pathname === "/admin", { timeout: 30_000 });
      const dashboard = await page.request.get(`${siteUrl}/admin`, { maxRedirects: 0 });
      check(dashboard.status() === 200, `/admin answered the new admin ${dashboard.status()}`);
      const reused = await browser.newPage();
      await reused.goto(invitation);
      check(
        await reused.getByRole("heading", { name: "This invitation link does not work" }).isVisible(),
        "the invitation link works twice",
      );

      // The server listens directly (TRUST_PROXY unset): an X-Forwarded-For a client writes is its own
      // word, so rotating it must not escape the per-address count of failed sign-ins.
      step = "forged addresses";
      const forger = await browser.newPage();
      let refused = false;
      for (let attempt = 1; attempt <= 6; attempt++) {
        await forger.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt}` });
        await forger.goto(`${siteUrl}/admin/sign-in`);
        await forger.getByLabel("Email").fill(`nobody-${attempt}-${randomBytes(4).toString("hex")}@example.test`);
        await forger.getByLabel("Password").fill("not the password");
        await forger.getByRole("button", { name: "Sign in" }).click();
        await forger.getByText(/Wrong email or password\.|Too many attempts\./).waitFor();
        refused = await forger.getByText("Too many attempts.").isVisible();
      }
      check(refused, "six sign-in failures, each with a new X-Forwarded-For, were not stopped by the per-address limit");
    } finally {
      await browser.close();
    }

    step = "request log";
    // One JSON line per request on stdout, for a deployment's log collector (scripts/logger.ts).
    const probe = `/log-probe-${randomBytes(4).toString("hex")}`;
    for (let count = 0; count < 3; count++) await fetchPage(`${siteUrl}${probe}?q=private`);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const logged = output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`${step}: a log line is not JSON: ${line}`);
        }
      });
    const probes = logged.filter((entry) => entry.path === probe);
    check(
      probes.length === 3 && probes.every((entry) => entry.status === 404 && typeof entry.durationMs === "number"),
      `not one JSON line per request to ${probe}:\n${output()}`,
    );
    check(logged.some((entry) => entry.path === "/" && entry.pageCache === "HIT"), "the log does not say the page cache answered /");
    check(!output().includes("q=private"), "the log shows a query string");
    check(!output().includes(invitation.split("/").pop()!), "the log shows the invitation's token");

    step = "port taken";
    const second = await runCommand("npm", ["start"], { cwd: deployDir, env: production, timeoutMs: 60_000 });
    check(second.code !== 0, "a second npm start on the same port did not fail");
    check(/already in use/.test(second.output), `a second npm start did not say why:\n${second.output}`);
    check(!second.output.includes("Newsroom is running"), "a second npm start said the site runs");
    stopGroup(server);

    step = "database down";
    console.log(`[${elapsed()}] /readyz with the database down`);
    const downPort = await freePort();
    const downSite = `http://localhost:${downPort}`;
    const deadDatabase = `postgresql://newsroom:unused@127.0.0.1:${await freePort()}/newsroom`;
    const { server: downServer } = await startServer(deployDir, {
      ...production,
      PORT: String(downPort),
      SITE_URL: downSite,
      DATABASE_URL: deadDatabase,
    });
    const downHealth = await fetchPage(`${downSite}/healthz`);
    check(downHealth.status === 200, `/healthz answered ${downHealth.status} with the database down`);
    const downReady = await fetchPage(`${downSite}/readyz`);
    check(downReady.status === 503, `/readyz answered ${downReady.status} with the database down`);
    stopGroup(downServer);

    // Shutdown with requests in flight, and a database that goes away and comes back (faults.ts).
    step = "faults";
    await checkFaults({ deployDir, env: production, log: (message) => console.log(`[${elapsed()}] ${message}`) });
    step = "laptop faults";
    await checkLaptopFaults({ distDir: DIST_DIR, log: (message) => console.log(`[${elapsed()}] ${message}`) });

    console.log(`[${elapsed()}] The production path works.`);
  } finally {
    for (const child of started) stopGroup(child);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch((error: unknown) => {
      console.error(`Could not drop ${databaseName}:`, error);
    });
    await admin.end();
    rmSync(deployDir, { recursive: true, force: true });
    if (!process.env.KEEP_PRODUCTION_BUILD)
      rmSync(path.join(projectRoot, DIST_DIR), { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

/**
 * `npm run bench:crash`: does an acknowledged save survive kill -9? Not part
 * of `npm test`. It starts a PostgreSQL of its own (embedded, in a temporary
 * folder) and the built production server, and has editors save and publish
 * stories over HTTP, as their browsers do, without pause. Meanwhile it kills
 * the web process and PostgreSQL in turn with SIGKILL, restarts what it
 * killed (PostgreSQL on the same data folder), waits until an editor's save
 * succeeds again (the site recovered by itself), lets the saves run a moment
 * more so that the next kill lands among them, and kills again. At the end it
 * checks, in the database:
 *   - every save an editor was told succeeded is there: the revision the
 *     save made, with the editor's headline and text;
 *   - every publication an editor was told succeeded is there;
 *   - each story's versions are contiguous: every version from 1 to the
 *     story's own is accounted for by exactly one revision (a save) or one
 *     status change in the audit log (which makes no revision), and no two
 *     revisions share a version.
 * It prints the figure, and exits non-zero if anything acknowledged is lost
 * or a story's versions have a gap.
 *
 *   --cycles N       kills, alternating web and PostgreSQL (100)
 *   --editors N      editors saving at once (2)
 *   --reuse-build    use the build in NEXT_DIST_DIR as it is, instead of building first
 *   --minutes M      start no cycle after M minutes, however many are left (no limit)
 *   NEXT_DIST_DIR    the build folder (.next-crash)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { hashPassword } from "../lib/people/passwords";
import { buildSite } from "../scripts/build-site";
import { ensureDatabaseExists, freePort, migrate, projectRoot, startEmbedded } from "../scripts/postgres";
import { productionServerArgs, productionServerEnv } from "../scripts/server-command";
import { waitUntilAnswering } from "../scripts/server-readiness";
import { autosavedVersion, EditorSession, formMessage, serverActionIds, type ActionAnswer } from "./crash-editor";

const { values: options } = parseArgs({
  options: {
    cycles: { type: "string", default: "100" },
    editors: { type: "string", default: "2" },
    "reuse-build": { type: "boolean", default: false },
    minutes: { type: "string" },
  },
});
const CYCLES = Number(options.cycles);
const EDITORS = Number(options.editors);
const DEADLINE = options.minutes ? Date.now() + Number(options.minutes) * 60_000 : Infinity;
const distDir = process.env.NEXT_DIST_DIR ?? ".next-crash";
/** Saves after the site recovered and before the next kill, so that each kill lands while saves are in flight. */
const TRAFFIC_MS = { min: 500, max: 2_500 };
/** How long the site has to take a save again after a restart before the run counts it as not recovered. */
const RECOVERY_LIMIT_MS = 120_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsed = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- processes

/** Whether `pid` still runs (a zombie, killed and waiting to be reaped, does not). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/** `pid` and every process below it. */
function processTree(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the 4th field, after the name in parentheses (which may hold spaces).
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // It ended while we looked.
    }
  }
  const tree = [pid];
  for (let index = 0; index < tree.length; index++) tree.push(...(parents.get(tree[index]!) ?? []));
  return tree;
}

/** kill -9 of a process started here and everything below it, as a power cut would; resolves once all are gone. */
async function killHard(pid: number) {
  const tree = processTree(pid);
  for (const each of tree) {
    try {
      process.kill(each, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
  while (tree.some(isRunning)) await sleep(20);
}

type Database = { dataDir: string; port: number; url: string; serverUrl: string; pid: number; stop: () => Promise<void> };

async function startDatabase(dataDir: string, port: number): Promise<Database> {
  const server = await startEmbedded({ dataDir, port, persistent: true, quiet: true });
  // The postmaster; its backends are its children.
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  return { dataDir, port, serverUrl: server.serverUrl, url: `${server.serverUrl}/newsroom`, pid, stop: server.stop };
}

// ---------------------------------------------------------------- the editors

type AcknowledgedSave = { storyId: string; version: number; headline: string; bodyText: string; how: "create" | "save" | "autosave" };

const record = {
  acknowledgedSaves: [] as AcknowledgedSave[],
  acknowledgedPublishes: new Set<string>(),
  attempts: 0,
  refused: new Map<string, number>(),
  failed: new Map<string, number>(),
};

function countOutcome(answer: ActionAnswer) {
  if (answer.kind === "failed") record.failed.set(answer.reason, (record.failed.get(answer.reason) ?? 0) + 1);
  if (answer.kind === "state") {
    const message = formMessage(answer.payload) ?? "(no message)";
    record.refused.set(message, (record.refused.get(message) ?? 0) + 1);
  }
}

/**
 * One editor's stream: a new story, saved by hand and by autosave while it is
 * a draft, published, then corrected; then the next story. After any save or
 * publication whose answer did not come, the editor reloads the story (here:
 * reads its version from the database) and goes on.
 */
async function editorAtWork(editor: number, session: EditorSession, state: pg.Pool, stopped: () => boolean) {
  let sequence = 0;
  const newText = () => {
    sequence++;
    const mark = `${editor}-${sequence}-${randomBytes(3).toString("hex")}`;
    return { headline: `Crash test ${mark}`, bodyText: `Save ${mark}: the harbour reopened at dawn, and the ferries ran again.` };
  };
  const formFields = (text: { headline: string; bodyText: string }, version: number) => ({
    headline: text.headline,
    slug: "",
    dek: "",
    body: text.bodyText,
    sectionId: "",
    tags: "",
    version: String(version),
  });
  /** What the editor learns on reloading the page, once the site answers again. */
  const reload = async (storyId: string): Promise<{ version: number; status: string }> => {
    for (;;) {
      try {
        const { rows } = await state.query<{ version: number; status: string }>(
          'SELECT version, status FROM "Story" WHERE id = $1',
          [storyId],
        );
        return rows[0]!;
      } catch {
        await sleep(250);
      }
    }
  };
  const pause = () => sleep(100 + Math.random() * 200);

  while (!stopped()) {
    // A new story: its id comes back in the redirect to its edit page.
    const first = newText();
    record.attempts++;
    const created = await session.post("/admin/stories/new", "lib/actions/stories.ts#saveStoryAction", formFields(first, 0));
    const storyId = created.kind === "redirect" ? /^\/admin\/stories\/([^/?]+)\?notice=saved$/.exec(created.location)?.[1] : undefined;
    if (!storyId) {
      countOutcome(created);
      await pause();
      continue;
    }
    record.acknowledgedSaves.push({ storyId, version: 1, ...first, how: "create" });
    let version = 1;
    let status = "draft";
    const steps = ["autosave", "save", "autosave", "publish", "save", "save"] as const;
    for (let step = 0; step < steps.length && !stopped(); ) {
      const kind = steps[step]!;
      const editPage = `/admin/stories/${storyId}`;
      let answer: ActionAnswer;
      record.attempts++;
      if (kind === "publish") {
        answer = await session.post(editPage, "lib/actions/workflow.ts#publishStoryAction", { storyId });
        if (answer.kind === "redirect" && answer.location.endsWith("?notice=published")) {
          record.acknowledgedPublishes.add(storyId);
          version++;
          status = "published";
          step++;
          await pause();
          continue;
        }
      } else if (kind === "autosave" && status === "draft") {
        const text = newText();
        answer = await session.post(editPage, "lib/actions/stories.ts#autosaveStoryAction", { ...formFields(text, version), storyId });
        const saved = answer.kind === "state" ? autosavedVersion(answer.payload) : undefined;
        if (saved !== undefined) {
          record.acknowledgedSaves.push({ storyId, version: saved, ...text, how: "autosave" });
          version = saved;
          step++;
          await pause();
          continue;
        }
      } else {
        const text = newText();
        answer = await session.post(editPage, "lib/actions/stories.ts#saveStoryAction", { ...formFields(text, version), storyId });
        if (answer.kind === "redirect" && answer.location === `${editPage}?notice=saved`) {
          version++;
          record.acknowledgedSaves.push({ storyId, version, ...text, how: "save" });
          step++;
          await pause();
          continue;
        }
      }
      // Not acknowledged: it may or may not have happened. Reload, and go on from what is stored.
      countOutcome(answer);
      await sleep(answer.kind === "failed" ? 250 : 100);
      ({ version, status } = await reload(storyId));
      if (kind === "publish" && status === "published") step++;
    }
  }
}

async function createEditor(url: string, index: number) {
  const account = { id: randomUUID(), email: `crash-editor-${index}@newsroom.test`, password: randomBytes(12).toString("base64url") };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", role, "createdAt", "updatedAt") VALUES ($1, $2, $3, true, 'editor', now(), now())`,
      [account.id, `Crash Editor ${index}`, account.email],
    );
    await client.query(
      `INSERT INTO "Account" (id, "accountId", "providerId", "userId", password, "createdAt", "updatedAt") VALUES ($1, $2, 'credential', $2, $3, now(), now())`,
      [randomUUID(), account.id, await hashPassword(account.password)],
    );
  } finally {
    await client.end();
  }
  return account;
}

// ---------------------------------------------------------------- the check

type StoryCheck = { id: string; version: number; status: string; revisionVersions: number[]; statusChanges: number };

async function check(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: revisions } = await client.query<{ storyId: string; version: number; headline: string; bodyText: string }>(
      'SELECT "storyId", version, headline, "bodyText" FROM "Revision"',
    );
    const stored = new Map(revisions.map((revision) => [`${revision.storyId}@${revision.version}`, revision]));
    const lost = record.acknowledgedSaves.filter((save) => {
      const revision = stored.get(`${save.storyId}@${save.version}`);
      return !revision || revision.headline !== save.headline || revision.bodyText.trim() !== save.bodyText;
    });

    // A status change (lib/newsroom/workflow.ts, lib/newsroom/scheduler.ts) bumps the version with an audit entry naming
    // where the story went from and to, and no revision; a revision restored from the history is audited
    // as a save with its own revision, so it does not count here.
    const { rows: stories } = await client.query<StoryCheck>(`
      SELECT s.id, s.version, s.status::text AS status,
        COALESCE((SELECT array_agg(r.version ORDER BY r.version) FROM "Revision" r WHERE r."storyId" = s.id), '{}') AS "revisionVersions",
        (SELECT count(*)::int FROM "AuditEntry" a WHERE a."storyId" = s.id AND a.details ? 'from' AND a.details ? 'to') AS "statusChanges"
      FROM "Story" s`);
    const notContiguous = stories.filter(({ version, revisionVersions, statusChanges }) => {
      const distinct = new Set(revisionVersions).size === revisionVersions.length;
      const inRange = revisionVersions.every((each) => each >= 1 && each <= version);
      return !distinct || !inRange || !revisionVersions.includes(1) || revisionVersions.length + statusChanges !== version;
    });
    const byId = new Map(stories.map((story) => [story.id, story]));
    const unpublished = [...record.acknowledgedPublishes].filter((id) => byId.get(id)?.status !== "published");
    return { lost, notContiguous, unpublished, stories: stories.length, revisions: revisions.length };
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------- the run

type Run = {
  started: number;
  /** From each kill until what was killed answers again. */
  downtime: { web: number[]; postgres: number[] };
  /** From each kill until an editor's save is acknowledged again. */
  recovery: number[];
  notRecovered: number;
  webExitsUnasked: number;
  webLogPath: string;
};

function report(result: Awaited<ReturnType<typeof check>>, run: Run) {
  const logLines = readFileSync(run.webLogPath, "utf8").split("\n").filter(Boolean);
  const notJson = logLines.filter((line) => {
    try {
      JSON.parse(line);
      return false;
    } catch {
      return true;
    }
  });
  const median = (values: number[]) => (values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! / 1000 : 0);
  const count = (how: AcknowledgedSave["how"]) => record.acknowledgedSaves.filter((save) => save.how === how).length;
  const { web, postgres } = run.downtime;
  console.log(`
Crash safety, ${new Date().toISOString().slice(0, 10)}, ${elapsed(run.started)}, ${EDITORS} editors:
  cycles                    ${web.length + postgres.length} (kill -9 of the web server ${web.length}, of PostgreSQL ${postgres.length}); answering again after a median ${median(web).toFixed(1)} s and ${median(postgres).toFixed(1)} s
  saving again              a median ${median(run.recovery).toFixed(1)} s after a kill (longest ${(Math.max(0, ...run.recovery) / 1000).toFixed(1)} s); not within ${RECOVERY_LIMIT_MS / 1000} s: ${run.notRecovered}
  saves acknowledged        ${record.acknowledgedSaves.length} (${count("create")} new stories, ${count("save")} saves, ${count("autosave")} autosaves), of ${record.attempts} saves and publications sent (with retries while a server was down)
  publications acknowledged ${record.acknowledgedPublishes.size}
  lost                      ${result.lost.length} saves, ${result.unpublished.length} publications
  non-contiguous            ${result.notContiguous.length} of ${result.stories} stories (${result.revisions} revisions)
  web exits not caused here ${run.webExitsUnasked}
  web log                   ${logLines.length} lines, ${notJson.length} not JSON (${run.webLogPath})`);
  const top = (counts: Map<string, number>) =>
    [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([what, times]) => `    ${times} × ${what}`).join("\n");
  if (record.refused.size) console.log(`  not acknowledged, with a message to the editor:\n${top(record.refused)}`);
  if (record.failed.size) console.log(`  not acknowledged, no answer:\n${top(record.failed)}`);
  for (const save of result.lost.slice(0, 10)) console.log(`  LOST: ${save.how} of story ${save.storyId}, version ${save.version}`);
  for (const story of result.notContiguous.slice(0, 10)) {
    console.log(
      `  NOT CONTIGUOUS: story ${story.id} at version ${story.version}: revisions ${story.revisionVersions.join(",")}, ${story.statusChanges} status changes`,
    );
  }
  return result.lost.length + result.unpublished.length + result.notContiguous.length + run.notRecovered === 0;
}

async function main() {
  const started = Date.now();
  const buildFolder = path.join(projectRoot, distDir);
  if (!options["reuse-build"] || !existsSync(path.join(buildFolder, "newsroom-server.mjs"))) {
    console.log(`Building into ${distDir}…`);
    await buildSite({ NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" });
  }
  const actionIds = serverActionIds(buildFolder);
  const dataDir = mkdtempSync(path.join(tmpdir(), "newsroom-crash-db-"));
  const logDir = mkdtempSync(path.join(tmpdir(), "newsroom-crash-log-"));
  const webLogPath = path.join(logDir, "web.log");
  const webLog = openSync(webLogPath, "a");
  let database: Database | undefined;
  let web: ChildProcess | undefined;
  let state: pg.Pool | undefined;
  let succeeded = false;
  try {
    database = await startDatabase(dataDir, await freePort());
    await ensureDatabaseExists(database.serverUrl, "newsroom");
    await migrate(database.url);
    const accounts = [];
    for (let index = 1; index <= EDITORS; index++) accounts.push(await createEditor(database.url, index));

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const webEnv = {
      ...process.env,
      ...productionServerEnv,
      NODE_ENV: "production" as const,
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: database.url,
      SITE_URL: origin,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"),
      PORT: String(port),
      HOST: "127.0.0.1",
      MEDIA_ROOT: path.join(logDir, "media"),
      LOG_FORMAT: "json",
    };
    const startWeb = async () => {
      const child = spawn(process.execPath, productionServerArgs(distDir), { cwd: projectRoot, env: webEnv, stdio: ["ignore", webLog, webLog] });
      web = child;
      if (!(await waitUntilAnswering(port, "127.0.0.1", child, 120_000))) throw new Error(`The web server did not start: see ${webLogPath}`);
    };
    const webIsDown = () => !web || web.exitCode !== null || web.signalCode !== null;
    const killedHere = new WeakSet<ChildProcess>();
    let webExitsUnasked = 0;
    await startWeb();

    // The harness's own view of the database, to follow an editor's story after an unanswered request.
    state = new pg.Pool({ connectionString: database.url, max: 2, connectionTimeoutMillis: 2_000 });
    state.on("error", () => {
      // A connection PostgreSQL's death closed: the pool opens another.
    });
    const sessions = [];
    for (const account of accounts) {
      const session = new EditorSession(origin, actionIds);
      await session.signIn(account.email, account.password);
      sessions.push(session);
    }
    console.log(`Ready in ${elapsed(started)}: ${EDITORS} editors saving on ${origin}; ${CYCLES} kill -9 cycles.`);

    let stopped = false;
    const pool = state;
    const editors = sessions.map((session, index) => editorAtWork(index + 1, session, pool, () => stopped));
    const downtime = { web: [] as number[], postgres: [] as number[] };
    const recovery: number[] = [];
    let notRecovered = 0;
    try {
      for (let cycle = 1; cycle <= CYCLES && Date.now() < DEADLINE; cycle++) {
        await sleep(TRAFFIC_MS.min + Math.random() * (TRAFFIC_MS.max - TRAFFIC_MS.min));
        if (webIsDown() && web && !killedHere.has(web)) {
          // The server ended though nothing here killed it: a finding, and it must come back for the run to go on.
          webExitsUnasked++;
          console.log(`  the web server had exited by itself (${web.exitCode ?? web.signalCode}); restarting it`);
          await startWeb();
        }
        const target = cycle % 2 === 1 ? "web" : "postgres";
        const killedAt = Date.now();
        if (target === "web") {
          killedHere.add(web!);
          await killHard(web!.pid!);
          await startWeb();
          downtime.web.push(Date.now() - killedAt);
        } else {
          await killHard(database.pid);
          database = await startDatabase(dataDir, database.port);
          downtime.postgres.push(Date.now() - killedAt);
        }
        const acknowledgedBefore = record.acknowledgedSaves.length;
        const back = Date.now();
        while (record.acknowledgedSaves.length === acknowledgedBefore && Date.now() - back < RECOVERY_LIMIT_MS) await sleep(50);
        if (record.acknowledgedSaves.length === acknowledgedBefore) notRecovered++;
        else recovery.push(Date.now() - killedAt);
        console.log(
          `cycle ${cycle}/${CYCLES}: kill -9 ${target}, a save acknowledged again ${elapsed(killedAt)} after the kill; ${record.acknowledgedSaves.length} acknowledged so far`,
        );
      }
    } finally {
      stopped = true;
      // An editor waiting on a dead server gives up after its request's time-out.
      await Promise.all(editors);
    }
    if (webIsDown()) await startWeb();
    succeeded = report(await check(database.url), { started, downtime, recovery, notRecovered, webExitsUnasked, webLogPath });
  } finally {
    await state?.end();
    if (web?.pid) await killHard(web.pid);
    closeSync(webLog);
    if (database) await killHard(database.pid);
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(succeeded ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

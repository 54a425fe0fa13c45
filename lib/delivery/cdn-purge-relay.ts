/**
 * Relays every cache invalidation (lib/delivery/cache-invalidation.ts) to the HTTP
 * caches in front of the site (lib/delivery/cdn-purge.ts), from one web process at a time.
 *
 * Every process learns every invalidation, its own and the others', so any
 * one of them can relay them all; if each did, a write would purge a CDN once
 * per process (CDNs limit purge requests: Cloudflare's free plan allows 5 a
 * minute). The relay is the process that holds a PostgreSQL advisory lock, on
 * a connection of its own: when that process dies or loses the database,
 * PostgreSQL releases the lock and another process takes it within
 * TAKEOVER_MS. The others keep what they learned in the last REPLAY_MS and
 * purge it when they take over, so an invalidation the old relay had not
 * passed on when it went is not lost (purging twice is harmless).
 *
 * The lock needs a session of its own: DATABASE_URL must not be a pooler in
 * transaction mode (PgBouncer's session mode is fine).
 */
import "server-only";
import pg from "pg";
import { subscribeToInvalidations } from "@/lib/delivery/cache-invalidation";
import { configuredPurger } from "@/lib/delivery/cdn-purge";
import { env } from "@/lib/platform/env";

/** The advisory lock's key: any number no other lock of this database uses. */
export const RELAY_LOCK_KEY = 7_460_512_019n;
const TAKEOVER_MS = 5_000;
const HEARTBEAT_MS = 5_000;
const REPLAY_MS = 30_000;
/** Invalidations that arrive this close together go out in one purge. */
const GATHER_MS = 100;

export type RelayOptions = {
  databaseUrl: string;
  purge: (tags: string[]) => Promise<void>;
  subscribe: (listener: (tags: string[]) => void) => () => void;
  lockKey?: bigint;
  takeoverMs?: number;
  heartbeatMs?: number;
  replayMs?: number;
  gatherMs?: number;
  /** Names the lock's connection in pg_stat_activity. */
  applicationName?: string;
};

export type PurgeRelay = {
  /** Whether this process relays now. */
  isRelaying: () => boolean;
  /** Sends what is gathered, lets go of the lock, and stops. */
  stop: () => Promise<void>;
};

/** Tags gathered for `gatherMs`, then purged together, one purge at a time. */
function purgeBatcher(purge: RelayOptions["purge"], gatherMs: number) {
  let gathered = new Set<string>();
  let sending: Promise<void> | null = null;
  let sendTimer: NodeJS.Timeout | undefined;

  const send = async () => {
    sendTimer = undefined;
    while (gathered.size > 0) {
      const tags = [...gathered];
      gathered = new Set();
      await purge(tags).catch((error: unknown) => console.error("CDN purge relay: the purge failed:", error));
    }
    sending = null;
  };
  return {
    add(tags: string[]) {
      for (const tag of tags) gathered.add(tag);
      if (sending || sendTimer) return;
      sendTimer = setTimeout(() => (sending = send()), gatherMs);
    },
    /** Sends what is gathered now, and waits for the purges under way. */
    async flush() {
      if (sendTimer) {
        clearTimeout(sendTimer);
        sending = send();
      }
      await sending;
    },
  };
}

/** The invalidations of the last `replayMs`: what a process that takes over purges again. */
function recentInvalidations(replayMs: number) {
  const recent: { at: number; tags: string[] }[] = [];
  return {
    add(tags: string[]) {
      const now = Date.now();
      recent.push({ at: now, tags });
      while (recent[0] && recent[0].at < now - replayMs) recent.shift();
    },
    all: () => recent.map(({ tags }) => tags),
  };
}

/** A connection of the lock's own, failing fast when the database does not answer. */
const lockConnection = (databaseUrl: string, applicationName: string, heartbeatMs: number) =>
  new pg.Client({
    connectionString: databaseUrl,
    application_name: applicationName,
    keepAlive: true,
    connectionTimeoutMillis: heartbeatMs,
    query_timeout: heartbeatMs,
  });

/** The options, with the defaults above for those not given. */
const relaySettings = (options: RelayOptions): Required<RelayOptions> => ({
  ...options,
  lockKey: options.lockKey ?? RELAY_LOCK_KEY,
  takeoverMs: options.takeoverMs ?? TAKEOVER_MS,
  heartbeatMs: options.heartbeatMs ?? HEARTBEAT_MS,
  replayMs: options.replayMs ?? REPLAY_MS,
  gatherMs: options.gatherMs ?? GATHER_MS,
  applicationName: options.applicationName ?? "newsroom purge relay",
});

/** Takes the relay's lock if no other session holds it. */
async function tryLock(connection: pg.Client, lockKey: bigint): Promise<boolean> {
  const { rows } = await connection.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [
    lockKey.toString(),
  ]);
  return rows[0]?.locked === true;
}

export function createPurgeRelay(options: RelayOptions): PurgeRelay {
  const { databaseUrl, purge, subscribe, lockKey, takeoverMs, heartbeatMs, replayMs, gatherMs, applicationName } =
    relaySettings(options);

  let stopped = false;
  let relaying = false;
  let client: pg.Client | null = null;
  let timer: NodeJS.Timeout | undefined;
  let reported = false;
  const recent = recentInvalidations(replayMs);
  const outgoing = purgeBatcher(purge, gatherMs);

  const unsubscribe = subscribe((tags) => {
    if (stopped) return;
    recent.add(tags);
    if (relaying) outgoing.add(tags);
  });

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void step(), delay);
  };

  /** Closes a lock connection: PostgreSQL releases the lock with it. */
  const drop = async (which: pg.Client) => {
    if (client !== which) return;
    client = null;
    if (relaying) console.log("CDN purge relay: this process no longer relays.");
    relaying = false;
    await which.end().catch(() => {});
  };

  /**
   * Standing by: tries for the lock. Relaying: checks that the connection
   * holding it still answers. One step at a time, each scheduling the next.
   */
  const step = async () => {
    let current = client;
    try {
      if (!current) {
        const connecting = lockConnection(databaseUrl, applicationName, heartbeatMs);
        // The database dropped the connection, and the lock with it.
        connecting.on("error", () => void drop(connecting));
        client = current = connecting;
        await connecting.connect();
      }
      if (relaying) {
        await current.query("SELECT 1");
      } else {
        const locked = await tryLock(current, lockKey);
        if (locked && client === current && !stopped) {
          relaying = true;
          console.log("CDN purge relay: this process relays cache invalidations to the HTTP caches in front.");
          // What the last relay may not have passed on before it went.
          for (const tags of recent.all()) outgoing.add(tags);
        }
      }
      if (reported) console.log("CDN purge relay: back in touch with the database.");
      reported = false;
    } catch (error) {
      if (!reported && !stopped) console.error("CDN purge relay: the database does not answer; trying again:", error);
      reported = true;
      if (current) await drop(current);
    }
    schedule(relaying ? heartbeatMs : takeoverMs);
  };

  void step();

  return {
    isRelaying: () => relaying,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await outgoing.flush();
      if (client) await drop(client);
    },
  };
}

/**
 * Starts relaying this process's invalidations to the HTTP caches lib/platform/env.ts
 * names, when it is the relay (see above). Nothing is started when none is
 * named. Returns how to stop, for lib/platform/health.ts's onShutdown.
 */
export function startPurgeRelay(): () => Promise<void> {
  if (configuredPurger.targets === 0) return async () => {};
  const relay = createPurgeRelay({
    databaseUrl: env.DATABASE_URL,
    purge: configuredPurger,
    subscribe: subscribeToInvalidations,
  });
  return relay.stop;
}

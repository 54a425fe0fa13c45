/**
 * The production web server (`npm start` runs it): Next.js behind the page
 * cache of scripts/page-cache.ts, with every response compressed for browsers
 * that accept it.
 *
 * A reader page (cacheKeyFor) is answered from the page cache while it is
 * fresh and none of its cache tags was invalidated since its render began.
 * Otherwise Next.js renders it into memory (light-my-request: a request
 * object made here, so nothing of Next.js's own response is touched), and
 * it is kept if HTTP allows, with its tags, which every response also names
 * in Surrogate-Key for HTTP caches further out (Varnish, a CDN). Readers
 * asking for the same page at once share one render; a page past its
 * lifetime but within stale-while-revalidate is served while one render
 * makes the new one in the background. Everything else (the newsroom, form
 * posts, client navigations, the build's files) goes to Next.js as it comes.
 *
 * Next.js renders on one thread, so rendering many pages at once is no
 * faster than a few at a time, only heavier on memory: each render leaves
 * work and streams behind that the garbage collector frees only once the
 * renders around it are done. Measured here at 100,000 stories, 64 readers
 * each asking for a page never rendered, heap capped at 160 MB: 8 at once
 * rendered 17 pages a second and ran out of memory within a minute (on
 * Node 20 and 22 alike); 4 rendered 43 a second, the heap swinging between
 * 93 and 123 MB; 2 rendered 46 to 55 a second, steady near 95 MB; 1, 37.
 * Requests beyond MAX_RENDERS wait their turn, in order (p-queue; the
 * build's static files never wait), and one that waited RENDER_WAIT_MS gets
 * a 503 with Retry-After.
 *
 *   PORT             where to listen (3000)
 *   HOST             the address to listen on (every interface)
 *   PAGE_CACHE_MB    memory for cached pages (64); 0 turns the cache off
 *   MAX_RENDERS      requests Next.js works on at once (2)
 *   RENDER_WAIT_MS   how long a request may wait for its turn (10000)
 *   TRUST_PROXY      how many proxies in front are trusted to say who the client is (0)
 *   SHUTDOWN_TIMEOUT_MS, LOG_FORMAT, LOG_LEVEL: see scripts/graceful-shutdown.ts, scripts/logger.ts
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import path from "node:path";
import { constants as zlib } from "node:zlib";
import compression from "compression";
import next from "next";
import { z } from "zod";
import inject from "light-my-request";
import PQueue from "p-queue";
import { tagsOfPage } from "../lib/delivery/cache-handler.mjs";
import { cacheKeyFor, isNotModified, PageCache, tagHeaders, type CachedPage } from "./page-cache";
import { gracefulShutdown } from "./graceful-shutdown";
import { forwardedFrom, isUnreadableAddress, UNREADABLE_ADDRESS_MESSAGE, UNREADABLE_ADDRESS_PAGE } from "../lib/platform/request-guard";
import { createLogger, LOG_FORMATS, LOG_LEVELS, loggedPath, logRequest, routeConsoleTo } from "./logger";

const log = createLogger();
const requestLog = createLogger(process.env, undefined, { redact: false });
routeConsoleTo(log);

const parsed = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    PAGE_CACHE_MB: z.coerce.number().min(0, "PAGE_CACHE_MB must be 0 or more").default(64),
    MAX_RENDERS: z.coerce.number().int().min(1, "MAX_RENDERS must be 1 or more").default(2),
    RENDER_WAIT_MS: z.coerce.number().int().min(1, "RENDER_WAIT_MS must be 1 or more").default(10_000),
    TRUST_PROXY: z.coerce.number().int().min(0, "TRUST_PROXY must be 0 or more").max(10).default(0),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0, "SHUTDOWN_TIMEOUT_MS must be 0 or more").max(600_000).default(25_000),
    LOG_FORMAT: z.enum(LOG_FORMATS).optional(),
    LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  })
  .safeParse(process.env);
if (!parsed.success) {
  log.error(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n"));
  process.exit(1);
}
const config = parsed.data;

const cache = new PageCache(config.PAGE_CACHE_MB * 1024 * 1024);
// Cloudflare reads a page's tags from Cache-Tag; it is sent only when Cloudflare is named (lib/delivery/cdn-purge.ts).
const cloudflareInFront = Boolean(process.env.CLOUDFLARE_ZONE_ID);

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: config.HOST ?? "localhost", port: config.PORT });
// Reader pages the cache does not keep (errors, pages without tags) are
// compressed as they are sent: a small brotli window keeps each
// stream's memory small (the default reserves a 4 MB window per response).
const compress = compression({
  brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_LGWIN]: 18 } },
});

type Handle = ReturnType<typeof app.getRequestHandler>;

/** A 503 that says when to come back: the server is busy or the database is away. */
const RETRY_AFTER_SECONDS = 5;
function answerBusy(response: ServerResponse) {
  if (response.headersSent) return response.end();
  response.writeHead(503, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(RETRY_AFTER_SECONDS),
  });
  response.end("The site is very busy. Try again in a few seconds.");
}

const renders = new PQueue({ concurrency: config.MAX_RENDERS });
const BUSY = Symbol("busy");
/** Turns given and refused since the start, for the log's minute report. */
const turns = { given: 0, refused: 0 };

/**
 * Runs `work` in its turn, or gives BUSY if the turn did not come within
 * RENDER_WAIT_MS (the work then never starts). Each task runs in the async
 * context of the request that queued it (p-queue keeps it), not of the one
 * whose end gave it its turn.
 */
function inTurn<T>(work: () => Promise<T>): Promise<T | typeof BUSY> {
  let gaveUp = false;
  let timer: NodeJS.Timeout | undefined;
  const waited = new Promise<typeof BUSY>((resolve) => {
    timer = setTimeout(() => {
      gaveUp = true;
      turns.refused++;
      resolve(BUSY);
    }, config.RENDER_WAIT_MS);
  });
  const turn = renders.add(async () => {
    clearTimeout(timer);
    if (gaveUp) return BUSY;
    turns.given++;
    return work();
  }) as Promise<T | typeof BUSY>;
  return Promise.race([turn, waited]);
}

/** Sends a stored page: a 304 when the reader has it already, else the body in the encoding they prefer. */
function answerFromCache(request: IncomingMessage, response: ServerResponse, page: CachedPage, state: "HIT" | "MISS") {
  const headers = cache.headersFor(page);
  // Set, not only written: the request log reads it (scripts/logger.ts).
  response.setHeader("x-page-cache", state);
  if (page.status === 200 && isNotModified(page, request.headers["if-none-match"])) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const { encoding, body } = cache.bodyFor(page, request.headers["accept-encoding"]);
  if (encoding !== "identity") headers.push("content-encoding", encoding);
  headers.push("content-length", String(body.length));
  response.writeHead(page.status, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

type Rendered = { status: number; headers: OutgoingHttpHeaders; body: Buffer; page?: CachedPage };

/** The cache tags a response names (route handlers send them), or those Next.js rendered the page with. */
function tagsOf(key: string, headers: OutgoingHttpHeaders): string[] {
  const named = headers["surrogate-key"];
  if (typeof named === "string") return named.split(/\s+/).filter(Boolean);
  const path = new URL(key, "http://localhost").pathname;
  return tagsOfPage(path === "/" ? "/index" : path) ?? tagsOfPage(path) ?? [];
}

/** Reader pages being rendered, by key: readers asking at once share one render. */
const rendering = new Map<string, Promise<Rendered | typeof BUSY>>();

/** Has Next.js render a reader page into memory, in turn, and keeps it if it may. */
function renderReaderPage(request: IncomingMessage, key: string, handle: Handle): Promise<Rendered | typeof BUSY> {
  const already = rendering.get(key);
  if (already) return already;
  const headers = { ...request.headers, "accept-encoding": "identity" };
  // The render is of the page itself, for everyone: not of what one reader's browser holds.
  delete headers["if-none-match"];
  delete headers["if-modified-since"];
  const render = inTurn(async (): Promise<Rendered> => {
    const renderedFrom = Date.now();
    const made = await inject((req, res) => void handle(req, res), {
      method: "GET",
      url: key,
      headers,
      remoteAddress: request.socket.remoteAddress,
    });
    const sent: OutgoingHttpHeaders = { ...made.headers };
    const tags = tagsOf(key, sent);
    Object.assign(sent, tagHeaders(tags, { cloudflare: cloudflareInFront }));
    const page = cache.store(request, key, renderedFrom, made.statusCode, sent, made.rawPayload, tags);
    return { status: made.statusCode, headers: sent, body: made.rawPayload, page };
  }).finally(() => rendering.delete(key));
  rendering.set(key, render);
  return render;
}

async function answerReaderPage(request: IncomingMessage, response: ServerResponse, key: string, handle: Handle) {
  const found = cache.lookup(request, key);
  if (found) {
    answerFromCache(request, response, found.page, "HIT");
    if (!found.fresh) renderReaderPage(request, key, handle).catch((error: unknown) => console.error(`Could not render ${key} again:`, error));
    return;
  }
  const rendered = await renderReaderPage(request, key, handle);
  if (request.destroyed) return;
  if (rendered === BUSY) return answerBusy(response);
  if (rendered.page) return answerFromCache(request, response, rendered.page, "MISS");
  // Not kept (an error, a page with no tags, a cookie): sent as Next.js made it, compressed.
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
    const headers = { ...rendered.headers };
    response.setHeader("x-page-cache", "MISS");
    delete headers["content-length"];
    delete headers["transfer-encoding"];
    delete headers.connection;
    response.writeHead(rendered.status, headers);
    response.end(request.method === "HEAD" ? undefined : rendered.body);
  });
}

// Renders wait their turn; the build's files and form posts (whose bodies may
// come slowly) do not hold a turn.
const takesTurn = (request: IncomingMessage) =>
  (request.method === "GET" || request.method === "HEAD") && !(request.url ?? "").startsWith("/_next/static/");

/** Anything but a reader page: to Next.js as it comes (it compresses), a render in its turn. */
function passToNext(request: IncomingMessage, response: ServerResponse, handle: Handle) {
  const toNext = () =>
    new Promise<void>((resolve) => {
      // The turn ends when the response is done, or the reader has gone.
      response.once("finish", resolve);
      response.once("close", resolve);
      handle(request, response).catch((error: unknown) => {
        console.error(`Could not answer ${request.method} ${loggedPath(request.url)}:`, error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end("Something went wrong.");
      });
    });
  if (!takesTurn(request)) return void toNext();
  inTurn(async () => (request.destroyed ? undefined : toNext()))
    .then((outcome) => {
      if (outcome === BUSY) answerBusy(response);
    })
    .catch((error: unknown) => console.error(`Could not answer ${request.method} ${loggedPath(request.url)}:`, error));
}

/**
 * The app reads the client's address from X-Forwarded-For and the site's
 * host from X-Forwarded-Host (lib/platform/request-guard.ts). Only this server knows
 * which of them to believe (TRUST_PROXY), so it rewrites both before Next.js
 * sees the request: a client cannot pick its own address for the sign-in
 * throttle, nor its own host for the Origin check.
 */
function applyProxyTrust(request: IncomingMessage) {
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const { forwardedFor, forwardedHost } = forwardedFrom(
    { forwardedFor: header("x-forwarded-for"), forwardedHost: header("x-forwarded-host") },
    request.socket.remoteAddress,
    config.TRUST_PROXY,
  );
  delete request.headers["x-real-ip"];
  if (forwardedFor) request.headers["x-forwarded-for"] = forwardedFor;
  else delete request.headers["x-forwarded-for"];
  if (forwardedHost) request.headers["x-forwarded-host"] = forwardedHost;
  else delete request.headers["x-forwarded-host"];
}

function handleRequest(request: IncomingMessage, response: ServerResponse, handle: Handle) {
  applyProxyTrust(request);
  // An address no route could read (a broken % escape, a NUL byte): Next.js
  // would quietly re-encode a broken escape in the query, and a handler could
  // trip on the rest. A reader gets the site's 404 page; a form post, a 400.
  if (isUnreadableAddress(request.url ?? "/")) {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
      response.end(UNREADABLE_ADDRESS_MESSAGE);
      return;
    }
    request.url = UNREADABLE_ADDRESS_PAGE;
  }
  const key = cacheKeyFor(request);
  if (!key) return passToNext(request, response, handle);
  answerReaderPage(request, response, key, handle).catch((error: unknown) => {
    console.error(`Could not answer ${request.method} ${loggedPath(request.url)}:`, error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end("Something went wrong.");
  });
}

async function main() {
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    logRequest(requestLog, request, response);
    handleRequest(request, response, handle);
  });
  // Next.js's own error handlers would keep a server that never listens alive: a taken port ends the process.
  server.on("error", (error) => {
    log.error(`Cannot listen on port ${config.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    const where = config.HOST ?? "every interface";
    log.info(`Serving on port ${config.PORT} (${where}), page cache ${config.PAGE_CACHE_MB} MB`);
  });

  // What the page cache did in the last minute, for whoever reads the logs (nothing when it did nothing).
  let counted = { ...cache.stats(), ...turns };
  const cacheReport = setInterval(() => {
    const now = { ...cache.stats(), ...turns };
    const hits = now.hits - counted.hits;
    const misses = now.misses - counted.misses;
    if (hits + misses > 0) {
      const minute = {
        pages: now.pages,
        megabytes: Math.round(now.bytes / 1024 / 102.4) / 10,
        hits,
        staleHits: now.staleHits - counted.staleHits,
        misses,
        evictions: now.evictions - counted.evictions,
        renders: now.given - counted.given,
        refused: now.refused - counted.refused,
      };
      log.info(
        { pageCacheMinute: minute },
        `Page cache: ${minute.pages} pages, ${minute.megabytes} MB; in the last minute ${hits} hits ` +
          `(${minute.staleHits} past their lifetime, rendered again), ${misses} misses, ${minute.evictions} dropped for room; ` +
          `${minute.renders} requests handed to Next.js, ${minute.refused} refused (busy)`,
      );
    }
    counted = now;
  }, 60_000);
  cacheReport.unref();

  // Draining: every request in flight is answered before the process exits (scripts/graceful-shutdown.ts).
  const stop = gracefulShutdown(server, {
    timeoutMs: config.SHUTDOWN_TIMEOUT_MS,
    // Once no one is waiting: renders nobody asked for any more are dropped,
    // and those under way (a page refreshed in the background) finish before
    // the database pool closes under them.
    settle: () => {
      renders.clear();
      return renders.onIdle();
    },
  });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  log.error({ err: error }, "The server could not start");
  process.exit(1);
});

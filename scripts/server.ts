/**
 * The production web server (`npm start` runs it): Next.js behind the page
 * cache of lib/page-cache.ts, with every response compressed for browsers
 * that accept it. A reader page Next.js marks as shareable is answered from
 * memory until it expires or a write purges it; everything else goes to Next.js.
 *
 * Next.js renders on one thread, so rendering many pages at once is no
 * faster than a few at a time, only heavier on memory: requests beyond
 * MAX_RENDERS wait their turn, in order (the build's static files never wait).
 *
 *   PORT           where to listen (3000)
 *   HOST           the address to listen on (every interface)
 *   PAGE_CACHE_MB  memory for cached pages (64); 0 turns the cache off
 *   MAX_RENDERS    requests Next.js works on at once (8)
 *   TRUST_PROXY    how many proxies in front are trusted to say who the client is (0)
 *   LOG_FORMAT     json | pretty, LOG_LEVEL (info): see scripts/logger.ts
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import path from "node:path";
import { constants as zlib } from "node:zlib";
import compression from "compression";
import next from "next";
import { z } from "zod";
import { cacheKeyFor, isNotModified, MAX_PAGE_BYTES, PageCache, registerPageCache, type CachedPage } from "../lib/page-cache";
import { gracefulShutdown } from "./graceful-shutdown";
import { forwardedFrom, isUnreadableAddress, UNREADABLE_ADDRESS_MESSAGE, UNREADABLE_ADDRESS_PAGE } from "../lib/request-guard";
import { turnTaker } from "../lib/turns";
import { createLogger, LOG_FORMATS, LOG_LEVELS, logRequest, routeConsoleTo } from "./logger";

const log = createLogger();
routeConsoleTo(log);

const parsed = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).optional(),
    PAGE_CACHE_MB: z.coerce.number().min(0, "PAGE_CACHE_MB must be 0 or more").default(64),
    MAX_RENDERS: z.coerce.number().int().min(1, "MAX_RENDERS must be 1 or more").default(8),
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
registerPageCache(cache);

const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname: config.HOST ?? "localhost", port: config.PORT });
// Streams compressed as they are written: a small brotli window keeps each
// stream's memory small (the default reserves a 4 MB window per response).
const compress = compression({
  brotli: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_LGWIN]: 18 } },
});

function answerFromCache(request: IncomingMessage, response: ServerResponse, page: CachedPage) {
  const age = String(Math.floor((Date.now() - page.storedAt) / 1000));
  const headers: string[] = [];
  for (const [name, value] of page.headers) headers.push(name, value);
  headers.push("age", age, "x-page-cache", "HIT");
  if (isNotModified(page, request.headers["if-none-match"])) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const { encoding, body } = cache.bodyFor(page, request.headers["accept-encoding"]);
  if (encoding !== "identity") headers.push("content-encoding", encoding);
  headers.push("content-length", String(body.length));
  response.writeHead(200, headers);
  response.end(request.method === "HEAD" ? undefined : body);
}

type Chunk = string | Buffer | Uint8Array;
type Write = (chunk: Chunk, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: () => void) => boolean;

/**
 * Hands `onSent` the status, headers and bytes Next.js sent, as Next.js set
 * them: before compression encodes either.
 */
function recordResponse(
  response: ServerResponse,
  onSent: (status: number, headers: OutgoingHttpHeaders, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let sent: { status: number; headers: OutgoingHttpHeaders } | null = null;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const bytes = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > MAX_PAGE_BYTES) {
      tooLarge = true;
      chunks.length = 0;
    } else chunks.push(bytes);
  };

  const writeHead = response.writeHead;
  // writeHead(status, [message], [headers]): the headers given here join those set before.
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const given = args.find((arg, index) => index > 0 && typeof arg === "object" && arg !== null);
    const headers: OutgoingHttpHeaders = { ...this.getHeaders() };
    if (Array.isArray(given)) {
      for (let index = 0; index + 1 < given.length; index += 2) headers[String(given[index]).toLowerCase()] = given[index + 1];
    } else if (given) {
      for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value as OutgoingHttpHeaders[string];
    }
    sent ??= { status: Number(args[0]), headers };
    return (writeHead as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];

  const write = response.write as Write;
  response.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    keep(chunk, rest[0]);
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as ServerResponse["write"];

  const end = response.end;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    keep(args[0], args[1]);
    const result = (end as (...args: unknown[]) => ServerResponse).apply(this, args);
    if (!tooLarge && sent) onSent(sent.status, sent.headers, Buffer.concat(chunks));
    return result;
  } as ServerResponse["end"];
}

/** Surrogate-Control is this server's to read (lib/page-cache.ts), not for browsers or CDNs. */
function hideSurrogateControl(response: ServerResponse) {
  const writeHead = response.writeHead;
  response.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    this.removeHeader("surrogate-control");
    return (writeHead as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse["writeHead"];
}

const takeTurn = turnTaker(config.MAX_RENDERS);
// Renders wait their turn; the build's files and form posts (whose bodies may
// come slowly) do not hold a turn.
const takesTurn = (request: IncomingMessage) =>
  (request.method === "GET" || request.method === "HEAD") && !(request.url ?? "").startsWith("/_next/static/");

/**
 * The app reads the client's address from X-Forwarded-For and the site's
 * host from X-Forwarded-Host (lib/request-guard.ts). Only this server knows
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

function handleRequest(request: IncomingMessage, response: ServerResponse, handle: ReturnType<typeof app.getRequestHandler>) {
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
  if (key) {
    const page = cache.get(key);
    if (page) return answerFromCache(request, response, page);
  }
  const toNext = (done: () => void) => {
    // While it waited, the reader may have left, or another request cached the page.
    if (request.destroyed) return done();
    const cached = key ? cache.get(key) : undefined;
    if (cached) {
      answerFromCache(request, response, cached);
      return done();
    }
    // The turn ends when Next.js has written the page, not when a slow reader has read it.
    const end = response.end;
    response.end = function (this: ServerResponse, ...args: unknown[]) {
      const result = (end as (...args: unknown[]) => ServerResponse).apply(this, args);
      done();
      return result;
    } as ServerResponse["end"];
    response.once("close", done);
    hideSurrogateControl(response);
    // A page made while a write purged the cache may be older than the write: it is not kept.
    const generation = cache.generation;
    compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
      if (key && request.method === "GET") {
        response.setHeader("x-page-cache", "MISS");
        recordResponse(response, (status, headers, body) => cache.storeIfCurrent(generation, key, status, headers, body));
      }
      handle(request, response).catch((error: unknown) => {
        console.error(`Could not answer ${request.method} ${request.url}:`, error);
        if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end("Something went wrong.");
      });
    });
  };
  if (takesTurn(request)) takeTurn(toNext);
  else toNext(() => {});
}

async function main() {
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    logRequest(log, request, response);
    handleRequest(request, response, handle);
  });
  // Next.js's own error handlers would keep a server that never listens alive: a taken port ends the process.
  server.on("error", (error) => {
    log.error(`Cannot listen on port ${config.PORT}: ${error.message}`);
    process.exit(1);
  });
  server.listen(config.PORT, config.HOST, () => {
    // Where code that runs outside a request (the scheduler) reaches this server (lib/reader-cache.ts).
    const loopback = !config.HOST || config.HOST === "0.0.0.0" || config.HOST === "::" ? "127.0.0.1" : config.HOST;
    process.env.INTERNAL_ORIGIN = `http://${loopback.includes(":") ? `[${loopback}]` : loopback}:${config.PORT}`;
    const where = config.HOST ?? "every interface";
    log.info(`Serving on port ${config.PORT} (${where}), page cache ${config.PAGE_CACHE_MB} MB`);
  });

  // Draining: every request in flight is answered before the process exits (scripts/graceful-shutdown.ts).
  const stop = gracefulShutdown(server, { timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  log.error({ err: error }, "The server could not start");
  process.exit(1);
});

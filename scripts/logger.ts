/**
 * The production server's log (scripts/server.ts): on stdout, one JSON line
 * per request and per message, for whatever collects a deployment's logs; or
 * the same entries as short readable lines for a person at a terminal.
 *
 *   LOG_FORMAT  json | pretty: json when NODE_ENV=production, else pretty
 *               (`npm start` on a laptop asks for pretty: scripts/start.ts)
 *   LOG_LEVEL   fatal | error | warn | info | debug | trace | silent (info)
 *
 * A request's entry names what an operator needs and nothing a reader or an
 * editor would not want kept: the method, the path without its query string
 * (search terms, tokens) and with invitation tokens hidden, the status, the
 * time taken, the bytes sent, whether the page cache answered, and an id of
 * its own. Never a header, so never a cookie or an authorization.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { format, stripVTControlCharacters } from "node:util";
import pino, { type DestinationStream, type Logger } from "pino";

export const LOG_FORMATS = ["json", "pretty"] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];
export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

type LogEnv = { LOG_FORMAT?: string; LOG_LEVEL?: string; NODE_ENV?: string };

const isOneOf = <T extends string>(values: readonly T[], value: string | undefined): value is T =>
  values.includes(value as T);

/** An unknown LOG_FORMAT falls back here; the server's configuration check names it. */
export function logFormatFor(env: LogEnv): LogFormat {
  if (isOneOf(LOG_FORMATS, env.LOG_FORMAT)) return env.LOG_FORMAT;
  return env.NODE_ENV === "production" ? "json" : "pretty";
}

/**
 * Fields that must never reach a log, should an error or a message carry
 * them: the request logger itself records no headers and no bodies.
 */
const REDACTED_PATHS = [
  "password",
  "*.password",
  "newPassword",
  "*.newPassword",
  "token",
  "*.token",
  "cookie",
  "authorization",
  "headers.cookie",
  "headers.authorization",
  'headers["set-cookie"]',
  "*.headers.cookie",
  "*.headers.authorization",
  '*.headers["set-cookie"]',
];

/** Paths whose last segment is a secret: whoever holds an invitation link can set the account's password. */
const SECRET_SEGMENTS: RegExp[] = [/^(\/admin\/invite\/)[^/]+/];
const MAX_LOGGED_PATH = 1_000;

/** The path to log: no query string, no secret segment, not endless. */
export function loggedPath(url: string | undefined): string {
  let path = (url ?? "/").split(/[?#]/, 1)[0] || "/";
  for (const secret of SECRET_SEGMENTS) path = path.replace(secret, "$1[redacted]");
  return path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;
}

const PRETTY_LEVELS: Record<string, string> = {
  fatal: "FATAL",
  error: "ERROR",
  warn: "WARN ",
  info: "INFO ",
  debug: "DEBUG",
  trace: "TRACE",
};

const readableBytes = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Entry = Record<string, unknown>;

/** One JSON log entry as a line a person reads: the time, then what happened. */
export function formatPretty(entry: Entry): string {
  const time = typeof entry.time === "string" ? entry.time.slice(11, 23) : "";
  const level = PRETTY_LEVELS[String(entry.level)] ?? String(entry.level).toUpperCase();
  let line: string;
  if (typeof entry.method === "string" && typeof entry.status === "number") {
    const parts = [
      entry.method,
      entry.path,
      entry.status,
      `${String(entry.durationMs)} ms`,
      typeof entry.bytes === "number" ? readableBytes(entry.bytes) : undefined,
      entry.pageCache ? `cache ${String(entry.pageCache)}` : undefined,
      entry.aborted ? "(client left)" : undefined,
    ];
    line = parts.filter((part) => part !== undefined).join(" ");
  } else {
    line = String(entry.msg ?? "");
  }
  const error = entry.err as { stack?: unknown; message?: unknown } | undefined;
  if (error) line += `\n${String(error.stack ?? error.message)}`;
  return `${time} ${level} ${line}\n`;
}

/** Writes each entry pino makes as a readable line. */
function prettyStdout(): DestinationStream {
  return {
    write(line: string) {
      process.stdout.write(formatPretty(JSON.parse(line) as Entry));
    },
  };
}

/**
 * The server's log. `redact: false` is for the request log only, whose
 * entries are made here of known fields (never a header, a body or a query
 * string): redacting every one of them was an eighth of a cached page's CPU.
 */
export function createLogger(
  env: LogEnv = process.env,
  destination?: DestinationStream,
  { redact = true }: { redact?: boolean } = {},
): Logger {
  const format = logFormatFor(env);
  return pino(
    {
      level: isOneOf(LOG_LEVELS, env.LOG_LEVEL) ? env.LOG_LEVEL : "info",
      // Several processes share one collector: the pid tells them apart; the host is the collector's to add.
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Collectors match level names ("error"), not pino's numbers.
      formatters: { level: (label) => ({ level: label }) },
      ...(redact ? { redact: { paths: REDACTED_PATHS, censor: "[redacted]" } } : {}),
    },
    destination ?? (format === "pretty" ? prettyStdout() : pino.destination({ dest: 1, sync: true })),
  );
}

/**
 * Messages written with console (Next.js's own, the app's) go through the
 * log too, at their level: a collector reading JSON lines would otherwise
 * get a multi-line stack trace as a dozen entries that are not JSON.
 */
export function routeConsoleTo(log: Logger) {
  // Libraries colour what they print for a terminal (Better Auth does): a log keeps the text.
  const formatMessage = (...args: unknown[]) => stripVTControlCharacters(format(...args));
  // An error goes under `err`, where its stack is kept whole; the message is the rest, or the error's own.
  const write = (level: "error" | "warn" | "info" | "debug") => (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    if (!error) return log[level](formatMessage(...args));
    const rest = args.filter((arg) => arg !== error);
    log[level]({ err: error }, rest.length ? formatMessage(...rest) : error.message);
  };
  console.error = write("error");
  console.warn = write("warn");
  console.log = write("info");
  console.info = write("info");
  console.debug = write("debug");
}

/**
 * Logs `response` once it is sent (or the client left first), from its
 * events: nothing of the response is replaced or wrapped. Call it first
 * thing for every request.
 */
export function logRequest(log: Logger, request: IncomingMessage, response: ServerResponse) {
  const started = process.hrtime.bigint();
  const socket = request.socket;
  const bytesBefore = socket.bytesWritten;
  const id = randomUUID();
  let logged = false;
  const done = (aborted: boolean) => {
    if (logged) return;
    logged = true;
    // The server sets it on every reader page it answers (scripts/server.ts).
    const pageCache = response.getHeader("x-page-cache");
    const entry = {
      reqId: id,
      method: request.method,
      path: loggedPath(request.url),
      status: response.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 100_000) / 10,
      // On the wire: headers included, after compression.
      bytes: socket.bytesWritten - bytesBefore,
      ...(pageCache === undefined ? {} : { pageCache: String(pageCache) }),
      ...(aborted ? { aborted: true } : {}),
    };
    if (response.statusCode >= 500) log.error(entry, "request");
    else log.info(entry, "request");
  };
  response.once("finish", () => done(false));
  response.once("close", () => done(!response.writableFinished));
}

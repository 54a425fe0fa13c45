import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, formatPretty, logFormatFor, loggedPath, logRequest, routeConsoleTo } from "../../scripts/logger";

/** A logger whose JSON lines land in `lines`. */
function capturingLogger(env: Record<string, string> = { LOG_FORMAT: "json" }, options?: { redact?: boolean }) {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger(
    env,
    { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    options,
  );
  return { log, lines };
}

describe("loggedPath", () => {
  it("keeps the path and drops the query string, whose search terms and tokens are not the log's", () => {
    expect(loggedPath("/search?q=my+neighbour&page=2")).toBe("/search");
    expect(loggedPath("/stories/port-strike#top")).toBe("/stories/port-strike");
    expect(loggedPath(undefined)).toBe("/");
  });

  it("hides an invitation's token, which sets an account's password", () => {
    expect(loggedPath("/admin/invite/3f9a-secret-token")).toBe("/admin/invite/[redacted]");
    expect(loggedPath("/admin/invite/3f9a-secret-token?x=1")).toBe("/admin/invite/[redacted]");
  });

  it("cuts an endless path", () => {
    expect(loggedPath(`/${"a".repeat(5_000)}`).length).toBeLessThanOrEqual(1_001);
  });
});

describe("logFormatFor", () => {
  it("is JSON in production and readable elsewhere, unless LOG_FORMAT says", () => {
    expect(logFormatFor({ NODE_ENV: "production" })).toBe("json");
    expect(logFormatFor({})).toBe("pretty");
    expect(logFormatFor({ NODE_ENV: "production", LOG_FORMAT: "pretty" })).toBe("pretty");
    expect(logFormatFor({ LOG_FORMAT: "json" })).toBe("json");
  });
});

describe("the logger", () => {
  it("writes one JSON line per entry, with the level's name and an ISO time", () => {
    const { log, lines } = capturingLogger();
    log.info("Serving on port 3000");
    log.error(new Error("boom"), "Could not answer");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: "info", msg: "Serving on port 3000" });
    expect(String(lines[0]!.time)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(lines[1]).toMatchObject({ level: "error", msg: "Could not answer", err: { message: "boom" } });
  });

  it("never writes a password, a cookie or an authorization an entry carries", () => {
    const { log, lines } = capturingLogger();
    log.info(
      {
        password: "hunter2hunter2",
        form: { newPassword: "correct horse" },
        headers: { cookie: "session=abc", authorization: "Bearer xyz", "set-cookie": "session=def" },
      },
      "sign-in",
    );
    const written = JSON.stringify(lines);
    for (const secret of ["hunter2hunter2", "correct horse", "session=abc", "Bearer xyz", "session=def"]) {
      expect(written).not.toContain(secret);
    }
  });
});

describe("formatPretty", () => {
  it("reads a request as a line", () => {
    const line = formatPretty({
      level: "info",
      time: "2026-12-02T10:11:12.345Z",
      msg: "request",
      method: "GET",
      path: "/stories/port-strike",
      status: 200,
      durationMs: 3.2,
      bytes: 30_720,
      pageCache: "HIT",
    });
    expect(line).toBe("10:11:12.345 INFO  GET /stories/port-strike 200 3.2 ms 30.0 kB cache HIT\n");
  });

  it("shows an error's stack under its message", () => {
    const line = formatPretty({ level: "error", time: "2026-12-02T10:11:12.345Z", msg: "Could not answer", err: { stack: "Error: boom\n    at x" } });
    expect(line).toBe("10:11:12.345 ERROR Could not answer\nError: boom\n    at x\n");
  });
});

describe("logRequest", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it("logs each request once, with what an operator needs and no header the client sent", async () => {
    // As the server makes its request log: without redaction, which its entries do not need.
    const { log, lines } = capturingLogger({ LOG_FORMAT: "json" }, { redact: false });
    server = createServer((request, response) => {
      logRequest(log, request, response);
      // As the page cache answers (scripts/server.ts): x-page-cache set, the rest handed to writeHead.
      if (request.url?.startsWith("/cached")) {
        response.setHeader("x-page-cache", "HIT");
        response.writeHead(200, ["content-type", "text/html"]);
        response.end("<p>cached</p>");
      } else {
        response.statusCode = 503;
        response.end("down");
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const headers = { cookie: "better-auth.session_token=secret-session", authorization: "Basic c2VjcmV0" };
    await (await fetch(`${origin}/cached/page?q=private+words`, { headers })).text();
    await (await fetch(`${origin}/readyz`, { headers })).text();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(lines).toHaveLength(2);
    const [cached, failed] = lines;
    expect(cached).toMatchObject({ level: "info", msg: "request", method: "GET", path: "/cached/page", status: 200, pageCache: "HIT" });
    expect(cached!.bytes).toBeGreaterThan("<p>cached</p>".length);
    expect(cached!.durationMs).toEqual(expect.any(Number));
    expect(failed).toMatchObject({ level: "error", path: "/readyz", status: 503 });
    expect(failed!.pageCache).toBeUndefined();
    expect(cached!.reqId).not.toBe(failed!.reqId);
    const written = JSON.stringify(lines);
    for (const secret of ["secret-session", "c2VjcmV0", "private"]) expect(written).not.toContain(secret);
  });
});

describe("routeConsoleTo", () => {
  const saved = { ...console };
  afterEach(() => Object.assign(console, saved));

  it("writes console messages as entries at their level, an error's stack under err, without terminal colours", () => {
    const { log, lines } = capturingLogger();
    routeConsoleTo(log);
    console.log("Ready on %d", 3000);
    console.error("Could not answer GET /:", new Error("boom"));
    console.warn(new Error("alone"));
    console.info("\u001b[2m2026-12-02\u001b[0m \u001b[31mERROR\u001b[0m [Better Auth]");
    Object.assign(console, saved);
    expect(lines.map(({ level, msg }) => ({ level, msg }))).toEqual([
      { level: "info", msg: "Ready on 3000" },
      { level: "error", msg: "Could not answer GET /:" },
      { level: "warn", msg: "alone" },
      { level: "info", msg: "2026-12-02 ERROR [Better Auth]" },
    ]);
    expect(String((lines[1]!.err as { stack: string }).stack)).toContain("Error: boom");
  });
});

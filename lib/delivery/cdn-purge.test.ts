import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";

type Received = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
type Answer = { status?: number; type?: string; body?: string; hang?: boolean };

// lib/delivery/cdn-purge.ts reads the process's configuration as it loads (lib/platform/env.ts): give it one.
let purging: typeof import("./cdn-purge");
let loadEnv: typeof import("../platform/env").loadEnv;
beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "postgresql://newsroom@localhost:5432/newsroom");
  vi.stubEnv("BETTER_AUTH_SECRET", "x".repeat(32));
  purging = await import("./cdn-purge");
  ({ loadEnv } = await import("../platform/env"));
  vi.unstubAllEnvs();
});

/** A real HTTP server standing in for Varnish, Fastly's API and Cloudflare's: it keeps what it was sent. */
let server: Server;
let origin: string;
let received: Received[] = [];
let answer: (request: Received) => Answer = () => ({});

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk));
    request.on("end", () => {
      const entry = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body };
      received.push(entry);
      const { status = 200, type = "text/plain", body: text = "ok", hang = false } = answer(entry);
      if (hang) return;
      response.writeHead(status, { "content-type": type });
      response.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  received = [];
  answer = () => ({});
  vi.restoreAllMocks();
});

const tagsNumbered = (count: number) => Array.from({ length: count }, (_, index) => `story:story-number-${index}`);

describe("batches", () => {
  test("keep the tags in order, at most `count` to a batch", () => {
    expect(purging.batches(["a", "b", "c", "d", "e"], 2)).toEqual([["a", "b"], ["c", "d"], ["e"]]);
    expect(purging.batches([], 2)).toEqual([]);
  });

  test("keep each batch, joined by spaces, within `bytes`", () => {
    const batches = purging.batches(["aaaa", "bbbb", "cccc", "dd"], 100, 9);
    expect(batches).toEqual([["aaaa", "bbbb"], ["cccc", "dd"]]);
    for (const batch of purging.batches(tagsNumbered(1_000), Infinity, 4_000)) {
      expect(Buffer.byteLength(batch.join(" "))).toBeLessThanOrEqual(4_000);
    }
  });
});

describe("purging", () => {
  test("each Varnish gets PURGE with the tags in xkey-purge, once each, in batches it accepts", async () => {
    const purge = purging.createPurger({ varnishUrls: [`${origin}/one`, `${origin}/two`] });
    await purge(["story:harbour", "front", "story:harbour", " ", "section:europe"]);
    expect(received.map(({ method, url, headers }) => [method, url, headers["xkey-purge"]])).toEqual([
      ["PURGE", "/one", "story:harbour front section:europe"],
      ["PURGE", "/two", "story:harbour front section:europe"],
    ]);

    received = [];
    const many = tagsNumbered(600);
    await purging.createPurger({ varnishUrls: [origin] })(many);
    expect(received.length).toBeGreaterThan(1);
    expect(received.flatMap(({ headers }) => String(headers["xkey-purge"]).split(" "))).toEqual(many);
    for (const { headers } of received) {
      expect(Buffer.byteLength(String(headers["xkey-purge"]))).toBeLessThanOrEqual(purging.VARNISH_TAG_BYTES_PER_REQUEST);
    }
  });

  test("Fastly gets POST /service/<id>/purge with at most 256 surrogate keys and its API token", async () => {
    const purge = purging.createPurger({
      varnishUrls: [],
      fastly: { serviceId: "SU1Z0isxPaozGVKXdv0eY", apiToken: "fastly-token", apiUrl: origin },
    });
    const tags = tagsNumbered(300);
    await purge(tags);
    expect(received.map(({ method, url }) => [method, url])).toEqual([
      ["POST", "/service/SU1Z0isxPaozGVKXdv0eY/purge"],
      ["POST", "/service/SU1Z0isxPaozGVKXdv0eY/purge"],
    ]);
    expect(received.map(({ headers }) => String(headers["surrogate-key"]).split(" "))).toEqual([
      tags.slice(0, 256),
      tags.slice(256),
    ]);
    for (const { headers } of received) expect(headers["fastly-key"]).toBe("fastly-token");
  });

  test("Cloudflare gets POST /zones/<id>/purge_cache with at most 100 tags in JSON and a bearer token", async () => {
    answer = () => ({ type: "application/json", body: JSON.stringify({ success: true, errors: [], result: {} }) });
    const purge = purging.createPurger({
      varnishUrls: [],
      cloudflare: { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", apiToken: "cloudflare-token", apiUrl: origin },
    });
    const tags = tagsNumbered(250);
    await purge(tags);
    expect(received.map(({ method, url }) => [method, url])).toEqual(
      Array(3).fill(["POST", "/zones/023e105f4ecef8ad9ca31a8372d0c353/purge_cache"]),
    );
    expect(received.map(({ body }) => JSON.parse(body))).toEqual([
      { tags: tags.slice(0, 100) },
      { tags: tags.slice(100, 200) },
      { tags: tags.slice(200) },
    ]);
    for (const { headers } of received) {
      expect(headers.authorization).toBe("Bearer cloudflare-token");
      expect(headers["content-type"]).toBe("application/json");
    }
  });

  test('"*" purges everything: a Varnish ban, Fastly\'s purge_all, Cloudflare\'s purge_everything', async () => {
    const purge = purging.createPurger({
      varnishUrls: [origin],
      fastly: { serviceId: "service", apiToken: "token", apiUrl: origin },
      cloudflare: { zoneId: "zone", apiToken: "token", apiUrl: origin },
    });
    await purge(["story:harbour", purging.EVERYTHING]);
    const seen = received.map(({ method, url, headers, body }) => ({
      method,
      url,
      xkey: headers["xkey-purge"],
      body: body || undefined,
    }));
    expect(seen).toHaveLength(3);
    expect(seen).toEqual(
      expect.arrayContaining([
        { method: "PURGE", url: "/", xkey: "*", body: undefined },
        { method: "POST", url: "/service/service/purge_all", xkey: undefined, body: undefined },
        { method: "POST", url: "/zones/zone/purge_cache", xkey: undefined, body: '{"purge_everything":true}' },
      ]),
    );
  });

  test("a target that fails, refuses or does not answer is logged, and the others are still purged", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    answer = ({ url }) =>
      url === "/broken"
        ? { status: 500, body: "backend exploded" }
        : url === "/slow"
          ? { hang: true }
          : url.endsWith("/purge_cache")
            ? { type: "application/json", body: JSON.stringify({ success: false, errors: [{ code: 1134 }] }) }
            : {};
    const purge = purging.createPurger({
      varnishUrls: [`${origin}/broken`, `${origin}/slow`, "http://127.0.0.1:1/", `${origin}/fine`],
      cloudflare: { zoneId: "zone", apiToken: "token", apiUrl: origin },
      timeoutMs: 300,
    });
    const started = Date.now();
    await expect(purge(["front"])).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(received.map(({ url }) => url).sort()).toEqual(["/broken", "/fine", "/slow", "/zones/zone/purge_cache"]);
    const logged = errors.mock.calls.map((call) => call.map(String).join(" "));
    expect(logged).toHaveLength(4);
    expect(logged).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Varnish at .*\/broken answered 500: backend exploded/),
        expect.stringMatching(/could not reach Varnish at .*\/slow: no answer within 300 ms/),
        expect.stringMatching(/could not reach Varnish at http:\/\/127\.0\.0\.1:1\//),
        expect.stringMatching(/Cloudflare refused it: .*1134/),
      ]),
    );
    for (const line of logged) expect(line).not.toContain("token");
  });

  test("nothing is sent without tags or without targets", async () => {
    await purging.createPurger({ varnishUrls: [origin] })([]);
    await purging.createPurger({ varnishUrls: [] })(["front"]);
    expect(received).toEqual([]);
    expect(purging.createPurger({ varnishUrls: [] }).targets).toBe(0);
  });
});

describe("configuration", () => {
  const base = { DATABASE_URL: "postgresql://newsroom@localhost:5432/newsroom", BETTER_AUTH_SECRET: "s".repeat(32) };
  const failure = (source: Record<string, string>) => {
    try {
      loadEnv({ ...base, ...source }, "production");
    } catch (error) {
      return (error as Error).message;
    }
    return "";
  };

  test("names no target by default", () => {
    const env = loadEnv({ ...base, SITE_URL: "https://news.example.com" }, "production");
    expect(env.PURGE_VARNISH_URLS).toEqual([]);
    expect(env.FASTLY_SERVICE_ID ?? env.CLOUDFLARE_ZONE_ID).toBeUndefined();
  });

  test("reads Varnish addresses, comma-separated, and names one that is not an address", () => {
    const env = loadEnv(
      { ...base, SITE_URL: "https://news.example.com", PURGE_VARNISH_URLS: " http://10.0.0.5:6081/ ,http://10.0.0.6:6081/," },
      "production",
    );
    expect(env.PURGE_VARNISH_URLS).toEqual(["http://10.0.0.5:6081/", "http://10.0.0.6:6081/"]);
    expect(failure({ PURGE_VARNISH_URLS: "10.0.0.5:6081" })).toMatch(/PURGE_VARNISH_URLS.*: must be http:\/\/ addresses/);
  });

  test("a CDN's id without its token, or the reverse, is named", () => {
    expect(failure({ SITE_URL: "https://news.example.com", FASTLY_SERVICE_ID: "service" })).toContain(
      "FASTLY_API_TOKEN: not set, though FASTLY_SERVICE_ID is",
    );
    expect(failure({ SITE_URL: "https://news.example.com", CLOUDFLARE_API_TOKEN: "token" })).toContain(
      "CLOUDFLARE_ZONE_ID: not set, though CLOUDFLARE_API_TOKEN is",
    );
  });
});

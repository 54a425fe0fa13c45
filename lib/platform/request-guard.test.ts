import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  clientIp,
  forwardedFrom,
  isBodyTooLarge,
  isSameOriginRequest,
  isUnreadableAddress,
  REQUEST_BODY_LIMIT_BYTES,
} from "./request-guard";

const request = { host: "news.example.com", forwardedHost: null, siteUrl: "https://news.example.com" };

describe("the origin check", () => {
  test("lets our own pages through", () => {
    expect(isSameOriginRequest({ ...request, origin: "https://news.example.com" })).toBe(true);
  });

  test("refuses a missing, null or foreign origin", () => {
    expect(isSameOriginRequest({ ...request, origin: null })).toBe(false);
    expect(isSameOriginRequest({ ...request, origin: "null" })).toBe(false);
    expect(isSameOriginRequest({ ...request, origin: "https://evil.example" })).toBe(false);
    expect(isSameOriginRequest({ ...request, origin: "https://news.example.com.evil.example" })).toBe(false);
    expect(isSameOriginRequest({ ...request, origin: "not a url" })).toBe(false);
  });

  test("accepts the host the request was sent to, as Next does (a second name, a proxy's forwarded host)", () => {
    expect(isSameOriginRequest({ ...request, host: "10.0.0.5:3000", origin: "http://10.0.0.5:3000" })).toBe(
      true,
    );
    expect(
      isSameOriginRequest({
        ...request,
        host: "internal:3000",
        forwardedHost: "www.example.com",
        origin: "https://www.example.com",
      }),
    ).toBe(true);
  });
});

describe("the body limit", () => {
  test("is the one next.config.mjs gives server actions", () => {
    const config = readFileSync(new URL("../../next.config.mjs", import.meta.url), "utf8");
    const [, amount, unit] = /bodySizeLimit:\s*"(\d+)(kb|mb)"/.exec(config) ?? [];
    expect(Number(amount) * (unit === "mb" ? 1024 * 1024 : 1024)).toBe(REQUEST_BODY_LIMIT_BYTES);
  });

  test("refuses a declared size over it and leaves an undeclared one to Next", () => {
    expect(isBodyTooLarge(String(REQUEST_BODY_LIMIT_BYTES))).toBe(false);
    expect(isBodyTooLarge(String(REQUEST_BODY_LIMIT_BYTES + 1))).toBe(true);
    expect(isBodyTooLarge(null)).toBe(false);
  });
});

test("the client's address is the last X-Forwarded-For entry, the one our proxy added", () => {
  expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }))).toBe("198.51.100.7");
  expect(clientIp(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
  expect(clientIp(new Headers())).toBeNull();
});

describe("an unreadable address", () => {
  test("is a broken escape, escapes that are not UTF-8, or a NUL byte, in the path or the query", () => {
    for (const target of [
      "/stories/%zz",
      "/media/%zz",
      "/stories/%00",
      "/search?q=a%00b",
      "/sections/americas%00/feed.xml",
      "/tags/%E0%A4%A",
      "/search?section=%00",
      "/search?q=%zz",
      "/?q=%zz",
      "/feed.xml?x=%00",
      "/search?q=%FF",
      "/search?%zz=1",
      "/stories/a%",
    ]) {
      expect(isUnreadableAddress(target), target).toBe(true);
    }
  });

  test("is not an address with proper escapes, plus signs, or none", () => {
    for (const target of [
      "/",
      "/stories/port-workers-vote",
      "/search?q=caf%C3%A9+au+lait&section=americas",
      "/search?q=100%25",
      "/tags/s%C3%A3o-paulo",
      "/search?q=a+b&from=2026-01-01",
      "/stories/x#%zz",
    ]) {
      expect(isUnreadableAddress(target), target).toBe(false);
    }
  });
});

describe("who sent a request, by how many proxies are trusted", () => {
  const spoofed = { forwardedFor: "203.0.113.66, 198.51.100.1", forwardedHost: "evil.example" };

  test("with no proxy trusted, the socket's peer, whatever the headers say", () => {
    expect(forwardedFrom(spoofed, "192.0.2.10", 0)).toEqual({ forwardedFor: "192.0.2.10", forwardedHost: undefined });
    expect(forwardedFrom({}, "192.0.2.10", 0)).toEqual({ forwardedFor: "192.0.2.10", forwardedHost: undefined });
  });

  test("behind one trusted proxy, the address that proxy received the request from", () => {
    // The proxy at 10.0.0.2 appended 198.51.100.1; the 203.0.113.66 before it is the client's own claim.
    expect(forwardedFrom(spoofed, "10.0.0.2", 1)).toEqual({ forwardedFor: "198.51.100.1", forwardedHost: "evil.example" });
  });

  test("behind two, one entry further; never past the start of the chain", () => {
    expect(forwardedFrom(spoofed, "10.0.0.2", 2).forwardedFor).toBe("203.0.113.66");
    expect(forwardedFrom({ forwardedFor: "198.51.100.1" }, "10.0.0.2", 5).forwardedFor).toBe("198.51.100.1");
  });
});

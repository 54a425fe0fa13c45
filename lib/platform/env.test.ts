import { beforeAll, describe, expect, it, vi } from "vitest";

// lib/platform/env.ts checks the process's own configuration as it loads: give it one.
let loadEnv: typeof import("./env").loadEnv;
beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", "postgresql://newsroom@localhost:5432/newsroom");
  vi.stubEnv("BETTER_AUTH_SECRET", "x".repeat(32));
  ({ loadEnv } = await import("./env"));
  vi.unstubAllEnvs();
});

const complete = {
  DATABASE_URL: "postgresql://newsroom:secret@db.example.com:5432/newsroom",
  SITE_URL: "https://news.example.com",
  BETTER_AUTH_SECRET: "s".repeat(43),
};

type Source = Record<string, string | undefined>;

const without = (name: keyof typeof complete): Source => {
  const source: Source = { ...complete };
  delete source[name];
  return source;
};

const failure = (source: Source, mode: "build" | "production" | "development") => {
  try {
    loadEnv(source, mode);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
};

describe("loadEnv", () => {
  it("builds with neither a database nor a secret", () => {
    const env = loadEnv({}, "build");
    expect(env.DATABASE_URL).toMatch(/^postgresql:\/\//);
    expect(env.BETTER_AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it("refuses production without SITE_URL or BETTER_AUTH_SECRET, naming each", () => {
    expect(loadEnv(complete, "production").SITE_URL).toBe("https://news.example.com");
    expect(failure(without("SITE_URL"), "production")).toMatch(/SITE_URL: not set/);
    expect(failure(without("BETTER_AUTH_SECRET"), "production")).toMatch(/BETTER_AUTH_SECRET: not set/);
    expect(failure({ ...complete, BETTER_AUTH_SECRET: "short" }, "production")).toMatch(
      /BETTER_AUTH_SECRET: must be at least 32 characters/,
    );
  });

  it("names a missing or malformed database address", () => {
    expect(failure(without("DATABASE_URL"), "production")).toMatch(/DATABASE_URL: not set/);
    expect(failure({ ...complete, DATABASE_URL: "mysql://db/newsroom" }, "production")).toMatch(
      /DATABASE_URL: must be a postgresql:\/\/ URL/,
    );
  });

  it("defaults SITE_URL outside production", () => {
    expect(loadEnv(without("SITE_URL"), "development").SITE_URL).toBe("http://localhost:3000");
  });
});

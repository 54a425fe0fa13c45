import { afterEach, describe, expect, it, vi } from "vitest";
import {
  checkDatabaseAfter,
  databaseIsDown,
  FRESH_FOR_MS,
  isConnectionError,
  isDatabaseDown,
  noteDatabaseAnswered,
  PROBE_EVERY_MS,
  registerDatabaseProbe,
} from "./database-status";

const STATUS = Symbol.for("newsroom.database-status");

describe("isConnectionError", () => {
  it("knows the ways the database can be gone", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    expect(isConnectionError(refused)).toBe(true);
    // Prisma's error around the adapter's, around node-postgres's.
    expect(isConnectionError({ name: "PrismaClientKnownRequestError", code: "P1001", meta: {} })).toBe(true);
    expect(isConnectionError({ code: "P1017", message: "Server has closed the connection." })).toBe(true);
    expect(
      isConnectionError({ name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "57P01" } }),
    ).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isConnectionError(new AggregateError([refused], "connect failed"))).toBe(true);
  });

  it("does not take a refused query for a missing database", () => {
    expect(isConnectionError({ code: "P2002", meta: { target: ["slug"] } })).toBe(false);
    expect(isConnectionError({ cause: { kind: "postgres", originalCode: "23505" } })).toBe(false);
    expect(isConnectionError(new Error("Something else"))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });
});

describe("the database's status", () => {
  afterEach(() => {
    const status = (globalThis as Record<symbol, { retrying?: NodeJS.Timeout } | undefined>)[STATUS];
    clearTimeout(status?.retrying);
    delete (globalThis as Record<symbol, unknown>)[STATUS];
    vi.restoreAllMocks();
  });

  it("does not ask a database that answered a moment ago", async () => {
    const probe = vi.fn(async () => 1);
    registerDatabaseProbe(probe);
    noteDatabaseAnswered();
    expect(await databaseIsDown()).toBe(false);
    expect(probe).not.toHaveBeenCalled();
    expect(await databaseIsDown(Date.now() + FRESH_FOR_MS + 1)).toBe(false);
    expect(probe).toHaveBeenCalledOnce();
  });

  it("asks once for many callers, finds it down, and finds it back by asking again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    let answering = false;
    const probe = vi.fn(async () => {
      if (!answering) throw new Error("connect ECONNREFUSED");
    });
    registerDatabaseProbe(probe);
    expect(await Promise.all([databaseIsDown(), databaseIsDown(), databaseIsDown()])).toEqual([
      true,
      true,
      true,
    ]);
    expect(probe).toHaveBeenCalledOnce();
    // Known down: readers are answered without asking again.
    expect(await databaseIsDown()).toBe(true);
    answering = true;
    await vi.waitFor(() => expect(isDatabaseDown()).toBe(false), { timeout: PROBE_EVERY_MS * 3 });
  });

  it("checks after a connection error, not after any error", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const probe = vi.fn(() => Promise.reject(new Error("connect ECONNREFUSED")));
    registerDatabaseProbe(probe);
    checkDatabaseAfter(new Error("Unique constraint failed"));
    expect(probe).not.toHaveBeenCalled();
    checkDatabaseAfter(new Error("Connection terminated unexpectedly"));
    await vi.waitFor(() => expect(isDatabaseDown()).toBe(true));
  });

  it("counts a probe that takes too long as down", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    registerDatabaseProbe(() => new Promise(() => {}));
    const started = Date.now();
    expect(await databaseIsDown()).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

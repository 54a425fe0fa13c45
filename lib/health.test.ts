import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness, markDraining } from "./health";

const DRAINING = Symbol.for("newsroom.draining");

describe("checkReadiness", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[DRAINING];
  });

  it("is ready when the database answers in time", async () => {
    expect(await checkReadiness(async () => 1, 100)).toEqual({
      ready: true,
      database: "reachable",
      draining: false,
    });
  });

  it("is not ready when the database refuses", async () => {
    const readiness = await checkReadiness(() => Promise.reject(new Error("connect ECONNREFUSED")), 100);
    expect(readiness).toMatchObject({ ready: false, database: "unreachable" });
  });

  it("is not ready, without waiting longer, when the database is too slow", async () => {
    const started = Date.now();
    const readiness = await checkReadiness(() => new Promise(() => {}), 50);
    expect(readiness).toMatchObject({ ready: false, database: "too slow" });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("is not ready once the server drains, even with the database up", async () => {
    markDraining();
    expect(await checkReadiness(async () => 1, 100)).toEqual({
      ready: false,
      database: "reachable",
      draining: true,
    });
  });
});

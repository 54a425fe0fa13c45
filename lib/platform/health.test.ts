import { afterEach, describe, expect, it } from "vitest";
import { checkReadiness, markDraining, onShutdown, runShutdownHooks } from "./health";

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

describe("shutdown hooks", () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for("newsroom.shutdown-hooks")];
  });

  it("stops the work before closing the connections it uses, once", async () => {
    const order: string[] = [];
    onShutdown("pool", () => void order.push("pool"), "connections");
    onShutdown("scheduler", async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push("scheduler");
    });
    expect(await runShutdownHooks(1000)).toEqual([]);
    expect(await runShutdownHooks(1000)).toEqual([]);
    expect(order).toEqual(["scheduler", "pool"]);
  });

  it("does not wait for a hook that hangs or fails, and names it", async () => {
    const closed: string[] = [];
    onShutdown("a stuck poller", () => new Promise(() => {}));
    onShutdown("a broken listener", () => {
      throw new Error("already closed");
    });
    onShutdown("pool", () => void closed.push("pool"), "connections");
    const started = Date.now();
    const unfinished = await runShutdownHooks(50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(unfinished.sort()).toEqual(["a broken listener", "a stuck poller"]);
    expect(closed).toEqual(["pool"]);
  });

  it("leaves out a hook taken back", async () => {
    const ran: string[] = [];
    const takeBack = onShutdown("listener", () => void ran.push("listener"));
    takeBack();
    await runShutdownHooks(100);
    expect(ran).toEqual([]);
  });
});

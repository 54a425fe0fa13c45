import { createServer, request as httpRequest, Agent, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isDraining, onShutdown } from "@/lib/platform/health";
import { gracefulShutdown } from "@/scripts/graceful-shutdown";

type Answer = { status: number; connection: string | undefined; body: string };

function get(port: number, path: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpRequest({ port, path, agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }),
      );
    })
      .on("error", reject)
      .end();
  });
}

/** A server whose every answer takes `delayMs`, stopped through gracefulShutdown. */
async function slowServer(delayMs: number, timeoutMs = 5_000, settle?: () => Promise<void>) {
  const sent = { count: 0 };
  const server: Server = createServer((request, response) => {
    response.once("finish", () => sent.count++);
    setTimeout(() => response.end(`answered ${request.url}`), delayMs);
  });
  const exited = new Promise<number>((resolve) => {
    const stop = gracefulShutdown(server, { timeoutMs, settle, log: () => {}, exit: resolve });
    started.push({ server, stop });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { stop } = started.at(-1)!;
  return { server, stop, exited, sent, port: (server.address() as AddressInfo).port };
}

const started: { server: Server; stop: () => void }[] = [];
const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  for (const { server } of started.splice(0)) server.closeAllConnections();
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("newsroom.draining")];
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("newsroom.shutdown-hooks")];
});

describe("gracefulShutdown", () => {
  it("answers all 40 requests in flight, then stops what runs beside them and exits 0", async () => {
    const { stop, exited, sent, port } = await slowServer(300);
    const agent = new Agent({ keepAlive: true, maxSockets: 40 });
    const answersSentBeforeStopping: number[] = [];
    onShutdown("the scheduler", () => void answersSentBeforeStopping.push(sent.count));
    const answers = Array.from({ length: 40 }, (_, index) => get(port, `/story-${index}`, agent));
    await waitFor(100);
    stop();
    expect(isDraining()).toBe(true);
    const results = await Promise.all(answers);
    expect(results.map((result) => result.status)).toEqual(Array(40).fill(200));
    expect(await exited).toBe(0);
    expect(answersSentBeforeStopping).toEqual([40]);
    // Nothing listens any more.
    await expect(get(port, "/", new Agent())).rejects.toThrow(/ECONNREFUSED/);
  });

  it("lets the server's own background work settle before the shutdown hooks close the pool", async () => {
    const order: string[] = [];
    const background = () => waitFor(300).then(() => void order.push("background render done"));
    const { stop, exited } = await slowServer(50, 5_000, background);
    onShutdown("the database pool", () => void order.push("pool closed"));
    stop();
    expect(await exited).toBe(0);
    expect(order).toEqual(["background render done", "pool closed"]);
  });

  it("does not wait for background work past the timeout", async () => {
    const order: string[] = [];
    const { stop, exited } = await slowServer(50, 200, () => new Promise(() => {}));
    onShutdown("the database pool", () => void order.push("pool closed"));
    stop();
    // Work that never settles would hold the exit forever (the test would time out).
    expect(await exited).toBe(0);
    expect(order).toEqual(["pool closed"]);
  });

  it("closes a kept-alive connection after its response, telling the client so if it can", async () => {
    const { stop, exited, port } = await slowServer(200);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await get(port, "/warm", agent);
    const inFlight = get(port, "/in-flight", agent);
    await waitFor(50);
    stop();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe("close");
    // No connection kept open by the client holds the process up.
    expect(await exited).toBe(0);
  });

  it("cuts what is still unanswered at the timeout, and exits 0 all the same", async () => {
    const { stop, exited, port } = await slowServer(60_000, 200);
    const stuck = get(port, "/never", new Agent()).catch((error: Error) => error);
    await waitFor(50);
    const stoppedAt = Date.now();
    stop();
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(2_000);
    expect(await stuck).toBeInstanceOf(Error);
  });
});

describe("gracefulShutdown and connections with no request yet", () => {
  it("answers a request that arrives on an open connection just after the signal", async () => {
    const { stop, exited, port } = await slowServer(50);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await get(port, "/warm", agent);
    stop();
    // The connection the client keeps is still there for a moment: its next request is answered.
    const answer = await get(port, "/just-after", agent);
    expect(answer.status).toBe(200);
    expect(answer.connection).toBe("close");
    expect(await exited).toBe(0);
  });
});

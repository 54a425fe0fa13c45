/**
 * How the production server (scripts/server.ts) stops on SIGTERM or SIGINT
 * without dropping a request: /readyz turns 503 so that load balancers send
 * no one new; the listener closes; every request in flight is answered, up to
 * a timeout; each connection closes once it has nothing left to answer; then
 * what runs beside the requests stops (lib/platform/health.ts's shutdown hooks: the
 * scheduler, listeners, the database pool) and the process exits 0.
 *
 * Node's http server.close() is not enough: it closes at once every
 * connection not busy with a response, including one whose request has
 * arrived but not been read yet (the event loop was busy rendering), and it
 * leaves a kept-alive connection busy with a response open after it, for as
 * long as the client likes. So connections are followed from the start.
 */
import type { Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import { markDraining, runShutdownHooks } from "../lib/platform/health";

/**
 * How long a connection with no request in flight may take to send one once
 * stopping has begun: one the server has accepted but not yet read from is
 * not cut off.
 */
export const IDLE_GRACE_MS = 1_000;

type Options = {
  /** How long the requests in flight may take before their connections are cut. */
  timeoutMs: number;
  /**
   * Work of the server's own that no connection waits for (a page rendered
   * in the background), settled before the shutdown hooks close the pool it
   * uses; waited for until the timeout at most.
   */
  settle?: () => Promise<void>;
  log?: (message: string) => void;
  exit?: (code: number) => void;
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/**
 * Follows `server`'s connections from now on (call it as the server is
 * created) and returns the function that stops it, for SIGTERM and SIGINT.
 */
export function gracefulShutdown(
  server: Server,
  { timeoutMs, settle, log = console.log, exit = process.exit }: Options,
) {
  /** Every open connection, with the responses it has in flight. */
  const connections = new Map<Socket, Set<ServerResponse>>();
  let stopping = false;

  const inFlight = () => [...connections.values()].reduce((sum, responses) => sum + responses.size, 0);
  // Once what its last response wrote has gone out: the client was promised nothing more.
  const close = (socket: Socket) => socket.end(() => socket.destroy());

  /**
   * A connection with nothing in flight gets IDLE_GRACE_MS to send a
   * request, then closes; the check waits for the event loop to have read
   * what had arrived by then (setImmediate runs after the loop's poll).
   */
  const closeUnlessAsked = (socket: Socket) =>
    setTimeout(() => setImmediate(() => connections.get(socket)?.size === 0 && close(socket)), IDLE_GRACE_MS);

  server.on("connection", (socket: Socket) => {
    connections.set(socket, new Set());
    socket.once("close", () => connections.delete(socket));
    if (stopping) closeUnlessAsked(socket);
  });
  // Prepended, so that it runs before the handler can begin a response.
  server.prependListener("request", (request, response) => {
    const socket = request.socket;
    const responses = connections.get(socket) ?? new Set();
    connections.set(socket, responses);
    responses.add(response);
    // A request that comes on an open connection while stopping is answered,
    // and the connection closes after it.
    if (stopping) response.setHeader("connection", "close");
    response.once("close", () => {
      responses.delete(response);
      if (stopping && responses.size === 0) close(socket);
    });
  });

  return function stop() {
    if (stopping) return;
    stopping = true;
    const startedAt = Date.now();
    // The load balancer's readiness check (/readyz) sends no one new here.
    markDraining();
    log(
      `Stopping: answering the ${plural(inFlight(), "request")} in flight on ${plural(connections.size, "connection")}, ` +
        `for at most ${timeoutMs / 1000} s`,
    );
    for (const [socket, responses] of connections) {
      // Responses not begun yet tell the client the connection closes after them.
      for (const response of responses) if (!response.headersSent) response.setHeader("connection", "close");
      if (responses.size === 0) closeUnlessAsked(socket);
    }

    let finished = false;
    const finish = async () => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      if (settle) {
        let timer: NodeJS.Timeout | undefined;
        const left = Math.max(0, startedAt + timeoutMs - Date.now());
        await Promise.race([settle(), new Promise((resolve) => (timer = setTimeout(resolve, left)))]);
        clearTimeout(timer);
      }
      const unfinished = await runShutdownHooks();
      log(unfinished.length ? `Stopped, without waiting for ${unfinished.join(", ")}` : "Stopped");
      exit(0);
    };
    // After the connections already waiting in this turn of the event loop
    // are accepted; net's close, not http's, keeps the idle ones (see above).
    // Its callback comes once the last connection has closed.
    setImmediate(() => NetServer.prototype.close.call(server, () => void finish()));
    const deadline = setTimeout(() => {
      log(
        `Stopping: ${plural(inFlight(), "request")} still unanswered after ${timeoutMs / 1000} s are cut off`,
      );
      for (const socket of connections.keys()) socket.destroy();
      void finish();
    }, timeoutMs);
  };
}

/** What `npm start` checks around starting the server: that its port is free, then that it answers. */
import type { ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** Whether something already listens on `port` (on `host`, or on any interface). */
export function portInUse(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(true) : reject(error),
    );
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

const loopbackFor = (host?: string) =>
  !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;

/**
 * Resolves true once the server answers /healthz, false if `server` exits
 * first or `timeoutMs` passes: only then may `npm start` say the site is running.
 */
export async function waitUntilAnswering(
  port: number,
  host: string | undefined,
  server: ChildProcess,
  timeoutMs = 120_000,
): Promise<boolean> {
  const url = `http://${loopbackFor(host)}:${port}/healthz`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && server.exitCode === null && server.signalCode === null) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

/**
 * A TCP proxy the tests can cut: every connection through it drops, and new
 * ones are refused, until it is restored. Put between a web process and
 * PostgreSQL, it makes that process lose its database while others keep theirs.
 */
import { connect, createServer, type AddressInfo, type Socket } from "node:net";

export type CuttableProxy = { port: number; cut: () => void; restore: () => void; close: () => void };

export async function cuttableProxy(target: { host: string; port: number }): Promise<CuttableProxy> {
  const sockets = new Set<Socket>();
  let isCut = false;
  const server = createServer((client) => {
    if (isCut) return void client.destroy();
    const upstream = connect(target.port, target.host);
    const close = () => {
      for (const socket of [client, upstream]) {
        socket.destroy();
        sockets.delete(socket);
      }
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("error", close).on("close", close);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const cut = () => {
    isCut = true;
    for (const socket of sockets) socket.destroy();
  };
  return {
    port: (server.address() as AddressInfo).port,
    cut,
    restore: () => void (isCut = false),
    close: () => {
      cut();
      server.close();
    },
  };
}

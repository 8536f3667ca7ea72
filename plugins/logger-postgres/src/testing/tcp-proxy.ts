/**
 * A TCP proxy for outage tests: forwards a loopback port to a target, and can be cut (new
 * connections refused, open ones destroyed) and restored on the same port, or stalled (every
 * byte held back, as on a network that drops packets).
 */
import { createConnection, createServer, type Server, type Socket } from "node:net";

export interface TcpProxy {
  readonly port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Refuses new connections (the port is closed) and destroys the open ones. */
  cut(): Promise<void>;
  /** Listens on the same port again, and forwards again after `stall`. */
  restore(): Promise<void>;
  /** Keeps every connection open but forwards nothing, either way, until `restore`. */
  stall(): void;
  close(): Promise<void>;
}

/** Starts a proxy from 127.0.0.1:<free port> to `target`. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<[Socket, Socket]>();
  let accepted = 0;
  let stalled = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  };
  const server: Server = createServer((client) => {
    accepted++;
    track(client);
    const upstream = createConnection(target);
    track(upstream);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on("close", () => pairs.delete(pair));
    if (!stalled) connect(pair);
    client.on("error", () => upstream.destroy());
    upstream.on("error", () => client.destroy());
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  const connect = ([client, upstream]: [Socket, Socket]) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        server.off("error", reject);
        const address = server.address();
        resolve(typeof address === "object" && address ? address.port : port);
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // close() waits for open connections: they are destroyed above.
    });
  const port = await listen(0);
  return {
    port,
    get accepted() {
      return accepted;
    },
    cut: stop,
    restore: async () => {
      if (stalled) {
        stalled = false;
        for (const pair of pairs) connect(pair);
      }
      if (!server.listening) await listen(port);
    },
    stall: () => {
      stalled = true;
      for (const [client, upstream] of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    close: stop,
  };
}

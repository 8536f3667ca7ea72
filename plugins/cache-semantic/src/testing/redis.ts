/**
 * Test helpers for the real Redis (excluded from the build): a TCP proxy in front of it that a
 * test can cut (every connection dropped, new ones refused) and restore, to see what the shared
 * index does while its Redis is unreachable; and a raw `DEL` over RESP, to remove the counter
 * keys the store contract has no delete for.
 */
import { connect, createServer, type Server, type Socket } from "node:net";

export const REDIS_HOST = "127.0.0.1";
export const REDIS_PORT = 6379;

export interface RedisProxy {
  /** `redis://` URL of the proxy. */
  readonly url: string;
  /** Drops every connection and refuses new ones. */
  cut(): void;
  /** Accepts connections again. */
  restore(): void;
  close(): Promise<void>;
}

export async function redisProxy(): Promise<RedisProxy> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const server: Server = createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = connect(REDIS_PORT, REDIS_HOST);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, REDIS_HOST, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `redis://${REDIS_HOST}:${port}`,
    cut() {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    restore() {
      refusing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Deletes raw Redis keys (RESP `DEL`), resolving with how many were deleted. */
export function redisDelete(...keys: string[]): Promise<number> {
  const parts = ["DEL", ...keys];
  const command = `*${parts.length}\r\n${parts.map((p) => `$${new TextEncoder().encode(p).length}\r\n${p}\r\n`).join("")}`;
  return new Promise((resolve, reject) => {
    const socket = connect(REDIS_PORT, REDIS_HOST, () => socket.write(command));
    socket.once("data", (data) => {
      socket.end();
      const match = /^:(\d+)\r\n/.exec(data.toString());
      if (match) resolve(Number(match[1]));
      else reject(new Error(`unexpected Redis reply: ${data.toString()}`));
    });
    socket.once("error", reject);
  });
}

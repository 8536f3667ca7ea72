/**
 * The one Redis connection a gateway shares between its stores, quota counters and bus publisher
 * (the bus subscriber takes a duplicate: a subscribed connection can send nothing else). It is
 * built so that an outage never stalls a request: commands are refused at once while the client
 * is reconnecting (node-redis would otherwise queue them until Redis returns), and a command
 * already sent that gets no reply within `commandTimeoutMs` fails too. Either way the caller gets
 * a `store_unavailable` GatewayError. The client reconnects by itself, with a capped backoff.
 * Imported only when the config asks for Redis.
 */
import { GatewayError, type Logger } from "@aigw/plugin-api";
import type { RedisClientType } from "@keyv/redis";

export type RedisClient = RedisClientType;

/** How long a command may wait for its reply unless the config says otherwise. */
export const DEFAULT_COMMAND_TIMEOUT_MS = 250;

// Reconnect after 25, 50, 100... ms, never waiting more than a second between attempts: a Redis
// restart is noticed within about a second of its return, without hammering a server that is away.
const RECONNECT_FIRST_MS = 25;
const RECONNECT_MAX_MS = 1000;

export function reconnectDelay(retries: number): number {
  const delay = Math.min(RECONNECT_FIRST_MS * 2 ** Math.min(retries, 10), RECONNECT_MAX_MS);
  // Jitter, so a fleet of gateways does not reconnect in lockstep.
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}

export interface RedisOptions {
  /** How long a command waits for its reply before failing (default 250 ms). */
  commandTimeoutMs?: number | undefined;
}

export interface RedisConnection {
  readonly client: RedisClient;
  readonly commandTimeoutMs: number;
  /**
   * Runs `command` on the shared client: refused at once while Redis is unreachable, failed after
   * `commandTimeoutMs` without a reply; every failure becomes a `store_unavailable` GatewayError.
   */
  run<T>(command: (client: RedisClient) => Promise<T>): Promise<T>;
  /** A second, connected client to the same server (for a pub/sub subscriber). */
  duplicate(): Promise<RedisClient>;
  /** Logs once when Redis becomes unreachable and once when it answers again. */
  report(logger: Logger): void;
  close(): Promise<void>;
}

/** Connects to Redis at `url` (waiting for the first connection). */
export async function connectRedis(url: string, options: RedisOptions = {}): Promise<RedisConnection> {
  const { createClient } = await import("@keyv/redis");
  const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS;
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { reconnectStrategy: reconnectDelay, connectTimeout: Math.max(1000, commandTimeoutMs) },
  }) as RedisClient;
  const where = addressOf(url);
  // Without a listener, an 'error' event (every failed reconnect) would crash the process.
  const errors = new Set<(error: unknown) => void>();
  client.on("error", (error: unknown) => {
    for (const listener of errors) listener(error);
  });
  await client.connect();
  const duplicates = new Set<RedisClient>();

  const unavailable = (detail: string, cause?: unknown): GatewayError =>
    new GatewayError("store_unavailable", `Redis (${where}) ${detail}.`, { cause });

  return {
    client,
    commandTimeoutMs,
    run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
      if (!client.isReady) return Promise.reject(unavailable("is unreachable; the gateway is reconnecting"));
      return new Promise<T>((resolve, reject) => {
        // The check waits one turn of the event loop past the timer: after the loop was blocked
        // (a busy process), the timer would otherwise fire before a reply already received is read.
        const timer = setTimeout(
          () => setImmediate(() => reject(unavailable(`did not answer within ${commandTimeoutMs} ms`))),
          commandTimeoutMs,
        );
        command(client).then(
          (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          (error: unknown) => {
            clearTimeout(timer);
            reject(error instanceof GatewayError ? error : unavailable(`failed: ${messageOf(error)}`, error));
          },
        );
      });
    },
    async duplicate() {
      const copy = client.duplicate() as RedisClient;
      copy.on("error", (error: unknown) => {
        for (const listener of errors) listener(error);
      });
      duplicates.add(copy);
      await copy.connect();
      return copy;
    },
    report(logger) {
      // Info, not a warning: each plugin the outage affects warns once itself, saying what it
      // does meanwhile (a cache: misses); this line gives the cause and when it ended.
      let down = false;
      errors.add((error) => {
        if (down) return;
        down = true;
        logger.info(
          { redis: where, err: error },
          "Redis unreachable: store, quota and bus calls fail with store_unavailable until it returns",
        );
      });
      client.on("ready", () => {
        if (!down) return;
        down = false;
        logger.info({ redis: where }, "Redis reachable again");
      });
    },
    async close() {
      // A client that is reconnecting has nothing to flush: destroy it rather than wait for Redis.
      await Promise.allSettled(
        [...duplicates, client].map((c) => (c.isReady ? c.close() : c.isOpen ? c.destroy() : undefined)),
      );
      duplicates.clear();
    },
  };
}

/** Host and port only: a URL may carry a password. */
function addressOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.host || url;
  } catch {
    return "invalid url";
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

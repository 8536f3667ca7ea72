/**
 * What runs on Redis when the config's stores are Redis: the plugin stores, the quota counters
 * and the bus, over ONE connection (the bus subscriber on a duplicate of it), connected once at
 * boot. `close` ends both connections.
 */
import type { Bus, Logger, Quotas, StoreFactory } from "@aigw/plugin-api";
import { redisBus } from "./bus-redis.js";
import { redisQuotas } from "./quotas-redis.js";
import { connectRedis, type RedisConnection, type RedisOptions } from "./redis-connection.js";
import { redisStoresOn } from "./stores.js";

export interface RedisServices {
  readonly connection: RedisConnection;
  readonly stores: StoreFactory;
  readonly quotas: Quotas;
  readonly bus: Bus;
  /** Logs Redis going away and coming back, and bus failures, through `logger`. */
  report(logger: Logger): void;
  close(): Promise<void>;
}

export interface RedisServiceOptions extends RedisOptions {
  /** Prefix of quota counters (default `aigw:quota:`). */
  quotaPrefix?: string | undefined;
  /** Prefix of bus channels (default `aigw:bus:`). */
  busPrefix?: string | undefined;
}

export async function redisServices(url: string, options: RedisServiceOptions = {}): Promise<RedisServices> {
  const connection = await connectRedis(url, options);
  const bus = redisBus(connection, { prefix: options.busPrefix });
  const [stores, quotas] = await Promise.all([
    redisStoresOn(connection),
    redisQuotas(connection, { prefix: options.quotaPrefix }),
  ]);
  return {
    connection,
    stores,
    quotas,
    bus,
    report(logger) {
      connection.report(logger);
      bus.report(logger);
    },
    async close() {
      await bus.close();
      await connection.close();
    },
  };
}

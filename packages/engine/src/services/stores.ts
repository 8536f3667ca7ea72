/**
 * Namespaced key-value stores over keyv: one shared backend (memory, or Redis via @keyv/redis
 * when configured), one Keyv per namespace. Counters (`increment`) are atomic: in memory by
 * construction, in Redis through one Lua script (INCRBYFLOAT + first-write expiry). Redis is
 * imported only when asked for, and keyv only when a store is first used: a pipeline whose
 * plugins keep no state (a provider alone) loads neither. A Redis store call fails with
 * `store_unavailable` rather than wait while Redis is away (`redis-connection.ts`).
 */
import type { JsonValue, KeyValueStore, StoreFactory } from "@aigw/plugin-api";
import type Keyv from "keyv";
import type { KeyvStoreAdapter } from "keyv";
import { luaScript } from "./lua-script.js";
import { connectRedis, type RedisConnection, type RedisOptions } from "./redis-connection.js";

type Increment = (key: string, delta: number, ttlMs: number | undefined) => Promise<number>;

let keyvModule: Promise<typeof Keyv> | undefined;

/** The Keyv class, imported once, on first use. */
function loadKeyv(): Promise<typeof Keyv> {
  keyvModule ??= import("keyv").then((module) => module.default);
  return keyvModule;
}

/** A store over the Keyv that `make` builds on first use. */
function wrap(make: (KeyvClass: typeof Keyv) => Keyv, increment: Increment, shared: boolean): KeyValueStore {
  let keyv: Keyv | undefined;
  const ready = async (): Promise<Keyv> => {
    keyv ??= make(await loadKeyv());
    return keyv;
  };
  return {
    shared,
    get: async <T extends JsonValue>(key: string): Promise<T | undefined> =>
      ((await (keyv ?? (await ready())).get<T>(key)) as T | null | undefined) ?? undefined,
    set: async (key, value, ttlMs) => {
      await (keyv ?? (await ready())).set(key, value, ttlMs);
    },
    delete: async (key) => (keyv ?? (await ready())).delete(key),
    increment: (key, delta, ttlMs) => increment(key, delta, ttlMs),
  };
}

/** Stores kept in this process's memory (lost at restart: for defaults and tests). */
export function memoryStores(now: () => number = Date.now): StoreFactory {
  const backend = new Map();
  const counters = new Map<string, { value: number; expiresAt: number }>();
  return {
    open(namespace) {
      return wrap(
        (KeyvClass) => new KeyvClass({ store: backend, namespace }),
        async (key, delta, ttlMs) => {
          const id = `${namespace}:${key}`;
          const t = now();
          let counter = counters.get(id);
          if (!counter || counter.expiresAt <= t) {
            counter = { value: 0, expiresAt: ttlMs === undefined ? Number.POSITIVE_INFINITY : t + ttlMs };
            counters.set(id, counter);
          }
          counter.value += delta;
          return counter.value;
        },
        false,
      );
    },
    async close() {
      counters.clear();
    },
  };
}

// Atomic on the server: add, and set the expiry only when the counter has none yet.
const INCREMENT_SCRIPT = `
local value = redis.call('INCRBYFLOAT', KEYS[1], ARGV[1])
if ARGV[2] ~= '' and redis.call('PTTL', KEYS[1]) == -1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return value`;

/**
 * Stores in Redis, shared by every gateway instance pointed at the same server, on a connection
 * of their own (closed with the stores).
 */
export async function redisStores(url: string, options: RedisOptions = {}): Promise<StoreFactory> {
  const connection = await connectRedis(url, options);
  return redisStoresOn(connection, () => connection.close());
}

/**
 * Stores over a connection shared with other services (`redis-services.ts`): every call is
 * bounded by the connection's command timeout and refused at once while Redis is unreachable,
 * so a `get` never waits for a reconnect. `close` runs `release` (nothing by default: the
 * connection's owner closes it).
 */
export async function redisStoresOn(
  connection: RedisConnection,
  release: () => Promise<void> = async () => {},
): Promise<StoreFactory> {
  const { default: KeyvRedis } = await import("@keyv/redis");
  const increment = await luaScript(INCREMENT_SCRIPT);
  // Loaded now, so a first call's import is not counted against the command timeout.
  await loadKeyv();
  const run = connection.run.bind(connection);
  return {
    open(namespace) {
      const adapter = new KeyvRedis(connection.client) as unknown as KeyvStoreAdapter;
      const store = wrap(
        (KeyvClass) => new KeyvClass({ store: adapter, namespace }),
        async (key, delta, ttlMs) => {
          const keys = [`aigw:counter:${namespace}:${key}`];
          const args = [String(delta), ttlMs === undefined ? "" : String(Math.max(1, Math.ceil(ttlMs)))];
          return Number(await run((client) => increment.run(client, keys, args)));
        },
        true,
      );
      return {
        shared: true,
        get: <T extends JsonValue>(key: string) => run(() => store.get<T>(key)),
        set: (key, value, ttlMs) => run(() => store.set(key, value, ttlMs)),
        delete: (key) => run(() => store.delete(key)),
        increment: store.increment,
      };
    },
    close: release,
  };
}

/**
 * Namespaced key-value stores over keyv: one shared backend (memory, or Redis via @keyv/redis
 * when configured), one Keyv per namespace. Counters (`increment`) are atomic: in memory by
 * construction, in Redis through one Lua script (INCRBYFLOAT + first-write expiry). Redis is
 * imported only when asked for, and keyv only when a store is first used: a pipeline whose
 * plugins keep no state (a provider alone) loads neither.
 */
import type { JsonValue, KeyValueStore, StoreFactory } from "@aigw/plugin-api";
import type Keyv from "keyv";
import type { KeyvStoreAdapter } from "keyv";

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

/** Stores in Redis, shared by every gateway instance pointed at the same server; one connection. */
export async function redisStores(url: string): Promise<StoreFactory> {
  const { default: KeyvRedis, createClient } = await import("@keyv/redis");
  const client = createClient({ url });
  // Connected once here, so keyv and the counters share the socket instead of racing to open it.
  await client.connect();
  return {
    open(namespace) {
      const adapter = new KeyvRedis(client) as unknown as KeyvStoreAdapter;
      return wrap(
        (KeyvClass) => new KeyvClass({ store: adapter, namespace }),
        async (key, delta, ttlMs) => {
          const reply = await client.eval(INCREMENT_SCRIPT, {
            keys: [`aigw:counter:${namespace}:${key}`],
            arguments: [String(delta), ttlMs === undefined ? "" : String(Math.max(1, Math.ceil(ttlMs)))],
          });
          return Number(reply);
        },
        true,
      );
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

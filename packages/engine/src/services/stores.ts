/**
 * Namespaced key-value stores over keyv: one shared backend (memory, or Redis via @keyv/redis
 * when configured), one Keyv per namespace. Redis is imported only when asked for.
 */
import type { JsonValue, KeyValueStore, StoreFactory } from "@aigw/plugin-api";
import Keyv, { type KeyvStoreAdapter } from "keyv";

function wrap(keyv: Keyv): KeyValueStore {
  return {
    get: async <T extends JsonValue>(key: string) => (await keyv.get<T>(key)) ?? undefined,
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, ttlMs);
    },
    delete: (key) => keyv.delete(key),
  };
}

/** Stores kept in this process's memory (lost at restart: for defaults and tests). */
export function memoryStores(): StoreFactory {
  const backend = new Map();
  const opened: Keyv[] = [];
  return {
    open(namespace) {
      const keyv = new Keyv({ store: backend, namespace });
      opened.push(keyv);
      return wrap(keyv);
    },
    async close() {
      opened.length = 0;
    },
  };
}

/** Stores in Redis, shared by every gateway instance pointed at the same server; one connection. */
export async function redisStores(url: string): Promise<StoreFactory> {
  const { default: KeyvRedis, createClient } = await import("@keyv/redis");
  const client = createClient({ url });
  return {
    open(namespace) {
      const adapter = new KeyvRedis(client) as unknown as KeyvStoreAdapter;
      return wrap(new Keyv({ store: adapter, namespace }));
    },
    async close() {
      if (client.isOpen) await client.close();
    },
  };
}

/** Picks the storage for a node's store: an in-process LRU, or a ring in a shared store. */
import type { KeyValueStore } from "@aigw/plugin-api";
import { LruStorage } from "./lru.js";
import { RingStorage } from "./ring.js";
import type { CacheStorage, CacheStorageOptions } from "./types.js";

/**
 * The cache storage over `store`: when the store is this process's memory (`shared: false`), an
 * LRU of its own (the memory store itself is unbounded); when every instance shares it (Redis),
 * a ring in that store, so that every instance sees the same entries and the same bound.
 */
export function openCacheStorage(store: KeyValueStore, options: CacheStorageOptions): CacheStorage {
  return store.shared ? new RingStorage(store, options) : new LruStorage(options);
}

/** The bounded storage caches keep their answers in, whatever backs it. */
import type { Clock, Logger } from "@aigw/plugin-api";
import type { StoredAnswer } from "../stored-answer.js";
import type { StoreHealth } from "./health.js";

/**
 * Answers by key, bounded in entries and bytes. Neither method ever rejects: a store that is
 * down makes a lookup a miss and a write a no-op. In memory both answer synchronously.
 */
export interface CacheStorage {
  /** True when every gateway instance sees the same entries (a shared store such as Redis). */
  readonly shared: boolean;
  /** The fresh answer stored under `key`, if any. */
  get(key: string): StoredAnswer | undefined | Promise<StoredAnswer | undefined>;
  /** Stores `answer` for `ttlMs`; resolves to whether it was stored (too large, or a store failure: false). */
  set(key: string, answer: StoredAnswer, ttlMs: number): boolean | Promise<boolean>;
  /** Forgets `key` (false when it was not there or the store failed). */
  delete(key: string): boolean | Promise<boolean>;
}

/** The bounds and services of a cache storage. */
export interface CacheStorageOptions {
  /** The most entries kept; the least recently used (memory) or the oldest (shared) go first. */
  maxEntries: number;
  /** The most bytes kept in memory, all entries together. */
  maxBytes: number;
  /** The largest entry kept, in bytes. */
  maxEntryBytes: number;
  /** Wall time for expiry (entries expire at the storing clock's time plus their TTL). */
  clock: Clock;
  /** Where a shared store's outage (and its end) is reported, once each. */
  logger: Logger;
  /** How long a shared store operation may take before it counts as failed (default 100 ms). */
  timeoutMs?: number | undefined;
  /** After a failure, how long lookups skip the shared store before trying it again (default 1 s). */
  retryMs?: number | undefined;
  /**
   * The shared store's health, when the node uses the store for more than its answers (a
   * semantic index): one outage, logged once, skipped alike by every use. Overrides `logger`,
   * `timeoutMs` and `retryMs`.
   */
  health?: StoreHealth | undefined;
}

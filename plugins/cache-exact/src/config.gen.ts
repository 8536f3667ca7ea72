// GENERATED FILE - do not edit. Source: plugins/cache-exact/schema/config.json. Regenerate with `pnpm gen`.

/**
 * This interface was referenced by `ExactCacheConfig`'s JSON-Schema
 * via the `definition` "Condition".
 */
export type Condition =
  | {
      field: string;
      eq?: unknown;
      ne?: unknown;
      gt?: number;
      gte?: number;
      lt?: number;
      lte?: number;
      in?: unknown[];
      nin?: unknown[];
      regex?: string;
      exists?: boolean;
    }
  | {
      /**
       * @minItems 1
       */
      all: [Condition, ...Condition[]];
    }
  | {
      /**
       * @minItems 1
       */
      any: [Condition, ...Condition[]];
    }
  | {
      not: Condition;
    };

/**
 * Answers a request from a stored answer to the same canonical request (endpoint, model, messages, tools and every parameter that can change the answer), stored in the gateway's store: memory, or Redis shared by every instance.
 */
export interface ExactCacheConfig {
  /**
   * How long an answer is kept when no rule matches. 0: requests no rule matches are not cached.
   */
  ttlSeconds?: number;
  /**
   * TTLs by request: the first rule whose `when` holds sets the TTL (0: not cached, as a bypass); requests no rule matches get `ttlSeconds`.
   */
  rules?: TtlRule[];
  /**
   * The endpoints whose requests are cached; others pass untouched.
   */
  endpoints?: ("chat.completions" | "completions" | "embeddings" | "moderations" | "images.generations")[];
  /**
   * Whose answers a request may be answered from: `none` (every caller's), `key` (the same virtual key's), `team` (the same team's; a key without a team is its own partition). Needs an auth node before the cache for `key` and `team`; requests without a caller share one partition.
   */
  partition?: "none" | "key" | "team";
  /**
   * More request fields that go into the key, as field paths (`header.x-tier`, `metadata.tenant`, `principal.user`): for anything outside the body that changes the answer (a header a router routes on).
   */
  vary?: string[];
  /**
   * The most answers kept (in memory: the least recently used go first; in Redis: the oldest).
   */
  maxEntries?: number;
  /**
   * In memory: the most bytes all kept answers may take together (in Redis the bound is maxEntries x maxEntryBytes).
   */
  maxBytes?: number;
  /**
   * The largest answer kept, in bytes; a larger answer is passed on and not stored.
   */
  maxEntryBytes?: number;
  /**
   * Replay a stored stream at the pace it first arrived (each chunk at its original offset from the first) instead of all at once.
   */
  pace?: boolean;
  /**
   * With Redis: how long a lookup or write may take before it counts as a store failure (a miss; the outage is logged once and the store skipped for a second before it is tried again).
   */
  storeTimeoutMs?: number;
}
/**
 * This interface was referenced by `ExactCacheConfig`'s JSON-Schema
 * via the `definition` "TtlRule".
 */
export interface TtlRule {
  when: Condition;
  /**
   * The TTL of matching requests' answers; 0: not cached.
   */
  ttlSeconds: number;
}

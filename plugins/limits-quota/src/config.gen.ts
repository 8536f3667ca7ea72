// GENERATED FILE - do not edit. Source: plugins/limits-quota/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Enforces the rate limits and budgets of the caller an auth node resolved (its principal's `quotas`: one policy per key, team and user): requests and tokens per minute and per day, and spending caps per day, month or in total. Every bucket of a request is checked and reserved in one call to the gateway's quota store (one Redis round trip when the stores are Redis), settled from the real usage and cost when the request finishes. Optionally keeps a spend ledger in PostgreSQL (seeding the budget counters after a store lost its data, and serving /admin/spend) and posts a webhook when spend crosses a budget's alert fraction.
 */
export interface LimitsQuotaConfig {
  /**
   * What happens to a request while the quota store cannot be reached: `open` lets it through (logged once per outage, tagged `limits_store: unavailable` in the record, its usage counted once the store is back); `closed` refuses it with 503 `store_unavailable`.
   */
  onStoreUnavailable?: "open" | "closed";
  /**
   * The prefix of every counter name in the quota store (change it to keep two gateways sharing one Redis apart).
   */
  keyPrefix?: string;
  defaults?: Limits;
  /**
   * How a request's tokens are estimated before it runs (the reservation; settled from the real usage afterwards).
   */
  estimate?: {
    /**
     * Characters of prompt text per token.
     */
    charsPerToken?: number;
    /**
     * Completion tokens reserved for a request that sets neither `max_completion_tokens` nor `max_tokens`.
     */
    completionTokens?: number;
    /**
     * Prompt tokens counted for each image part of a message.
     */
    imageTokens?: number;
  };
  /**
   * The spend ledger: one row per request that used tokens or cost money, written in batches off the request's path. Budget counters a store lost are seeded from it, and /admin/spend reads it.
   */
  postgres?: {
    /**
     * A libpq connection URI. Prefer `urlEnv` to keep the password out of the config file. Never logged.
     */
    url?: string;
    /**
     * The environment variable holding the connection URI, read at boot, when `url` is not set.
     */
    urlEnv?: string;
    /**
     * The PostgreSQL schema holding `aigw_spend` (created when missing).
     */
    schema?: string;
    /**
     * Rows per INSERT; a batch is written as soon as this many are queued.
     */
    batchSize?: number;
    /**
     * The longest a queued row waits before its batch is written.
     */
    flushIntervalMs?: number;
    /**
     * Rows held in memory while the database is slow or unreachable; beyond it new rows are dropped and counted (the budget counters still have them).
     */
    maxQueued?: number;
    /**
     * How often the current period's spend per key, team and user is read from the ledger to seed budget counters (also once at boot).
     */
    seedIntervalMs?: number;
    /**
     * The longest one statement may run.
     */
    queryTimeoutMs?: number;
  };
  /**
   * Soft budget alerts: when a scope's spend crosses one of its budget's `alertAt` fractions, one POST per crossing per period, across every gateway instance.
   */
  alerts?: {
    webhook: {
      /**
       * Where the alert is POSTed (JSON).
       */
      url: string;
      /**
       * Headers sent with each alert (an auth token, say).
       */
      headers?: {
        [k: string]: string;
      };
      /**
       * How long one attempt waits for the answer's headers.
       */
      timeoutMs?: number;
      /**
       * Further attempts after a failed one (no answer, or a status other than 2xx), 500 ms apart and doubling.
       */
      retries?: number;
    };
  };
}
/**
 * Limits for every caller whose principal carries no quota of scope `key`: applied to its key. Callers without a principal (no auth node, or an anonymous route) are never limited.
 */
export interface Limits {
  requestsPerMinute?: number;
  requestsPerDay?: number;
  /**
   * Prompt and completion tokens together.
   */
  tokensPerMinute?: number;
  tokensPerDay?: number;
  budget?: {
    limitUsd: number;
    period: "daily" | "monthly" | "total";
    alertAt?: number[];
  };
}
/**
 * This interface was referenced by `LimitsQuotaConfig`'s JSON-Schema
 * via the `definition` "Limits".
 */
export interface Limits1 {
  requestsPerMinute?: number;
  requestsPerDay?: number;
  /**
   * Prompt and completion tokens together.
   */
  tokensPerMinute?: number;
  tokensPerDay?: number;
  budget?: {
    limitUsd: number;
    period: "daily" | "monthly" | "total";
    alertAt?: number[];
  };
}

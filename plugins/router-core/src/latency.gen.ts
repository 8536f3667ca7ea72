// GENERATED FILE - do not edit. Source: plugins/router-core/schema/latency.json. Regenerate with `pnpm gen`.

/**
 * A failure to match: a gateway error code (e.g. rate_limited, upstream_timeout) or an HTTP status (e.g. 429, 503).
 *
 * This interface was referenced by `LatencyRouterConfig`'s JSON-Schema
 * via the `definition` "FailureKind".
 */
export type FailureKind = string | number;

/**
 * Picks the healthy target with the lowest moving latency; untried targets first.
 */
export interface LatencyRouterConfig {
  /**
   * EWMA weight of the newest successful attempt.
   */
  alpha?: number;
  /**
   * How long a target's latency is remembered without new samples.
   */
  statsTtlMs?: number;
  /**
   * On a failure that moves on, try the next fastest.
   */
  fallback?: boolean;
  retry?: RetryPolicy;
  timeouts?: Timeouts;
  breaker?: CircuitBreaker;
  /**
   * Seeds the random choices (weights, jitter) for reproducible tests; omit in production.
   */
  seed?: number;
  /**
   * The failures that move on to the next target (default: 429, 5xx, timeouts, connection errors, an answer an attempt check rejected; a request's own 4xx never does).
   */
  fallbackOn?: FailureKind[];
}
/**
 * Retries of one target before moving on: exponential backoff with full jitter; Retry-After is honoured up to retryAfterCapMs.
 *
 * This interface was referenced by `LatencyRouterConfig`'s JSON-Schema
 * via the `definition` "RetryPolicy".
 */
export interface RetryPolicy {
  /**
   * Retries after the first try (0-5).
   */
  attempts?: number;
  /**
   * Backoff base: retry n waits a random time in [0, min(capMs, baseMs * 2^n)).
   */
  baseMs?: number;
  /**
   * Backoff cap.
   */
  capMs?: number;
  /**
   * The failures that are retried (default: 429, 5xx, timeouts, connection errors).
   */
  on?: FailureKind[];
  /**
   * The longest Retry-After honoured; an upstream asking for longer is not retried (the router moves on).
   */
  retryAfterCapMs?: number;
}
/**
 * Time limits. For streams, an attempt ends at its first content (a role-only opening chunk does not count).
 *
 * This interface was referenced by `LatencyRouterConfig`'s JSON-Schema
 * via the `definition` "Timeouts".
 */
export interface Timeouts {
  /**
   * Per attempt: until the answer (or a stream's first content).
   */
  attemptMs?: number;
  /**
   * For the whole request across retries and fallbacks (until the answer or a stream's first content).
   */
  totalMs?: number;
}
/**
 * A circuit breaker per target, its state in the node's store (shared through Redis when the gateway uses Redis stores).
 *
 * This interface was referenced by `LatencyRouterConfig`'s JSON-Schema
 * via the `definition` "CircuitBreaker".
 */
export interface CircuitBreaker {
  enabled?: boolean;
  /**
   * The sliding window the failure ratio is measured over.
   */
  windowMs?: number;
  /**
   * Time buckets the window is split into.
   */
  buckets?: number;
  /**
   * Attempts in the window before the ratio is considered.
   */
  minRequests?: number;
  /**
   * Opens when failures / attempts in the window reach this.
   */
  failureRatio?: number;
  /**
   * How long the breaker stays open before letting probes through (half-open).
   */
  cooldownMs?: number;
  /**
   * Concurrent probes allowed while half-open.
   */
  halfOpenProbes?: number;
}

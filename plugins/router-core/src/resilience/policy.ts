/**
 * The resilience settings every router shares (retry, timeouts, breaker, what moves on, the
 * random source), read once at boot from the node's config with their defaults.
 */
import type { KeyValueStore } from "@aigw/plugin-api";
import type { CircuitBreaker as BreakerConfig, RetryPolicy, Timeouts } from "../fallback.gen.js";
import { CircuitBreaker } from "./breaker.js";
import { type FailureKind, type FailureMatcher, failureMatcher } from "./classify.js";
import { type Random, randomFor } from "./random.js";

/** The resilience part of every router's config (the generated types are identical). */
export interface ResilienceConfig {
  retry?: RetryPolicy;
  timeouts?: Timeouts;
  breaker?: BreakerConfig;
  seed?: number;
  fallbackOn?: FailureKind[];
}

export interface ResiliencePolicy {
  retries: number;
  baseMs: number;
  capMs: number;
  retryOn: FailureMatcher;
  retryAfterCapMs: number;
  attemptMs: number | undefined;
  totalMs: number | undefined;
  fallbackOn: FailureMatcher;
  breaker: CircuitBreaker | undefined;
  random: Random;
}

export function resiliencePolicy(
  config: ResilienceConfig,
  store: KeyValueStore,
  now: () => number,
): ResiliencePolicy {
  const retry = config.retry ?? {};
  const b = config.breaker ?? {};
  return {
    retries: retry.attempts ?? 0,
    baseMs: retry.baseMs ?? 100,
    capMs: retry.capMs ?? 2000,
    retryOn: failureMatcher(retry.on),
    retryAfterCapMs: retry.retryAfterCapMs ?? 5000,
    attemptMs: config.timeouts?.attemptMs,
    totalMs: config.timeouts?.totalMs,
    fallbackOn: failureMatcher(config.fallbackOn),
    breaker:
      b.enabled === false
        ? undefined
        : new CircuitBreaker(
            store,
            {
              windowMs: b.windowMs ?? 30_000,
              buckets: b.buckets ?? 5,
              minRequests: b.minRequests ?? 10,
              failureRatio: b.failureRatio ?? 0.5,
              cooldownMs: b.cooldownMs ?? 30_000,
              halfOpenProbes: b.halfOpenProbes ?? 1,
            },
            now,
          ),
    random: randomFor(config.seed),
  };
}

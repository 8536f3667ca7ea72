/**
 * @aigw/router-core: the routers (fallback, load balance, conditional, canary, latency, cost),
 * all sharing one resilience layer: per-target retries with jittered backoff and Retry-After,
 * per-attempt and total timeouts (a stream's first content included), and circuit breakers kept
 * in the node's store (shared across gateways through Redis).
 */
import { canaryRouter } from "./routers/canary.js";
import { conditionalRouter } from "./routers/conditional.js";
import { costRouter } from "./routers/cost.js";
import { fallbackRouter } from "./routers/fallback.js";
import { latencyRouter } from "./routers/latency.js";
import { loadBalanceRouter } from "./routers/loadbalance.js";

export { type BreakerOptions, type BreakerState, CircuitBreaker } from "./resilience/breaker.js";
export type { CanaryRouterConfig } from "./routers/canary.js";
export type { ConditionalRouterConfig } from "./routers/conditional.js";
export type { CostRouterConfig } from "./routers/cost.js";
export type { FallbackRouterConfig } from "./routers/fallback.js";
export type { LatencyRouterConfig } from "./routers/latency.js";
export type { LoadBalanceRouterConfig } from "./routers/loadbalance.js";
export { canaryRouter, conditionalRouter, costRouter, fallbackRouter, latencyRouter, loadBalanceRouter };

/** Every router of the package; the engine's package loader registers them all. */
export const plugins = [
  fallbackRouter,
  loadBalanceRouter,
  conditionalRouter,
  canaryRouter,
  latencyRouter,
  costRouter,
];

// GENERATED FILE - do not edit. Source: plugins/metrics-prometheus/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Upper bounds in seconds, strictly increasing.
 *
 * @minItems 1
 * @maxItems 50
 *
 * This interface was referenced by `PrometheusMetricsConfig`'s JSON-Schema
 * via the `definition` "Buckets".
 */
export type Buckets = [number, ...number[]];

/**
 * Counts every finished request into Prometheus metrics and serves them at GET /metrics. Nodes with the same id (in several named configs) share one set of metrics; the first such node's settings apply to all of them.
 */
export interface PrometheusMetricsConfig {
  /**
   * Put before every metric name the plugin defines (not before the process and Node.js default metrics, which keep their standard names). Empty for none.
   */
  prefix?: string;
  /**
   * Histogram bucket upper bounds in seconds, increasing, replacing the defaults: `requestDuration` for request_duration_seconds (default 0.005 ... 120), `overhead` for overhead_seconds (default 0.00005 ... 0.1), `ttft` for time_to_first_token_seconds (default 0.05 ... 30).
   */
  buckets?: {
    requestDuration?: Buckets;
    overhead?: Buckets;
    ttft?: Buckets;
  };
  /**
   * How many distinct values each label keeps; a value seen after the bound is reached is counted as `other` (and in label_values_folded_total). `none` (absent) and `other` do not count towards the bound.
   */
  maxLabelValues?: {
    /**
     * Virtual key ids.
     */
    key?: number;
    /**
     * Model names.
     */
    model?: number;
    /**
     * Provider labels.
     */
    provider?: number;
    /**
     * Provider node ids (attempts, breakers).
     */
    target?: number;
    /**
     * Guardrail node ids.
     */
    node?: number;
    /**
     * Guardrail check names.
     */
    check?: number;
    /**
     * Error codes.
     */
    code?: number;
    /**
     * Every other label (endpoint, status, outcome, cache, kind, verdict, action, scope, type).
     */
    other?: number;
  };
  /**
   * Also export prom-client's process and Node.js runtime metrics (CPU, memory, heap, event loop lag, GC).
   */
  defaultMetrics?: boolean;
  /**
   * Label tokens_total and cost_usd_total with the virtual key id (`key`). Turn off when keys are many and per-key figures come from the logs instead.
   */
  includeKey?: boolean;
}

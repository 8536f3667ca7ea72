// GENERATED FILE - do not edit. Source: plugins/logger-otlp/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Sends each finished request (the gateway's request record) as an OpenTelemetry log record over OTLP/HTTP with JSON encoding, in batches from a bounded queue.
 */
export interface OtlpLoggerConfig {
  /**
   * The OTLP/HTTP logs endpoint (a collector's `/v1/logs`).
   */
  endpoint?: string;
  /**
   * Static headers sent with every export. Put secrets in headersFromEnv instead, so they stay out of config files.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: OTLP_TOKEN }. A variable that is not set stops the boot.
   */
  headersFromEnv?: {
    [k: string]: string;
  };
  /**
   * The resource's `service.name`.
   */
  serviceName?: string;
  /**
   * More resource attributes (e.g. `deployment.environment.name`, `service.instance.id`).
   */
  resourceAttributes?: {
    [k: string]: string | number | boolean;
  };
  /**
   * Include the per-node timings of each request (`timings.nodes`) in the body; the totals are always sent.
   */
  includeTimings?: boolean;
  /**
   * How long records gather before an export (unless a full batch is ready sooner).
   */
  flushIntervalMs?: number;
  /**
   * Records per export request.
   */
  maxBatchSize?: number;
  /**
   * Records held while exports are slow or failing; beyond this, new records are dropped (counted, and reported once per burst) rather than slowing requests or growing memory.
   */
  maxQueueSize?: number;
  /**
   * How long one export may take before it counts as failed.
   */
  timeoutMs?: number;
  /**
   * Attempts per batch when the collector is unreachable or answers 429, 502, 503 or 504 (backing off between them, honouring Retry-After); then the batch is dropped and counted.
   */
  maxAttempts?: number;
}

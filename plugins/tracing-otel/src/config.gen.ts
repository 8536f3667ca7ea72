// GENERATED FILE - do not edit. Source: plugins/tracing-otel/schema/config.json. Regenerate with `pnpm gen`.

/**
 * Traces each request with OpenTelemetry: continues the caller's W3C trace context (or starts one), passes it to every upstream, and exports a span for the request, one per node hook and one per upstream attempt (GenAI semantic conventions) to an OTLP/HTTP endpoint as JSON.
 */
export interface OtelTracingConfig {
  /**
   * The OTLP/HTTP traces endpoint (a collector, Jaeger, Tempo...), the full URL including its path.
   */
  endpoint?: string;
  /**
   * Static headers sent with every export (a tenant id). Put secrets in headersFromEnv instead, so they stay out of config files.
   */
  headers?: {
    [k: string]: string;
  };
  /**
   * Headers whose values are read from environment variables once at boot (header name -> variable name), e.g. { authorization: OTLP_AUTH }. A variable that is not set stops the boot.
   */
  headersFromEnv?: {
    [k: string]: string;
  };
  /**
   * The resource's service.name.
   */
  serviceName?: string;
  /**
   * More resource attributes (deployment.environment.name, service.namespace, service.instance.id...).
   */
  resourceAttributes?: {
    [k: string]: string | number | boolean;
  };
  /**
   * The share of new traces recorded (0 to 1), decided from the trace id so every gateway agrees. A caller's traceparent decides for its own trace: its sampled flag is followed.
   */
  sampleRatio?: number;
  /**
   * Spans held for export; when the queue is full a request's spans are dropped (counted, and logged once per burst of drops).
   */
  maxQueueSize?: number;
  /**
   * Most spans sent in one export; a full batch is sent at once. At most maxQueueSize.
   */
  maxExportBatchSize?: number;
  /**
   * How long a span waits at most for its batch to fill before it is sent.
   */
  scheduledDelayMs?: number;
  /**
   * How long one export may take; also how long close() keeps trying to send what is left at shutdown.
   */
  exportTimeoutMs?: number;
}

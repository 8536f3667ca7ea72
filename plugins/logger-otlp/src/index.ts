/**
 * @aigw/logger-otlp: each finished request as an OpenTelemetry log record, exported over
 * OTLP/HTTP with JSON encoding through the gateway's HTTP client, in batches from a bounded queue.
 *
 * The encoding is the gateway's own (this package and `@aigw/otel-kit`, which `tracing-otel`
 * shares: a few hundred lines) rather than the OpenTelemetry JS SDK (`@opentelemetry/sdk-logs`
 * with `@opentelemetry/exporter-logs-otlp-http`): the SDK's current releases need Node 22.15
 * while the gateway runs on Node 20.18 and later (and on Bun and Deno); they bring ten packages
 * and about 20 MB (trace and metrics SDKs, semantic conventions) to send one kind of log record;
 * their batch processor drops records on a full queue without a word (only a self-observability
 * metric), where this logger must count and report drops; and their exporter brings its own HTTP
 * transport, where every other outgoing call of the gateway goes through its HTTP client service
 * (timeouts, proxies, one connection pool).
 */
import { resourceAttributes } from "@aigw/otel-kit";
import { definePlugin } from "@aigw/plugin-api";
import { resolveHeaders } from "@aigw/wire-kit";
import { BatchExporter } from "./batch-exporter.js";
import type { OtlpLoggerConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";

export { type AnyValue, anyValue, type KeyValue, keyValues } from "@aigw/otel-kit";
export { recordAttributes } from "./attributes.js";
export { BatchExporter, type BatchExporterOptions, type ExportStats } from "./batch-exporter.js";
export type { OtlpLoggerConfig } from "./config.gen.js";
export { type OtlpLogRecord, severityOf, toLogRecord, unixNano } from "./log-record.js";

const VERSION = "0.1.0";

/** The `logger-otlp` plugin. */
export default definePlugin({
  manifest: {
    name: "logger-otlp",
    kind: "logger",
    version: VERSION,
    engine: "^0.1.0",
    hooks: ["finish"],
    services: ["http", "env", "clock"],
    configSchema,
    configValidator: validateConfig,
    description: "Sends each finished request as an OpenTelemetry log record over OTLP/HTTP.",
  },
  create(config: OtlpLoggerConfig, init) {
    const { http, env, clock } = init.services;
    const exporter = new BatchExporter({
      endpoint: config.endpoint ?? "http://localhost:4318/v1/logs",
      headers: resolveHeaders(config, env),
      http,
      logger: init.logger,
      resource: resourceAttributes(config.serviceName ?? "aigw", config.resourceAttributes),
      scope: { name: "@aigw/logger-otlp", version: VERSION },
      includeTimings: config.includeTimings ?? true,
      flushIntervalMs: config.flushIntervalMs ?? 1000,
      maxBatchSize: config.maxBatchSize ?? 512,
      maxQueueSize: config.maxQueueSize ?? 2048,
      timeoutMs: config.timeoutMs ?? 10_000,
      maxAttempts: config.maxAttempts ?? 5,
      now: () => clock.now(),
    });
    return {
      finish(record) {
        exporter.push(record);
      },
      close: () => exporter.close(),
    };
  },
});

/**
 * @aigw/tracing-otel: OpenTelemetry tracing of each request. The `request` hook takes the
 * caller's W3C trace context (or starts a trace), records it in the request's annotations and
 * passes it to every upstream under the gateway's request span; the `finish` hook builds that
 * span, one per node hook and one per upstream attempt from the finished record (GenAI semantic
 * conventions) and queues them for a background OTLP/HTTP JSON export; `close()` flushes.
 * A pipeline without this node pays nothing.
 */
import { definePlugin, type RequestStep } from "@aigw/plugin-api";
import { BatchExporter } from "./batch-exporter.js";
import type { OtelTracingConfig } from "./config.gen.js";
import { configSchema } from "./config-schema.gen.js";
import { validateConfig } from "./config-validator.gen.js";
import { otlpHttpSender } from "./otlp-http.js";
import { OtlpJsonEncoder } from "./otlp-json.js";
import { resolveSettings } from "./settings.js";
import { buildSpans } from "./spans.js";
import { traceFor } from "./trace-context.js";
import { sanitizeTracestate } from "./traceparent.js";

export type { OtelTracingConfig } from "./config.gen.js";
export { buildSpans, type OtlpSpan, SpanKind, type SpanSource, StatusCode } from "./spans.js";
export { formatTraceparent, parseTraceparent, sanitizeTracestate, type Traceparent } from "./traceparent.js";

const CONTINUE: RequestStep = { kind: "continue" };

/** The `tracing-otel` plugin. */
export default definePlugin({
  manifest: {
    name: "tracing-otel",
    kind: "observer",
    version: "0.1.0",
    engine: "^0.1.0",
    hooks: ["request", "finish"],
    services: ["http", "env", "clock"],
    configSchema,
    configValidator: validateConfig,
    description: "OpenTelemetry spans for each request, node and upstream attempt, exported over OTLP/HTTP.",
  },
  create(config: OtelTracingConfig, init) {
    const settings = resolveSettings(config, init.services.env);
    const { clock } = init.services;
    const encoder = new OtlpJsonEncoder(settings.resource);
    const send = otlpHttpSender(init.services.http, settings.endpoint, settings.headers);
    const exporter = new BatchExporter({
      send: (spans, timeoutMs) => send(encoder.encode(spans), timeoutMs),
      maxQueueSize: settings.maxQueueSize,
      maxBatchSize: settings.maxExportBatchSize,
      scheduledDelayMs: settings.scheduledDelayMs,
      exportTimeoutMs: settings.exportTimeoutMs,
      logger: init.logger,
      // Real time, not the clock service: a test's frozen clock must not stall retries or shutdown.
      now: Date.now,
      endpoint: settings.endpoint,
    });
    return {
      request(ctx) {
        const trace = traceFor(ctx.request.headers, settings.sampleRatio);
        ctx.annotations.trace = trace.context;
        ctx.setUpstreamHeader("traceparent", trace.traceparent);
        if (trace.tracestate) ctx.setUpstreamHeader("tracestate", trace.tracestate);
        return CONTINUE;
      },
      finish(record, ctx) {
        // A request that ended before this node's request hook ran has no context yet: it gets one now.
        const trace = ctx.annotations.trace ?? traceFor(ctx.request.headers, settings.sampleRatio).context;
        if (!trace.sampled) return;
        try {
          const spans = buildSpans({
            record,
            trace,
            tracestate: trace.parentSpanId
              ? sanitizeTracestate(ctx.request.headers.get("tracestate"))
              : undefined,
            body: ctx.request.body,
            fallbackStartMs: clock.now() - record.timings.totalMs,
          });
          exporter.add(spans.map((span) => JSON.stringify(span)));
        } catch (error) {
          ctx.logger.error({ err: error }, "tracing: could not build the spans of a finished request");
        }
      },
      close: () => exporter.close(),
    };
  },
});

/**
 * The trace context of one request: the caller's, continued under a new span of the gateway's,
 * or a new trace when the caller sent none (or an invalid one). This is the whole of the
 * `request` hook's work, so it stays to two header reads and two random ids.
 */
import type { TraceContext } from "@aigw/plugin-api";
import { newSpanId, newTraceId } from "./ids.js";
import { sampledByRatio } from "./sampling.js";
import { formatTraceparent, isSampled, parseTraceparent, sanitizeTracestate } from "./traceparent.js";

/** A request's trace context and the headers that carry it upstream. */
export interface RequestTrace {
  readonly context: TraceContext;
  /** The `traceparent` for upstreams: this trace, with the gateway's request span as parent. */
  readonly traceparent: string;
  /** The caller's `tracestate`, checked, when it continued a trace. */
  readonly tracestate?: string | undefined;
}

/**
 * The trace for a request with these headers: a valid `traceparent` is continued (its sampled
 * flag decides), else a new trace starts, sampled at `sampleRatio`.
 */
export function traceFor(headers: Headers, sampleRatio: number): RequestTrace {
  const spanId = newSpanId();
  const parent = parseTraceparent(headers.get("traceparent"));
  if (parent) {
    const sampled = isSampled(parent.flags);
    return {
      context: { traceId: parent.traceId, spanId, parentSpanId: parent.parentId, sampled },
      traceparent: formatTraceparent(parent.traceId, spanId, sampled),
      tracestate: sanitizeTracestate(headers.get("tracestate")),
    };
  }
  const traceId = newTraceId();
  const sampled = sampledByRatio(traceId, sampleRatio);
  return { context: { traceId, spanId, sampled }, traceparent: formatTraceparent(traceId, spanId, sampled) };
}

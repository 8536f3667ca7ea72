/**
 * A finished request as OTLP spans, built after the fact from its record: the request span
 * (SERVER, the span id the upstreams were told), one INTERNAL span per node hook and one CLIENT
 * span per upstream attempt, both children of the request span, with explicit times taken from
 * the record's timestamp and offsets. Pure: no I/O, no clock.
 */
import {
  AttributeList,
  addHttpAttributes,
  addProvider,
  addRequestParameters,
  type KeyValue,
  operationName,
} from "@aigw/otel-kit";
import type { Attempt, NodeTiming, RequestRecord, TraceContext } from "@aigw/plugin-api";
import { newSpanId } from "./ids.js";
import { epochMs, unixNano } from "./time.js";

/** OTLP span kinds. */
export const SpanKind = { INTERNAL: 1, SERVER: 2, CLIENT: 3 } as const;

/** OTLP status codes. */
export const StatusCode = { UNSET: 0, OK: 1, ERROR: 2 } as const;

/** One span in its OTLP/JSON form. */
export interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  traceState?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: KeyValue[];
  status: { code: number; message?: string };
}

/** What the spans of one request are built from. */
export interface SpanSource {
  readonly record: RequestRecord;
  /** The ids the request ran under (the request span's id is `trace.spanId`). */
  readonly trace: TraceContext;
  /** The caller's `tracestate`, checked, carried by the request span. */
  readonly tracestate?: string | undefined;
  /** The request body as the finish hook sees it, for the `gen_ai.request.*` parameters. */
  readonly body: unknown;
  /** Epoch ms to start from when the record's timestamp does not parse. */
  readonly fallbackStartMs: number;
  /** Makes the node and attempt spans' ids (random by default). */
  readonly newSpanId?: (() => string) | undefined;
}

/** Node outcomes that mean the node itself failed (the request may have gone on without it). */
const FAILED_NODE_OUTCOMES: ReadonlySet<string> = new Set(["error", "timeout", "failed_open"]);

/** The spans of one request: the request span first, then its nodes' and its attempts'. */
export function buildSpans(source: SpanSource): OtlpSpan[] {
  const { record, trace } = source;
  const base = epochMs(record.timestamp, source.fallbackStartMs);
  const operation = operationName(record.endpoint);
  const nextId = source.newSpanId ?? newSpanId;
  const spans: OtlpSpan[] = [requestSpan(source, base, operation)];
  for (const timing of record.timings.nodes) spans.push(nodeSpan(record, trace, timing, base, nextId()));
  const served = servedAttempt(record);
  record.attempts.forEach((attempt, index) => {
    spans.push(attemptSpan(record, trace, attempt, index, index === served, operation, base, nextId()));
  });
  return spans;
}

function requestSpan(source: SpanSource, base: number, operation: string | undefined): OtlpSpan {
  const { record, trace } = source;
  const attributes = new AttributeList().str("gen_ai.operation.name", operation);
  addProvider(attributes, record.provider);
  attributes
    .str("gen_ai.request.model", record.modelRequested)
    .str("gen_ai.response.model", record.modelServed);
  addUsage(attributes, record);
  addRequestParameters(attributes, record.endpoint, source.body);
  addHttpAttributes(attributes, record);
  attributes
    .str("aigw.request_id", record.requestId)
    .str("aigw.config", record.config)
    .str("aigw.endpoint", record.endpoint)
    .str("aigw.ingress", record.ingress)
    .bool("aigw.stream", record.stream)
    .str("aigw.outcome", record.outcome)
    .str("aigw.served_by", record.servedBy)
    .str("aigw.ended_by", record.endedBy)
    .int("aigw.retries", record.retries)
    .int("aigw.fallbacks", record.fallbacks)
    .double("aigw.cost_usd", record.cost?.totalUsd)
    .str("aigw.cache.status", record.cache?.status)
    .str("aigw.key_id", record.keyId)
    .str("aigw.team", record.team)
    .double("aigw.ttfb_ms", record.timings.ttfbMs)
    .double("aigw.ttft_ms", record.timings.ttftMs);
  const failed = record.outcome === "error" || record.outcome === "stream_error";
  if (failed) attributes.str("error.type", record.error?.code ?? "_OTHER");
  const span: OtlpSpan = {
    traceId: trace.traceId,
    spanId: trace.spanId,
    name: spanName(operation, record.modelRequested, `${record.method} ${record.path}`),
    kind: SpanKind.SERVER,
    startTimeUnixNano: unixNano(base, 0),
    endTimeUnixNano: unixNano(base, record.timings.totalMs),
    attributes: attributes.list,
    status: failed && serverFault(record) ? errorStatus(record.error?.message) : { code: StatusCode.UNSET },
  };
  if (trace.parentSpanId) span.parentSpanId = trace.parentSpanId;
  if (source.tracestate) span.traceState = source.tracestate;
  return span;
}

/**
 * Whether a failed request is the gateway's (or its upstreams') fault: a 5xx, no status, or a
 * stream that broke. A 4xx (a bad request, a denial, a budget) leaves the server span's status
 * unset, as the HTTP conventions ask; its `error.type` still says why.
 */
function serverFault(record: RequestRecord): boolean {
  return record.outcome === "stream_error" || record.status >= 500 || record.status < 100;
}

function nodeSpan(
  record: RequestRecord,
  trace: TraceContext,
  timing: NodeTiming,
  base: number,
  id: string,
): OtlpSpan {
  const attributes = new AttributeList()
    .str("aigw.node", timing.node)
    .str("aigw.hook", timing.hook)
    .str("aigw.node.outcome", timing.outcome);
  const failed = FAILED_NODE_OUTCOMES.has(timing.outcome);
  const ownError =
    record.error?.node === timing.node && record.error.hook === timing.hook ? record.error : undefined;
  if (failed) attributes.str("error.type", ownError?.code ?? timing.outcome);
  return {
    traceId: trace.traceId,
    spanId: id,
    parentSpanId: trace.spanId,
    name: `aigw.node ${timing.node}.${timing.hook}`,
    kind: SpanKind.INTERNAL,
    startTimeUnixNano: unixNano(base, timing.startMs),
    endTimeUnixNano: unixNano(base, timing.startMs + timing.durationMs),
    attributes: attributes.list,
    status: failed ? errorStatus(ownError?.message ?? timing.outcome) : { code: StatusCode.UNSET },
  };
}

function attemptFailed(attempt: Attempt): boolean {
  return attempt.error !== undefined || attempt.status === 0 || attempt.status >= 400;
}

/** The index of the attempt whose answer the client got (the last good one of the serving node). */
function servedAttempt(record: RequestRecord): number {
  if (record.outcome === "error" || record.outcome === "ended_early") return -1;
  for (let i = record.attempts.length - 1; i >= 0; i--) {
    const attempt = record.attempts[i]!;
    if (!attemptFailed(attempt) && (record.servedBy === undefined || attempt.target === record.servedBy))
      return i;
  }
  return -1;
}

function attemptSpan(
  record: RequestRecord,
  trace: TraceContext,
  attempt: Attempt,
  index: number,
  served: boolean,
  operation: string | undefined,
  base: number,
  id: string,
): OtlpSpan {
  const model = attempt.model ?? record.modelRequested;
  const attributes = new AttributeList().str("gen_ai.operation.name", operation);
  addProvider(attributes, attempt.provider);
  attributes.str("gen_ai.request.model", model);
  if (served) {
    attributes.str("gen_ai.response.model", record.modelServed);
    addUsage(attributes, record);
  }
  attributes.str("aigw.node", attempt.target).int("aigw.attempt", index);
  if (attempt.status > 0) attributes.int("http.response.status_code", attempt.status);
  const failed = attemptFailed(attempt);
  if (failed)
    attributes.str("error.type", attempt.error ?? (attempt.status > 0 ? String(attempt.status) : "_OTHER"));
  return {
    traceId: trace.traceId,
    spanId: id,
    parentSpanId: trace.spanId,
    name: spanName(operation, model, `aigw.attempt ${attempt.target}`),
    kind: SpanKind.CLIENT,
    startTimeUnixNano: unixNano(base, attempt.startMs),
    endTimeUnixNano: unixNano(base, attempt.startMs + attempt.durationMs),
    attributes: attributes.list,
    status: failed ? errorStatus(attempt.error ?? `HTTP ${attempt.status}`) : { code: StatusCode.UNSET },
  };
}

function addUsage(attributes: AttributeList, record: RequestRecord): void {
  const tokens = record.tokens;
  if (!tokens) return;
  attributes
    .int("gen_ai.usage.input_tokens", tokens.prompt)
    .int("gen_ai.usage.output_tokens", tokens.completion)
    .int("gen_ai.usage.cache_read.input_tokens", tokens.cached)
    .int("gen_ai.usage.cache_creation.input_tokens", tokens.cacheWrite)
    .int("aigw.usage.reasoning_tokens", tokens.reasoning);
}

/** `{operation} {model}` as the GenAI conventions name spans; `otherwise` without an operation. */
function spanName(operation: string | undefined, model: string | undefined, otherwise: string): string {
  if (operation === undefined) return otherwise;
  return model ? `${operation} ${model}` : operation;
}

function errorStatus(message: string | undefined): OtlpSpan["status"] {
  return message ? { code: StatusCode.ERROR, message } : { code: StatusCode.ERROR };
}

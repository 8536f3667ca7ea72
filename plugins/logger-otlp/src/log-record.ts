/**
 * A request record as one OTLP log record (OTLP/JSON): its time (when the request arrived) and
 * when it was observed (when it finished), a severity from its outcome, the record as the body,
 * flattened attributes, and the trace and span ids of the request when it was traced.
 */
import { type AnyValue, anyValue, isSpanId, isTraceId, type KeyValue } from "@aigw/otel-kit";
import type { RequestRecord } from "@aigw/plugin-api";
import { recordAttributes } from "./attributes.js";

/** One OTLP `LogRecord`, as JSON. */
export interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  body: AnyValue;
  attributes: KeyValue[];
  /** Hex, as OTLP/JSON spells ids (not base64). */
  traceId?: string;
  spanId?: string;
}

/** OpenTelemetry severity numbers: INFO, WARN, ERROR. */
const SEVERITY = { info: 9, warn: 13, error: 17 } as const;

/**
 * The severity from the outcome: ERROR when the request failed with a 5xx or its stream broke,
 * WARN when it was refused (4xx), INFO otherwise.
 */
export function severityOf(record: RequestRecord): keyof typeof SEVERITY {
  if (record.outcome === "stream_error") return "error";
  if (record.outcome === "error") return record.status >= 500 ? "error" : "warn";
  return "info";
}

/** Milliseconds since the epoch as nanoseconds, in decimal (exact: no float beyond 2^53). */
export function unixNano(ms: number): string {
  const whole = Math.floor(ms);
  const micros = Math.round((ms - whole) * 1000);
  return `${BigInt(whole) * 1_000_000n + BigInt(micros) * 1000n}`;
}

/** The log record for `record`, observed at `observedAtMs`. */
export function toLogRecord(
  record: RequestRecord,
  observedAtMs: number,
  includeTimings: boolean,
): OtlpLogRecord {
  const arrived = Date.parse(record.timestamp);
  const severity = severityOf(record);
  let body: object = record;
  if (!includeTimings) {
    const { nodes: _nodes, ...totals } = record.timings;
    body = { ...record, timings: totals };
  }
  const log: OtlpLogRecord = {
    // A record without a usable timestamp is still sent; 0 tells receivers to use the observed time.
    timeUnixNano: Number.isFinite(arrived) ? unixNano(arrived) : "0",
    observedTimeUnixNano: unixNano(observedAtMs),
    severityNumber: SEVERITY[severity],
    severityText: severity.toUpperCase(),
    body: anyValue(body),
    attributes: recordAttributes(record),
  };
  const traceId = record.traceId?.toLowerCase();
  const spanId = record.spanId?.toLowerCase();
  if (isTraceId(traceId)) {
    log.traceId = traceId;
    if (isSpanId(spanId)) log.spanId = spanId;
  }
  return log;
}

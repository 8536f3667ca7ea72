/**
 * Trace and span id checks as W3C Trace Context and OTLP/JSON spell ids: lowercase hex of a fixed
 * length, never all zeros (the invalid id). An id that fails is not sent: a receiver would refuse
 * the whole export, or join unrelated requests under one trace.
 */

const LOWER_HEX = /^[0-9a-f]+$/;
const ZERO_TRACE_ID = "0".repeat(32);
const ZERO_SPAN_ID = "0".repeat(16);

/** Whether `value` is a valid trace id (32 lowercase hex digits, not all zeros). */
export function isTraceId(value: unknown): value is string {
  return typeof value === "string" && value.length === 32 && LOWER_HEX.test(value) && value !== ZERO_TRACE_ID;
}

/** Whether `value` is a valid span id (16 lowercase hex digits, not all zeros). */
export function isSpanId(value: unknown): value is string {
  return typeof value === "string" && value.length === 16 && LOWER_HEX.test(value) && value !== ZERO_SPAN_ID;
}

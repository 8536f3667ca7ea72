/**
 * A finished request as one row of `aigw_requests`: the columns the query API filters and
 * aggregates on, lifted out of the record and coerced to their SQL types here, so that a record
 * with an odd value (a fractional status, a NaN, an unparsable timestamp) cannot fail the
 * statement that carries its whole batch. The record itself travels whole in `record`.
 */
import { type RequestRecord, recordJson } from "@aigw/plugin-api";
import { acceptable, jsonbText } from "./jsonb-text.js";

/** The row's columns, in the order of the INSERT (the `id` and generated `model` excluded). */
export const COLUMNS = [
  ["ts", "timestamptz"],
  ["request_id", "text"],
  ["trace_id", "text"],
  ["key_id", "text"],
  ["team", "text"],
  ["user_id", "text"],
  ["endpoint", "text"],
  ["method", "text"],
  ["path", "text"],
  ["config", "text"],
  ["stream", "boolean"],
  ["provider", "text"],
  ["model_requested", "text"],
  ["model_served", "text"],
  ["status", "integer"],
  ["outcome", "text"],
  ["error_code", "text"],
  ["cache_status", "text"],
  ["guardrail_failed", "boolean"],
  ["retries", "integer"],
  ["fallbacks", "integer"],
  ["total_ms", "double precision"],
  ["overhead_ms", "double precision"],
  ["upstream_ms", "double precision"],
  ["ttft_ms", "double precision"],
  ["prompt_tokens", "bigint"],
  ["completion_tokens", "bigint"],
  ["total_tokens", "bigint"],
  ["cached_tokens", "bigint"],
  ["reasoning_tokens", "bigint"],
  ["cost_usd", "numeric"],
  ["record", "json"],
] as const;

export type ColumnName = (typeof COLUMNS)[number][0];

/** One row, keyed by column name, ready for `json_to_recordset`. */
export type Row = { [K in ColumnName]: string | number | boolean | null | RequestRecord };

const INT4_MAX = 2_147_483_647;

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function real(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function integer(value: unknown, max: number): number | null {
  const n = real(value);
  if (n === null) return null;
  const whole = Math.trunc(n);
  return Math.abs(whole) <= max ? whole : null;
}

function object(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** The record's timestamp as ISO 8601, or `fallbackMs` when it does not parse. */
function timestamp(value: unknown, fallbackMs: number): string {
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  return new Date(Number.isFinite(ms) ? ms : fallbackMs).toISOString();
}

/**
 * The row for `record`. `nowMs` stands in for a timestamp that does not parse (the record is
 * kept whole either way, so nothing of it is lost).
 */
export function toRow(record: RequestRecord, nowMs: number): Row {
  return { ...toColumns(record, nowMs), record };
}

/**
 * The row as the JSON text the INSERT takes: the columns serialised here, the record's own text
 * shared with the request's other sinks (`recordJson`) unless it holds what the server refuses
 * (a NUL, a lone surrogate: then it is written again without them).
 */
export function rowText(record: RequestRecord, nowMs: number): string {
  const columns = jsonbText(toColumns(record, nowMs));
  return `${columns.slice(0, -1)},"record":${acceptable(recordJson(record), record)}}`;
}

/** Every column of the row but the record. */
function toColumns(record: RequestRecord, nowMs: number): Omit<Row, "record"> {
  const timings = object(record.timings);
  const tokens = object(record.tokens);
  const cost = object(record.cost);
  const guardrails: unknown[] = Array.isArray(record.guardrails) ? record.guardrails : [];
  return {
    ts: timestamp(record.timestamp, nowMs),
    request_id: record.requestId,
    trace_id: text(record.traceId),
    key_id: text(record.keyId),
    team: text(record.team),
    user_id: text(record.user),
    endpoint: text(record.endpoint),
    method: text(record.method),
    path: text(record.path),
    config: text(record.config),
    stream: typeof record.stream === "boolean" ? record.stream : null,
    provider: text(record.provider),
    model_requested: text(record.modelRequested),
    model_served: text(record.modelServed),
    status: integer(record.status, INT4_MAX) ?? 0,
    outcome: text(record.outcome) ?? "error",
    error_code: text(object(record.error)?.code),
    cache_status: text(object(record.cache)?.status),
    guardrail_failed: guardrails.some((verdict) => object(verdict)?.verdict === "fail"),
    retries: integer(record.retries, INT4_MAX),
    fallbacks: integer(record.fallbacks, INT4_MAX),
    total_ms: real(timings?.totalMs),
    overhead_ms: real(timings?.overheadMs),
    upstream_ms: real(timings?.upstreamMs),
    ttft_ms: real(timings?.ttftMs),
    prompt_tokens: integer(tokens?.prompt, Number.MAX_SAFE_INTEGER),
    completion_tokens: integer(tokens?.completion, Number.MAX_SAFE_INTEGER),
    total_tokens: integer(tokens?.total, Number.MAX_SAFE_INTEGER),
    cached_tokens: integer(tokens?.cached, Number.MAX_SAFE_INTEGER),
    reasoning_tokens: integer(tokens?.reasoning, Number.MAX_SAFE_INTEGER),
    cost_usd: real(cost?.totalUsd),
  };
}

/**
 * Why a value cannot be logged at all, or undefined when it can: without a request id there is
 * nothing to deduplicate replays on.
 */
export function unloggable(record: unknown): string | undefined {
  const fields = object(record);
  if (!fields) return "the record is not an object";
  if (typeof fields.requestId !== "string" || fields.requestId.length === 0)
    return "the record has no requestId";
  return undefined;
}

/**
 * What a stdout line holds besides the record: a level and a message under names the user picks,
 * which must not shadow a record field; and the record itself, with or without per-node timings.
 */
import type { RequestRecord } from "@aigw/plugin-api";

/** Every top-level field of the record; the compiler keeps the list complete. */
const RECORD_FIELDS = {
  recordVersion: true,
  requestId: true,
  traceId: true,
  spanId: true,
  parentSpanId: true,
  timestamp: true,
  keyId: true,
  team: true,
  user: true,
  endpoint: true,
  ingress: true,
  method: true,
  path: true,
  config: true,
  stream: true,
  modelRequested: true,
  provider: true,
  modelServed: true,
  servedBy: true,
  status: true,
  outcome: true,
  endedBy: true,
  error: true,
  timings: true,
  attempts: true,
  retries: true,
  fallbacks: true,
  adaptations: true,
  tokens: true,
  cost: true,
  cache: true,
  guardrails: true,
  requestBytes: true,
  responseBytes: true,
  client: true,
  tags: true,
  bodies: true,
} as const satisfies Record<keyof RequestRecord, true>;

/**
 * Checks that the level and message field names are free: not a record field, not each other.
 * Throws an error naming the option otherwise (a line with two `status` fields would be
 * ambiguous to every reader).
 */
export function checkKeys(levelKey: string, messageKey: string): void {
  for (const [option, key] of [
    ["levelKey", levelKey],
    ["messageKey", messageKey],
  ] as const) {
    if (Object.hasOwn(RECORD_FIELDS, key))
      throw new Error(
        `logger-stdout: ${option} "${key}" is a field of the request record; choose another name`,
      );
  }
  if (levelKey === messageKey)
    throw new Error(`logger-stdout: levelKey and messageKey are both "${levelKey}"; choose two names`);
}

export type LineLevel = "info" | "warn" | "error";

/**
 * The line's level from the request's outcome: `error` when the gateway or an upstream failed
 * (a 5xx, or a stream that broke after it began), `warn` when the request was refused (4xx),
 * `info` otherwise (answered, ended early by a node, or closed by the client).
 */
export function levelOf(record: RequestRecord): LineLevel {
  if (record.outcome === "stream_error") return "error";
  if (record.outcome === "error") return record.status >= 500 ? "error" : "warn";
  return "info";
}

/** The record as written: whole, or without `timings.nodes`. */
export function lineFields(
  record: RequestRecord,
  includeTimings: boolean,
): RequestRecord | Record<string, unknown> {
  if (includeTimings) return record;
  const { nodes: _nodes, ...totals } = record.timings;
  return { ...record, timings: totals };
}

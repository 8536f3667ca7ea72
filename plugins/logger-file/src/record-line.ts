/**
 * One finished request as one JSON line: the engine's `RequestRecord` (metadata, and redacted
 * bodies only when `logging.bodies` asks for them). This module adds nothing to it and may only
 * take the per-node timings away.
 */
import { type RequestRecord, recordJson } from "@aigw/plugin-api";

export function recordLine(record: RequestRecord, includeTimings: boolean): string {
  // The whole record's text is shared with the request's other sinks.
  if (includeTimings) return recordJson(record);
  return JSON.stringify({ ...record, timings: { ...record.timings, nodes: undefined } });
}

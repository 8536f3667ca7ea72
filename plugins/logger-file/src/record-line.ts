/**
 * One finished request as one JSON line. The record is the engine's `FinishedRequest`, which
 * carries metadata only (ids, model, status, timings, usage, route, verdicts), never prompt or
 * answer content; this module adds nothing to it and may only take timings away.
 */
import type { FinishedRequest } from "@aigw/plugin-api";

export function recordLine(record: FinishedRequest, includeTimings: boolean): string {
  return JSON.stringify(includeTimings ? record : { ...record, timings: undefined });
}

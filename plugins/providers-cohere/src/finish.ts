/**
 * Cohere's `finish_reason` as OpenAI's. COMPLETE and STOP_SEQUENCE end normally (stop),
 * MAX_TOKENS is length, TOOL_CALL is tool_calls; ERROR and TIMEOUT are failures, never a
 * normal finish: the caller throws. Cohere has no content-filter reason. An answer that carries
 * tool calls finishes with tool_calls (OpenAI clients key off it) unless it was cut at
 * MAX_TOKENS, whose truncated arguments a client must see as length.
 */
import type { FinishReason } from "@aigw/plugin-api";

export type MappedFinish =
  | { ok: true; reason: Exclude<FinishReason, "function_call"> }
  | { ok: false; reason: string | undefined };

const TABLE: Record<string, Exclude<FinishReason, "function_call">> = {
  COMPLETE: "stop",
  STOP_SEQUENCE: "stop",
  MAX_TOKENS: "length",
  TOOL_CALL: "tool_calls",
};

export function mapFinishReason(reason: string | undefined, hasToolCalls: boolean): MappedFinish {
  if (reason === "ERROR" || reason === "TIMEOUT") return { ok: false, reason };
  if (reason === "MAX_TOKENS") return { ok: true, reason: "length" };
  if (hasToolCalls) return { ok: true, reason: "tool_calls" };
  // An unknown (newer) reason is still a finished answer: report it as a plain stop.
  return { ok: true, reason: (reason && TABLE[reason]) || "stop" };
}

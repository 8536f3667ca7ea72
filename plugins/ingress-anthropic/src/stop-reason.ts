/**
 * OpenAI's `finish_reason` as Anthropic's `stop_reason`: stop is end_turn (stop_sequence when
 * the upstream says which stop sequence matched), length is max_tokens, tool_calls (and the
 * legacy function_call) is tool_use, content_filter is refusal. A turn that called tools is
 * tool_use whatever the reason says (some upstreams report stop). Missing or unknown: end_turn.
 */
import type { StopReason } from "./wire.js";

/**
 * The stop sequence that ended the answer, when the upstream reports it: OpenAI does not, but
 * OpenAI-compatible servers do (vLLM's `stop_reason`, SGLang's `matched_stop`). Only a sequence
 * the client asked for counts.
 */
export function matchedStop(choice: unknown, stops: readonly string[] | undefined): string | null {
  if (!stops || stops.length === 0) return null;
  for (const value of Object.values(stopFieldsOf(choice)))
    if (typeof value === "string" && stops.includes(value)) return value;
  return null;
}

const STOP_FIELDS = ["stop_sequence", "stop_reason", "matched_stop"] as const;

/** The fields of a choice that may name the matched stop sequence, to carry them along. */
export function stopFieldsOf(choice: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof choice !== "object" || choice === null) return fields;
  for (const key of STOP_FIELDS) {
    const value = (choice as Record<string, unknown>)[key];
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

export function stopReason(
  finish: string | null | undefined,
  usedTools: boolean,
  matched: string | null,
): { stop_reason: StopReason; stop_sequence: string | null } {
  if (usedTools && finish !== "length") return { stop_reason: "tool_use", stop_sequence: null };
  switch (finish) {
    case "length":
      return { stop_reason: "max_tokens", stop_sequence: null };
    case "tool_calls":
    case "function_call":
      return { stop_reason: "tool_use", stop_sequence: null };
    case "content_filter":
      return { stop_reason: "refusal", stop_sequence: null };
    default:
      return matched === null
        ? { stop_reason: "end_turn", stop_sequence: null }
        : { stop_reason: "stop_sequence", stop_sequence: matched };
  }
}

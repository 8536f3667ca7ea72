/**
 * Bedrock's stop reasons as OpenAI finish reasons. Converse documents end_turn, tool_use,
 * max_tokens, stop_sequence, guardrail_intervened and content_filtered; newer models also report
 * model_context_window_exceeded (the answer was cut: length) and malformed_* (the model produced
 * unusable output: there is no OpenAI equivalent, so they end as a plain stop).
 */
import type { FinishReason } from "@aigw/plugin-api";

const TABLE: Record<string, FinishReason> = {
  end_turn: "stop",
  stop_sequence: "stop",
  max_tokens: "length",
  model_context_window_exceeded: "length",
  tool_use: "tool_calls",
  guardrail_intervened: "content_filter",
  content_filtered: "content_filter",
};

/**
 * @param hadToolCalls - whether the answer carried tool calls the client sees; a `tool_use` stop
 *   whose only call was our JSON-mode tool is a plain `stop` for the client.
 */
export function finishReason(stopReason: string | undefined, hadToolCalls: boolean): FinishReason {
  const mapped = (stopReason && TABLE[stopReason]) || "stop";
  if (mapped === "tool_calls" && !hadToolCalls) return "stop";
  return mapped;
}

/**
 * Anthropic's `stop_reason` as OpenAI's `finish_reason`
 * (https://docs.claude.com/en/docs/build-with-claude/handling-stop-reasons):
 * end_turn and stop_sequence finish normally; max_tokens (and a full context window) is a
 * length cut; tool_use is tool_calls, unless the only tool used was the JSON-mode tool, whose
 * input is the answer itself; refusal is content_filter. pause_turn (a server-tool loop paused,
 * the client may send the turn back to continue) has no OpenAI counterpart and maps to stop.
 * An unknown or missing reason maps to stop.
 */
import type { FinishReason } from "@aigw/plugin-api";

export function finishReason(stopReason: string | null | undefined, clientToolCalls: boolean): FinishReason {
  switch (stopReason) {
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "tool_use":
      return clientToolCalls ? "tool_calls" : "stop";
    case "refusal":
      return "content_filter";
    default:
      // end_turn, stop_sequence, pause_turn, null, and reasons added later.
      return "stop";
  }
}

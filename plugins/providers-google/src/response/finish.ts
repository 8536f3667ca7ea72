/**
 * Google's finishReason to OpenAI's finish_reason:
 *
 * | Google                                                                  | OpenAI         |
 * | ----------------------------------------------------------------------- | -------------- |
 * | STOP (no function call)                                                 | stop           |
 * | STOP, or none, with function calls                                      | tool_calls     |
 * | MAX_TOKENS                                                              | length         |
 * | SAFETY, RECITATION, BLOCKLIST, PROHIBITED_CONTENT, SPII, IMAGE_SAFETY,  | content_filter |
 * | IMAGE_PROHIBITED_CONTENT, IMAGE_RECITATION, MODEL_ARMOR, LANGUAGE       |                |
 * | MALFORMED_FUNCTION_CALL, UNEXPECTED_TOOL_CALL, TOO_MANY_TOOL_CALLS,     | stop, or an    |
 * | MISSING_THOUGHT_SIGNATURE                                               | error (below)  |
 * | OTHER, FINISH_REASON_UNSPECIFIED, anything new                          | stop           |
 *
 * The tool-call failures end a candidate that usually has nothing in it: answering an empty
 * "stop" would look like a silent success, so such an empty candidate is reported as a 502
 * (routers may retry or fail over); one that did produce text keeps it and says "stop".
 */
import type { FinishReason } from "@aigw/plugin-api";

const FILTERED = new Set([
  "SAFETY",
  "RECITATION",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "IMAGE_SAFETY",
  "IMAGE_PROHIBITED_CONTENT",
  "IMAGE_RECITATION",
  "MODEL_ARMOR",
  "LANGUAGE",
]);

/** Finish reasons that mean the model's tool call itself failed. */
export const TOOL_CALL_FAILURES = new Set([
  "MALFORMED_FUNCTION_CALL",
  "UNEXPECTED_TOOL_CALL",
  "TOO_MANY_TOOL_CALLS",
  "MISSING_THOUGHT_SIGNATURE",
]);

export function mapFinishReason(reason: string | undefined, hasToolCalls: boolean): FinishReason {
  if (reason === "MAX_TOKENS") return "length";
  if (reason !== undefined && FILTERED.has(reason)) return "content_filter";
  return hasToolCalls ? "tool_calls" : "stop";
}

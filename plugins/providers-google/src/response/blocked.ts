/**
 * A prompt Google refused outright: `promptFeedback.blockReason` (SAFETY, BLOCKLIST,
 * PROHIBITED_CONTENT, OTHER...) and no candidates. By default (blockedPrompt: content_filter) the
 * client gets a normal answer with finish_reason content_filter, no content and the reason as
 * `refusal`, which is how OpenAI clients already handle filtered output; with blockedPrompt:
 * error it is a 400 content_denied instead.
 */
import { GatewayError } from "@aigw/plugin-api";
import type { GeminiPromptFeedback } from "../wire.js";

export function isBlocked(feedback: GeminiPromptFeedback | undefined): feedback is GeminiPromptFeedback {
  return (
    !!feedback &&
    (typeof feedback.blockReason === "string" || typeof feedback.blockReasonMessage === "string")
  );
}

export function blockedMessage(feedback: GeminiPromptFeedback, label: string): string {
  const reason = feedback.blockReason ?? "unspecified";
  return `${label} blocked the prompt (blockReason ${reason})${feedback.blockReasonMessage ? `: ${feedback.blockReasonMessage}` : "."}`;
}

export function blockedError(feedback: GeminiPromptFeedback, label: string): GatewayError {
  return new GatewayError("content_denied", blockedMessage(feedback, label), {
    publicCode: "content_filter",
  });
}

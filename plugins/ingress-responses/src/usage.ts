/** Chat usage as the Responses API reports it (input/output tokens, cached and reasoning details). */
import type { Usage as ChatUsage } from "@aigw/plugin-api";
import type { Usage } from "./wire.js";

export function responsesUsage(usage: ChatUsage): Usage {
  return {
    input_tokens: usage.prompt_tokens,
    input_tokens_details: { cached_tokens: usage.prompt_tokens_details?.cached_tokens ?? 0 },
    output_tokens: usage.completion_tokens,
    output_tokens_details: { reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0 },
    total_tokens: usage.total_tokens,
  };
}

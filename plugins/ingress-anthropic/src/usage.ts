/**
 * OpenAI usage as Anthropic's. OpenAI's `prompt_tokens` includes the cached tokens; Anthropic
 * counts cache reads apart from `input_tokens` (the total input is their sum), so the cached
 * tokens move to `cache_read_input_tokens`. OpenAI caching has no billed cache writes:
 * `cache_creation_input_tokens` is 0. Unknown usage is all zeros.
 */
import type { Usage as OpenAIUsage } from "@aigw/plugin-api";
import type { Usage } from "./wire.js";

export function anthropicUsage(usage: OpenAIUsage | null | undefined): Usage {
  const prompt = usage?.prompt_tokens ?? 0;
  const cached = Math.min(prompt, usage?.prompt_tokens_details?.cached_tokens ?? 0);
  return {
    input_tokens: prompt - cached,
    output_tokens: usage?.completion_tokens ?? 0,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: cached,
  };
}

/**
 * OpenAI usage as Anthropic's. OpenAI's `prompt_tokens` includes the cached tokens; Anthropic
 * counts cache reads and writes apart from `input_tokens` (the total input is their sum), so the
 * cached tokens move to `cache_read_input_tokens` and the cache writes providers report as
 * `cache_write_tokens` (Anthropic, Bedrock) to `cache_creation_input_tokens`; OpenAI's own caching
 * bills no writes, so there it is 0. Unknown usage is all zeros.
 */
import type { Usage as OpenAIUsage } from "@aigw/plugin-api";
import type { Usage } from "./wire.js";

export function anthropicUsage(usage: OpenAIUsage | null | undefined): Usage {
  const prompt = usage?.prompt_tokens ?? 0;
  const cached = Math.min(prompt, usage?.prompt_tokens_details?.cached_tokens ?? 0);
  const written = Math.min(prompt - cached, usage?.prompt_tokens_details?.cache_write_tokens ?? 0);
  return {
    input_tokens: prompt - cached - written,
    output_tokens: usage?.completion_tokens ?? 0,
    cache_creation_input_tokens: written,
    cache_read_input_tokens: cached,
  };
}

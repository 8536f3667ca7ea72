/**
 * Anthropic's usage as OpenAI's. Anthropic's `input_tokens` counts only the uncached part of the
 * prompt; tokens written to and read from the prompt cache are counted separately, so the prompt
 * is all three together, the cache reads are OpenAI's `cached_tokens` and the cache writes (billed
 * apart, at more than input) are `cache_write_tokens`. Thinking tokens are
 * part of `output_tokens`: Anthropic does not report them apart, so no `reasoning_tokens`.
 * In a stream, `message_start` carries the input side and `message_delta` the cumulative output
 * (and, on newer API versions, the input side again); later values win.
 */
import type { PromptTokensDetails, Usage } from "@aigw/plugin-api";
import type { AnthropicUsage } from "./wire.js";

/** Folds a later usage report into an earlier one (fields present in `next` win). */
export function mergeUsage(
  base: AnthropicUsage | undefined,
  next: AnthropicUsage | undefined,
): AnthropicUsage {
  const merged: AnthropicUsage = { ...base };
  for (const key of [
    "input_tokens",
    "output_tokens",
    "cache_creation_input_tokens",
    "cache_read_input_tokens",
  ] as const) {
    const value = next?.[key];
    if (typeof value === "number") merged[key] = value;
  }
  return merged;
}

export function toOpenAIUsage(usage: AnthropicUsage | undefined): Usage {
  const n = (v: number | null | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
  const cacheRead = n(usage?.cache_read_input_tokens);
  const cacheWrite = n(usage?.cache_creation_input_tokens);
  const prompt = n(usage?.input_tokens) + cacheWrite + cacheRead;
  const completion = n(usage?.output_tokens);
  const out: Usage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
  const details: PromptTokensDetails = {};
  if (typeof usage?.cache_read_input_tokens === "number") details.cached_tokens = cacheRead;
  if (typeof usage?.cache_creation_input_tokens === "number") details.cache_write_tokens = cacheWrite;
  if (details.cached_tokens !== undefined || details.cache_write_tokens !== undefined)
    out.prompt_tokens_details = details;
  return out;
}

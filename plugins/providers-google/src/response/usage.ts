/**
 * Google's usageMetadata to OpenAI's usage. promptTokenCount already includes cached tokens
 * (cachedContentTokenCount -> prompt_tokens_details.cached_tokens) and toolUsePromptTokenCount is
 * added to it; thoughtsTokenCount is not part of candidatesTokenCount, so completion_tokens is
 * their sum (reasoning_tokens reports the thoughts, as OpenAI counts reasoning inside completion
 * tokens). total_tokens is Google's totalTokenCount.
 */
import type { Usage } from "@aigw/plugin-api";
import type { GeminiUsageMetadata } from "../wire.js";

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export function usageFrom(meta: GeminiUsageMetadata | undefined): Usage | undefined {
  if (!meta) return undefined;
  const promptCount = num(meta.promptTokenCount);
  const candidates = num(meta.candidatesTokenCount);
  const thoughts = num(meta.thoughtsTokenCount);
  const toolUse = num(meta.toolUsePromptTokenCount);
  const cached = num(meta.cachedContentTokenCount);
  const total = num(meta.totalTokenCount);
  if (promptCount === undefined && candidates === undefined && total === undefined) return undefined;
  const prompt = (promptCount ?? 0) + (toolUse ?? 0);
  const completion = (candidates ?? 0) + (thoughts ?? 0);
  const usage: Usage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: total ?? prompt + completion,
  };
  if (cached !== undefined) usage.prompt_tokens_details = { cached_tokens: cached };
  if (thoughts !== undefined) usage.completion_tokens_details = { reasoning_tokens: thoughts };
  return usage;
}

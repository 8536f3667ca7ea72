/**
 * Bedrock's TokenUsage as OpenAI's usage. With prompt caching, Bedrock counts cache reads and
 * cache writes apart from `inputTokens` (its prompt-caching guide: total input = inputTokens +
 * cacheReadInputTokens + cacheWriteInputTokens), whereas OpenAI's prompt_tokens includes cached
 * tokens and reports them again under prompt_tokens_details.cached_tokens (and the cache writes,
 * billed apart, under cache_write_tokens). The total is recomputed from the two sides so that it
 * always adds up. Bedrock reports no reasoning tokens.
 */
import type { PromptTokensDetails, Usage } from "@aigw/plugin-api";

export interface TokenUsage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  cacheReadInputTokens?: number;
  cacheWriteInputTokens?: number;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** OpenAI usage for a Bedrock usage object; undefined when it carries no counts. */
export function toOpenAIUsage(raw: unknown): Usage | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const u = raw as TokenUsage;
  const input = num(u.inputTokens);
  const output = num(u.outputTokens);
  if (input === undefined && output === undefined) return undefined;
  const cacheRead = num(u.cacheReadInputTokens);
  const cacheWrite = num(u.cacheWriteInputTokens);
  const prompt = (input ?? 0) + (cacheRead ?? 0) + (cacheWrite ?? 0);
  const usage: Usage = {
    prompt_tokens: prompt,
    completion_tokens: output ?? 0,
    total_tokens: prompt + (output ?? 0),
  };
  const details: PromptTokensDetails = {};
  if (cacheRead !== undefined) details.cached_tokens = cacheRead;
  if (cacheWrite !== undefined) details.cache_write_tokens = cacheWrite;
  if (cacheRead !== undefined || cacheWrite !== undefined) usage.prompt_tokens_details = details;
  return usage;
}

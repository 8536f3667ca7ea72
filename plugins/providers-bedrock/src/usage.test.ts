// Usage translation: cache reads and writes are counted apart from inputTokens by Bedrock and
// folded into prompt_tokens here, with cache reads reported as cached_tokens and cache writes as
// cache_write_tokens.
import { describe, expect, it } from "vitest";
import { toOpenAIUsage } from "./usage.js";

describe("toOpenAIUsage", () => {
  it("maps plain counts", () => {
    expect(toOpenAIUsage({ inputTokens: 12, outputTokens: 7, totalTokens: 19 })).toEqual({
      prompt_tokens: 12,
      completion_tokens: 7,
      total_tokens: 19,
    });
  });

  it("folds cache reads and writes into prompt tokens; reads are cached_tokens, writes cache_write_tokens", () => {
    expect(
      toOpenAIUsage({
        inputTokens: 20,
        outputTokens: 10,
        totalTokens: 30,
        cacheReadInputTokens: 1000,
        cacheWriteInputTokens: 200,
      }),
    ).toEqual({
      prompt_tokens: 1220,
      completion_tokens: 10,
      total_tokens: 1230,
      prompt_tokens_details: { cached_tokens: 1000, cache_write_tokens: 200 },
    });
  });

  it("reports cache writes alone (the first request of a cached prefix)", () => {
    expect(toOpenAIUsage({ inputTokens: 3, outputTokens: 5, cacheWriteInputTokens: 2048 })).toEqual({
      prompt_tokens: 2051,
      completion_tokens: 5,
      total_tokens: 2056,
      prompt_tokens_details: { cache_write_tokens: 2048 },
    });
  });

  it("reports cached_tokens 0 when Bedrock says so, and nothing for empty usage", () => {
    expect(
      toOpenAIUsage({ inputTokens: 1, outputTokens: 1, cacheReadInputTokens: 0 })?.prompt_tokens_details,
    ).toEqual({
      cached_tokens: 0,
    });
    expect(toOpenAIUsage({})).toBeUndefined();
    expect(toOpenAIUsage(null)).toBeUndefined();
  });
});

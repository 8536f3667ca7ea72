// Anthropic usage -> OpenAI usage: cache writes and reads are part of the prompt, reads are
// cached_tokens; later stream reports win field by field.
import { describe, expect, it } from "vitest";
import { mergeUsage, toOpenAIUsage } from "./usage.js";

describe("usage", () => {
  it("adds cache writes and reads to input_tokens for prompt_tokens", () => {
    expect(
      toOpenAIUsage({
        input_tokens: 50,
        cache_creation_input_tokens: 20,
        cache_read_input_tokens: 30,
        output_tokens: 10,
      }),
    ).toEqual({
      prompt_tokens: 100,
      completion_tokens: 10,
      total_tokens: 110,
      prompt_tokens_details: { cached_tokens: 30 },
    });
  });

  it("reports no details when Anthropic reports no cache reads, and zeros for nothing", () => {
    expect(toOpenAIUsage({ input_tokens: 5, output_tokens: 2 })).toEqual({
      prompt_tokens: 5,
      completion_tokens: 2,
      total_tokens: 7,
    });
    expect(toOpenAIUsage(undefined)).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
    expect(toOpenAIUsage({ input_tokens: null, output_tokens: 3, cache_read_input_tokens: null })).toEqual({
      prompt_tokens: 0,
      completion_tokens: 3,
      total_tokens: 3,
    });
  });

  it("merges message_delta's cumulative counts over message_start's", () => {
    const start = { input_tokens: 472, cache_read_input_tokens: 100, output_tokens: 2 };
    expect(mergeUsage(start, { output_tokens: 89 })).toEqual({ ...start, output_tokens: 89 });
    expect(mergeUsage(start, undefined)).toEqual(start);
  });
});

// Anthropic usage -> OpenAI usage: cache writes and reads are part of the prompt, reads are
// cached_tokens and writes cache_write_tokens; later stream reports win field by field.
import fc from "fast-check";
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
      prompt_tokens_details: { cached_tokens: 30, cache_write_tokens: 20 },
    });
  });

  it("reports cache writes alone, and the zeros Anthropic sends when nothing was cached", () => {
    expect(toOpenAIUsage({ input_tokens: 4, cache_creation_input_tokens: 1500, output_tokens: 9 })).toEqual({
      prompt_tokens: 1504,
      completion_tokens: 9,
      total_tokens: 1513,
      prompt_tokens_details: { cache_write_tokens: 1500 },
    });
    expect(
      toOpenAIUsage({
        input_tokens: 12,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
        output_tokens: 3,
      }),
    ).toEqual({
      prompt_tokens: 12,
      completion_tokens: 3,
      total_tokens: 15,
      prompt_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
    });
  });

  it("keeps the three parts of the prompt apart: uncached = prompt - cached - writes", () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        fc.nat(1_000_000),
        (input, writes, reads, output) => {
          const usage = toOpenAIUsage({
            input_tokens: input,
            cache_creation_input_tokens: writes,
            cache_read_input_tokens: reads,
            output_tokens: output,
          });
          const details = usage.prompt_tokens_details!;
          expect(usage.prompt_tokens - details.cached_tokens! - details.cache_write_tokens!).toBe(input);
          expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
        },
      ),
    );
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

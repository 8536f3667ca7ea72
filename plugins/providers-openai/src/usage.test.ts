// Usage extraction: normalised shapes, and the last top-level usage object found by scanning.
import { lastUsageObject, normaliseUsage } from "@aigw/wire-kit";
import { describe, expect, it } from "vitest";

describe("usage", () => {
  it("normalises chat, embeddings and image usage", () => {
    expect(normaliseUsage({ prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 })).toEqual({
      prompt_tokens: 1,
      completion_tokens: 2,
      total_tokens: 3,
    });
    expect(normaliseUsage({ prompt_tokens: 4, total_tokens: 4 })).toEqual({
      prompt_tokens: 4,
      completion_tokens: 0,
      total_tokens: 4,
    });
    expect(normaliseUsage({ input_tokens: 2, output_tokens: 5 })).toEqual({
      prompt_tokens: 2,
      completion_tokens: 5,
      total_tokens: 7,
    });
    expect(normaliseUsage({ type: "duration", seconds: 3 })).toBeUndefined();
    expect(normaliseUsage(null)).toBeUndefined();
  });

  it("keeps token details", () => {
    const usage = normaliseUsage({
      prompt_tokens: 10,
      completion_tokens: 5,
      total_tokens: 15,
      prompt_tokens_details: { cached_tokens: 8 },
      completion_tokens_details: { reasoning_tokens: 2 },
    });
    expect(usage?.prompt_tokens_details).toEqual({ cached_tokens: 8 });
    expect(usage?.completion_tokens_details).toEqual({ reasoning_tokens: 2 });
  });

  it("finds the last usage object, skipping escaped occurrences and braces inside strings", () => {
    const text = JSON.stringify({
      data: [{ content: 'say "usage": {"prompt_tokens": 999} and } {' }],
      usage: { prompt_tokens: 3, total_tokens: 3, note: "a}b{" },
    });
    expect(lastUsageObject(text)).toEqual({ prompt_tokens: 3, total_tokens: 3, note: "a}b{" });
    expect(lastUsageObject('{"usage": null}')).toBeUndefined();
    expect(lastUsageObject('"usage"')).toBeUndefined();
    expect(lastUsageObject("no usage here")).toBeUndefined();
  });
});

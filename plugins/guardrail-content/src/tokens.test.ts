import { describe, expect, it } from "vitest";
import { compileContentRules, prepareContentRules } from "./compile.js";
import { ContentConfigError } from "./errors.js";
import { encodingForModel, loadTokenCounter, tokenEncodingsFor } from "./tokens.js";
import type { TextPart } from "./types.js";

const part = (text: string, role = "user"): TextPart => ({ text, role, path: "/messages/0/content" });

describe("encodingForModel", () => {
  it("uses o200k_base for the gpt-4o, gpt-4.1, gpt-5 and o-series families", () => {
    for (const model of [
      "gpt-4o",
      "gpt-4o-mini-2024-07-18",
      "chatgpt-4o-latest",
      "gpt-4.1-nano",
      "gpt-5",
      "o1",
      "o3-mini",
      "o4-mini",
      "openai/gpt-4o",
    ])
      expect(encodingForModel(model), model).toBe("o200k_base");
  });

  it("uses cl100k_base otherwise, including unknown and non-OpenAI models", () => {
    for (const model of [
      "gpt-4",
      "gpt-4-turbo",
      "gpt-3.5-turbo",
      "claude-3-5-sonnet",
      "mistral-large",
      "omni-moderation-latest",
      undefined,
    ])
      expect(encodingForModel(model), String(model)).toBe("cl100k_base");
  });
});

describe("tokenEncodingsFor", () => {
  it("needs nothing without a token rule, both encodings for a model-dependent one, one when pinned", () => {
    expect(tokenEncodingsFor({ rules: [{ type: "length", name: "c", unit: "chars", max: 10 }] })).toEqual([]);
    expect(tokenEncodingsFor({ rules: [{ type: "length", name: "t", unit: "tokens", max: 10 }] })).toEqual([
      "cl100k_base",
      "o200k_base",
    ]);
    expect(
      tokenEncodingsFor({
        rules: [{ type: "length", name: "t", unit: "tokens", max: 10, encoding: "o200k_base" }],
      }),
    ).toEqual(["o200k_base"]);
  });
});

describe("token length rules", () => {
  it("count with the model's encoding, and stop early past the max", async () => {
    const count = await loadTokenCounter(["o200k_base"]);
    expect(count("Hello, world!", "o200k_base")).toBe(4);
    // Special-token markers in user text are counted as text, not refused.
    expect(count("<|endoftext|>", "o200k_base")).toBeGreaterThan(1);
    expect(count("one two three four five six", "o200k_base", 3)).toBeGreaterThan(3);
    expect(() => count("x", "cl100k_base")).toThrow(/not loaded/);
  });

  it("pass or fail on the total and per part", async () => {
    const check = await prepareContentRules({
      rules: [
        { type: "length", name: "total", unit: "tokens", min: 2, max: 8 },
        { type: "length", name: "each", unit: "tokens", max: 5, scope: "part" },
      ],
    });
    const request = { model: "gpt-4o", body: {} };
    expect(check([part("Hello there"), part("General Kenobi")], request).map((v) => v.verdict)).toEqual([
      "pass",
      "pass",
    ]);
    const long = check([part("one two three four five six seven eight nine"), part("hi")], request);
    expect(long.map((v) => v.verdict)).toEqual(["fail", "fail"]);
    expect(long[0]!.reason).toMatch(/over 8 tokens: more than the maximum 8/);
    expect(long[1]!.reason).toMatch(/part 0 \(user\)/);
    expect(check([part("hi")], request)[0]!.reason).toMatch(/fewer than the minimum 2/);
  });

  it("refuse to compile without a counter", () => {
    expect(() =>
      compileContentRules({ rules: [{ type: "length", name: "t", unit: "tokens", max: 10 }] }),
    ).toThrow(ContentConfigError);
  });
});

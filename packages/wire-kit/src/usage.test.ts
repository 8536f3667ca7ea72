// Reading usage from an answer's text without parsing it whole must give what a full parse gives.

import { jsonResult } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastUsageObject, normaliseUsage, usageOfResult } from "./usage.js";

const usage = fc.record({
  prompt_tokens: fc.nat(),
  completion_tokens: fc.nat(),
  total_tokens: fc.nat(),
  prompt_tokens_details: fc.option(fc.record({ cached_tokens: fc.nat() }), { nil: undefined }),
});

// Content that tries to fool a text scan: quotes, braces, backslashes and the key itself in strings.
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('"usage": {', '\\"usage\\": {}', "}}}", "{{", "\\", '"usage"', "usage: {1}"),
);

const answer = fc.record({
  id: fc.string(),
  object: fc.constant("chat.completion"),
  choices: fc.array(
    fc.record({
      index: fc.nat(),
      message: fc.record({ role: fc.constant("assistant"), content: tricky }),
      // Tool arguments are JSON inside a string: a "usage" key there is escaped.
      arguments: fc
        .dictionary(fc.constantFrom("usage", "a", "b"), fc.jsonValue())
        .map((v) => JSON.stringify(v)),
    }),
    { maxLength: 3 },
  ),
  usage,
});

describe("usage from an answer's text", () => {
  it("equals the usage a full parse finds, compact or indented", () => {
    fc.assert(
      fc.property(answer, fc.constantFrom(undefined, 2, "\t"), (body, indent) => {
        const text = JSON.stringify(body, null, indent);
        expect(lastUsageObject(text)).toEqual(JSON.parse(text).usage);
        expect(usageOfResult(jsonResult(text))).toEqual(
          usageOfResult({ type: "json", status: 200, body: JSON.parse(text) }),
        );
      }),
    );
  });

  it("is undefined without a usage object", () => {
    expect(lastUsageObject('{"usage": null}')).toBeUndefined();
    expect(lastUsageObject('{"content": "\\"usage\\": {\\"a\\": 1}"}')).toBeUndefined();
    expect(usageOfResult(jsonResult('{"id":"x"}'))).toBeUndefined();
  });
});

describe("the Responses API's usage", () => {
  it("maps input/output tokens and their cached and reasoning details to chat's usage", () => {
    expect(
      normaliseUsage({
        input_tokens: 9,
        input_tokens_details: { cached_tokens: 4 },
        output_tokens: 5,
        output_tokens_details: { reasoning_tokens: 3 },
        total_tokens: 14,
      }),
    ).toEqual({
      prompt_tokens: 9,
      completion_tokens: 5,
      total_tokens: 14,
      prompt_tokens_details: { cached_tokens: 4 },
      completion_tokens_details: { reasoning_tokens: 3 },
    });
  });

  it("leaves out details that mean something else (an image answer's text and image tokens)", () => {
    expect(
      normaliseUsage({
        input_tokens: 10,
        input_tokens_details: { text_tokens: 10, image_tokens: 0 },
        output_tokens: 1,
      }),
    ).toEqual({ prompt_tokens: 10, completion_tokens: 1, total_tokens: 11 });
  });
});

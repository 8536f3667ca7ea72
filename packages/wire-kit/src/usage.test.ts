// Reading usage from an answer's text without parsing it whole must give what a full parse gives.

import { jsonResult } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastUsageObject, usageOfResult } from "./usage.js";

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

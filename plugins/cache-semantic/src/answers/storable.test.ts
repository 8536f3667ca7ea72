/** Which answers are stored: complete, successful, unrefused JSON chat and completion answers. */
import {
  type CallResult,
  type HookContext,
  type JsonObject,
  jsonResult,
  jsonValueResult,
} from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { cachedAnswerOf, hitResult } from "./storable.js";

const ctx = {
  annotations: {
    usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    route: [],
    guardrails: [],
    tags: {},
  },
} as unknown as HookContext;

const chat = (choice: JsonObject): JsonObject => ({
  id: "c",
  object: "chat.completion",
  created: 1,
  model: "m",
  choices: [{ index: 0, ...choice }],
});
const ok = chat({ message: { role: "assistant", content: "hi" }, finish_reason: "stop" });

describe("stored", () => {
  test("a complete chat answer, with its text as sent and the usage it cost", () => {
    const text = JSON.stringify(ok);
    expect(cachedAnswerOf(jsonResult(text), ctx)).toEqual({
      text,
      usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
    });
  });

  test("a tool call answer, a length stop, and a completion", () => {
    const tools = chat({
      message: {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "1", type: "function", function: { name: "f", arguments: "{}" } }],
      },
      finish_reason: "tool_calls",
    });
    expect(cachedAnswerOf(jsonValueResult(tools), ctx)).toBeDefined();
    expect(
      cachedAnswerOf(
        jsonValueResult(chat({ message: { role: "assistant", content: "h" }, finish_reason: "length" })),
        ctx,
      ),
    ).toBeDefined();
    const completion = {
      id: "x",
      object: "text_completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, text: "t", logprobs: null, finish_reason: "stop" }],
    };
    expect(cachedAnswerOf(jsonValueResult(completion), ctx)).toBeDefined();
  });
});

describe("never stored", () => {
  const cases: [string, CallResult][] = [
    ["an error status", jsonResult(JSON.stringify(ok), 500)],
    ["a 2xx other than 200", jsonResult(JSON.stringify(ok), 202)],
    [
      "a refusal",
      jsonValueResult(
        chat({ message: { role: "assistant", content: null, refusal: "no" }, finish_reason: "stop" }),
      ),
    ],
    [
      "a refusal part",
      jsonValueResult(
        chat({
          message: { role: "assistant", content: [{ type: "refusal", refusal: "no" }] },
          finish_reason: "stop",
        }),
      ),
    ],
    [
      "a content filter stop",
      jsonValueResult(
        chat({ message: { role: "assistant", content: "x" }, finish_reason: "content_filter" }),
      ),
    ],
    [
      "a choice with no finish reason (partial)",
      jsonValueResult(chat({ message: { role: "assistant", content: "x" }, finish_reason: null })),
    ],
    ["no choices", jsonValueResult({ ...ok, choices: [] })],
    ["another kind of answer", jsonValueResult({ object: "list", data: [] })],
    ["a stream", { type: "stream", status: 200, chunks: (async function* () {})() }],
    ["binary", { type: "binary", status: 200, contentType: "audio/wav", body: new Uint8Array() }],
  ];
  test.each(cases)("%s", (_name, result) => {
    expect(cachedAnswerOf(result, ctx)).toBeUndefined();
  });
});

test("a hit sends the stored text with the cache headers", () => {
  const result = hitResult({ text: '{"a":1}' }, 0.91234);
  expect(result.text).toBe('{"a":1}');
  expect(result.status).toBe(200);
  expect(result.headers).toEqual({ "x-aigw-cache": "hit", "x-aigw-cache-similarity": "0.9123" });
});

import type { GatewayRequest, JsonValue } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { replaceTexts } from "./replace-texts.js";
import { answerTexts, requestTexts } from "./text-parts.js";

function request(endpoint: string, body: unknown): GatewayRequest {
  return {
    endpoint,
    body,
    method: "POST",
    path: "/",
    headers: new Headers(),
    model: "m",
    stream: false,
    metadata: {},
    raw: undefined,
  } as unknown as GatewayRequest;
}

describe("requestTexts", () => {
  test("chat: string and array content, refusals and tool call arguments, with roles and paths", () => {
    const parts = requestTexts(
      request("chat.completions", {
        messages: [
          { role: "system", content: "be nice" },
          {
            role: "user",
            content: [
              { type: "text", text: "look" },
              { type: "image_url", image_url: { url: "data:image/png;base64,AAAA" } },
              { type: "text", text: "here" },
            ],
          },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "1", type: "function", function: { name: "f", arguments: '{"a":1}' } }],
          },
          { role: "tool", tool_call_id: "1", content: "result" },
        ],
      }),
    );
    expect(parts).toEqual([
      { text: "be nice", role: "system", path: "/messages/0/content" },
      { text: "look", role: "user", path: "/messages/1/content/0/text" },
      { text: "here", role: "user", path: "/messages/1/content/2/text" },
      { text: '{"a":1}', role: "assistant", path: "/messages/2/tool_calls/0/function/arguments", tool: "f" },
      { text: "result", role: "tool", path: "/messages/3/content" },
    ]);
  });

  test("roles filter what is read", () => {
    const body = {
      messages: [
        { role: "system", content: "s" },
        { role: "user", content: "u" },
      ],
    };
    expect(requestTexts(request("chat.completions", body), new Set(["user"])).map((p) => p.text)).toEqual([
      "u",
    ]);
  });

  test("completions prompts and embedding inputs, token arrays skipped", () => {
    expect(requestTexts(request("completions", { prompt: ["a", "b"] })).map((p) => p.path)).toEqual([
      "/prompt/0",
      "/prompt/1",
    ]);
    expect(requestTexts(request("embeddings", { input: "x" }))).toEqual([
      { text: "x", role: "input", path: "/input" },
    ]);
    expect(requestTexts(request("embeddings", { input: [1, 2, 3] }))).toEqual([]);
  });

  test("moderation inputs: a text, texts, and the text parts of a multimodal input", () => {
    expect(requestTexts(request("moderations", { input: "x" }))).toEqual([
      { text: "x", role: "input", path: "/input" },
    ]);
    expect(requestTexts(request("moderations", { input: ["a", "", "b"] })).map((p) => p.path)).toEqual([
      "/input/0",
      "/input/2",
    ]);
    const multimodal = {
      input: [
        { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
        { type: "text", text: "caption" },
      ],
    };
    expect(requestTexts(request("moderations", multimodal))).toEqual([
      { text: "caption", role: "input", path: "/input/1/text" },
    ]);
    expect(requestTexts(request("moderations", multimodal), new Set(["user"]))).toEqual([]);
  });

  test("every moderation part is the string found at its path, and a replacement lands there", () => {
    const item = fc.oneof(
      fc.string(),
      fc.record({ type: fc.constant("text"), text: fc.string() }),
      fc.record({ type: fc.constant("image_url"), image_url: fc.record({ url: fc.webUrl() }) }),
    );
    const input = fc.oneof(fc.string(), fc.array(item, { maxLength: 6 }));
    fc.assert(
      fc.property(input, (value) => {
        const body = { input: value } as unknown as JsonValue;
        const parts = requestTexts(request("moderations", body));
        const edits = parts.map((part, index) => ({
          part: index,
          start: 0,
          end: part.text.length,
          text: "#",
        }));
        const changed = replaceTexts(body, parts, edits);
        // Every text became "#", in place; nothing else moved.
        expect(requestTexts(request("moderations", changed)).map((p) => [p.path, p.text])).toEqual(
          parts.map((p) => [p.path, "#"]),
        );
        const strip = (v: JsonValue) => JSON.stringify(v).replace(/"(?:[^"\\]|\\.)*"/g, "s");
        expect(strip(changed)).toBe(strip(body));
      }),
    );
  });
});

describe("answerTexts", () => {
  test("chat answers: content, refusal and tool call arguments of every choice", () => {
    const parts = answerTexts("chat.completions", {
      choices: [
        { index: 0, message: { role: "assistant", content: "hello" } },
        {
          index: 1,
          message: {
            role: "assistant",
            content: null,
            refusal: "no",
            tool_calls: [{ function: { name: "f", arguments: "{}" } }],
          },
        },
      ],
    });
    expect(parts.map((p) => p.path)).toEqual([
      "/choices/0/message/content",
      "/choices/1/message/refusal",
      "/choices/1/message/tool_calls/0/function/arguments",
    ]);
  });

  test("completions answers", () => {
    expect(answerTexts("completions", { choices: [{ text: "t" }] })).toEqual([
      { text: "t", role: "assistant", path: "/choices/0/text" },
    ]);
  });
});

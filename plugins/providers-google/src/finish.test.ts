/**
 * The finish-reason table (response/finish.ts), checked as a table and end to end, streamed and
 * not, including the tool-call failures that must not pass for an empty success.
 */
import { bytes, json } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, test } from "vitest";
import { mapFinishReason } from "./response/finish.js";
import { chatBody, googleSse, type Harness, harness } from "./testing/harness.js";

const TABLE: [string | undefined, boolean, string][] = [
  ["STOP", false, "stop"],
  ["STOP", true, "tool_calls"],
  [undefined, true, "tool_calls"],
  ["MAX_TOKENS", false, "length"],
  ["MAX_TOKENS", true, "length"],
  ["SAFETY", false, "content_filter"],
  ["RECITATION", false, "content_filter"],
  ["BLOCKLIST", false, "content_filter"],
  ["PROHIBITED_CONTENT", false, "content_filter"],
  ["SPII", false, "content_filter"],
  ["IMAGE_SAFETY", false, "content_filter"],
  ["MODEL_ARMOR", false, "content_filter"],
  ["LANGUAGE", false, "content_filter"],
  ["OTHER", false, "stop"],
  ["FINISH_REASON_UNSPECIFIED", false, "stop"],
  ["SOMETHING_NEW", false, "stop"],
  ["MALFORMED_FUNCTION_CALL", false, "stop"],
];

test.each(TABLE)("%s (function calls: %s) -> %s", (reason, calls, expected) => {
  expect(mapFinishReason(reason, calls)).toBe(expected);
});

describe("finish reasons end to end", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });
  const answer = (parts: object[], finishReason: string) => ({
    candidates: [{ content: { role: "model", parts }, finishReason, index: 0 }],
    usageMetadata: { promptTokenCount: 3, candidatesTokenCount: 2, totalTokenCount: 5 },
  });

  for (const [reason, expected] of [
    ["STOP", "stop"],
    ["MAX_TOKENS", "length"],
    ["SAFETY", "content_filter"],
    ["PROHIBITED_CONTENT", "content_filter"],
    ["SPII", "content_filter"],
  ] as const) {
    test(`${reason} -> ${expected}, unary and streamed`, async () => {
      h = await harness(json(200, answer([{ text: "partial" }], reason)));
      const body = await (await h.post("/v1/chat/completions", chatBody())).json();
      expect(body.choices[0].finish_reason).toBe(expected);
      h.upstream.setScript(
        bytes(200, "text/event-stream", [
          googleSse([
            { candidates: [{ content: { role: "model", parts: [{ text: "part" }] }, index: 0 }] },
            answer([{ text: "ial" }], reason),
          ]).body,
        ]),
      );
      const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
      expect(out.finishReason).toBe(expected);
      expect(out.content).toBe("partial");
      expect(out.done).toBe(true);
    });
  }

  test("function calls with STOP -> tool_calls; the content is null", async () => {
    h = await harness(json(200, answer([{ functionCall: { name: "f", args: { a: 1 } } }], "STOP")));
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0]).toMatchObject({ finish_reason: "tool_calls", message: { content: null } });
  });

  test("SAFETY with no content: content null, finish content_filter", async () => {
    h = await harness(json(200, { candidates: [{ finishReason: "SAFETY", index: 0 }] }));
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0]).toMatchObject({ finish_reason: "content_filter", message: { content: null } });
  });

  test("an empty MALFORMED_FUNCTION_CALL is a 502 with Google's finishMessage, not a silent stop", async () => {
    const failed = {
      candidates: [
        {
          finishReason: "MALFORMED_FUNCTION_CALL",
          finishMessage: "Malformed function call: print(x",
          index: 0,
        },
      ],
    };
    h = await harness(json(200, failed));
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toBe(
      "Gemini API ended the answer with MALFORMED_FUNCTION_CALL: Malformed function call: print(x",
    );
    h.upstream.setScript(bytes(200, "text/event-stream", [googleSse([failed]).body]));
    // Streamed, nothing came before the failed finish: the client gets the same error, not a stream.
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.stream).toBe(false);
    expect(out.status).toBe(502);
    expect(out.done).toBe(false);
    expect(out.error?.message).toContain("MALFORMED_FUNCTION_CALL");
  });
});

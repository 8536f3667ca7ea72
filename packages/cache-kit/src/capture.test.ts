// What is kept of an answer, and when: JSON at once, a stream only once it ended normally, with
// its chunks passed through as the very same objects; never an error, a refusal, a filtered
// answer, a binary answer, a broken, cancelled or oversized stream.
import {
  chunkFromText,
  type JsonObject,
  type JsonValue,
  jsonResult,
  jsonValueResult,
  type StreamChunk,
} from "@aigw/plugin-api";
import { chatChunks, chatCompletion, manualClock, usage } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import { captureAnswer } from "./capture.js";
import type { StoredAnswer } from "./stored-answer.js";
import { hookContext, streamOf, textsOf } from "./testing/context.js";

const clock = manualClock(1_700_000_000_000);
const served = { servedBy: { provider: "openai", model: "gpt-4o-mini", node: "llm" } };

function capture(result: Parameters<typeof captureAnswer>[0], options = {}) {
  const kept: StoredAnswer[] = [];
  const ctx = hookContext(clock, { annotations: served });
  const out = captureAnswer(result, ctx, (answer) => kept.push(answer), options);
  return { kept, out, ctx };
}

describe("a JSON answer", () => {
  test("is kept at once with its text, usage and who served it; the result is unchanged", () => {
    const text = JSON.stringify(chatCompletion({ content: "hi", usage: usage(5, 2) }));
    const result = jsonResult(text);
    const { kept, out } = capture(result);
    expect(out).toBe(result);
    expect(kept).toEqual([
      {
        v: 1,
        type: "json",
        status: 200,
        text,
        usage: usage(5, 2),
        servedBy: { provider: "openai", model: "gpt-4o-mini" },
        storedAt: clock.now(),
      },
    ]);
  });

  test("a body without its text is kept as JSON text", () => {
    const { kept } = capture(jsonValueResult({ object: "list", data: [] }));
    expect(kept[0]).toMatchObject({ type: "json", text: '{"object":"list","data":[]}' });
  });

  test("errors, refusals, content-filtered answers, oversized and unparseable ones are not kept", () => {
    const refusal = chatCompletion({ content: null });
    refusal.choices[0]!.message.refusal = "I can't help with that.";
    const filtered = chatCompletion({ content: "", finishReason: "content_filter" });
    for (const result of [
      jsonResult(JSON.stringify({ error: { message: "no" } }), 500),
      jsonResult(JSON.stringify(chatCompletion()), 304),
      jsonResult(JSON.stringify(refusal)),
      jsonResult(JSON.stringify(filtered)),
      jsonResult("{not json"),
    ]) {
      expect(capture(result).kept).toEqual([]);
    }
    expect(capture(jsonResult(JSON.stringify(chatCompletion())), { maxBytes: 50 }).kept).toEqual([]);
  });

  test("a refusal part, a choice without a finish reason and a completion without choices are not kept", () => {
    const chat = (choice: JsonObject): JsonObject => ({
      id: "c",
      object: "chat.completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, ...choice }],
    });
    const text = (finish: JsonValue): JsonObject => ({
      id: "t",
      object: "text_completion",
      created: 1,
      model: "m",
      choices: [{ index: 0, text: "t", logprobs: null, finish_reason: finish }],
    });
    const said = { role: "assistant", content: "x" };
    for (const body of [
      chat({
        message: { role: "assistant", content: [{ type: "refusal", refusal: "No." }] },
        finish_reason: "stop",
      }),
      chat({ message: said, finish_reason: null }),
      chat({ message: said }),
      { ...chat({}), choices: [] },
      text(null),
    ]) {
      expect(capture(jsonValueResult(body)).kept, JSON.stringify(body)).toEqual([]);
    }
    // Finished ones are kept, whatever their finish; answers without choices are not completions.
    for (const body of [
      chat({ message: said, finish_reason: "length" }),
      chat({ message: { role: "assistant", content: null, tool_calls: [] }, finish_reason: "tool_calls" }),
      text("stop"),
      { object: "list", data: [] },
    ]) {
      expect(capture(jsonValueResult(body)).kept, JSON.stringify(body)).toHaveLength(1);
    }
  });
});

describe("a stream", () => {
  const texts = chatChunks(["Hel", "lo", "!"], { includeUsage: usage(4, 3) }).map((c) => JSON.stringify(c));

  test("passes the same chunk objects through and is kept once it ends, with offsets and usage", async () => {
    const originals = texts.map(chunkFromText);
    async function* source(): AsyncGenerator<StreamChunk> {
      for (const chunk of originals) {
        clock.advance(10);
        yield chunk;
      }
    }
    const kept: StoredAnswer[] = [];
    const ctx = hookContext(clock, { annotations: served });
    const out = captureAnswer({ type: "stream", status: 200, chunks: source() }, ctx, (a) => kept.push(a));
    if (out.type !== "stream") throw new Error("expected a stream");
    const seen: StreamChunk[] = [];
    for await (const chunk of out.chunks) {
      expect(kept).toEqual([]); // nothing before the end
      seen.push(chunk);
    }
    expect(seen).toHaveLength(originals.length);
    for (const [i, chunk] of seen.entries()) expect(chunk).toBe(originals[i]);
    expect(kept).toEqual([
      {
        v: 1,
        type: "stream",
        status: 200,
        chunks: texts,
        offsets: texts.map((_, i) => i * 10),
        usage: usage(4, 3),
        servedBy: { provider: "openai", model: "gpt-4o-mini" },
        storedAt: clock.now(),
      },
    ]);
  });

  test("without a usage chunk, the usage the provider reported is kept", async () => {
    const plain = chatChunks(["a"]).map((c) => JSON.stringify(c));
    const kept: StoredAnswer[] = [];
    const ctx = hookContext(clock, { annotations: { ...served, usage: usage(1, 1) } });
    await textsOf(captureAnswer(streamOf(plain), ctx, (a) => kept.push(a)));
    expect(kept[0]?.usage).toEqual(usage(1, 1));
  });

  test("a stream that fails midway is passed on failing, and not kept", async () => {
    const { kept, out } = capture(streamOf(texts, { fail: 2 }));
    await expect(textsOf(out)).rejects.toThrow("upstream broke");
    expect(kept).toEqual([]);
  });

  test("a stream the client stops reading (cancelled) is not kept, and its source is released", async () => {
    let released = false;
    async function* source(): AsyncGenerator<StreamChunk> {
      try {
        for (const text of texts) yield chunkFromText(text);
      } finally {
        released = true;
      }
    }
    const kept: StoredAnswer[] = [];
    const out = captureAnswer({ type: "stream", status: 200, chunks: source() }, hookContext(clock), (a) =>
      kept.push(a),
    );
    if (out.type !== "stream") throw new Error("expected a stream");
    for await (const _ of out.chunks) break;
    expect(released).toBe(true);
    expect(kept).toEqual([]);
  });

  test("refusals, content filters, non-2xx, empty and oversized streams are not kept", async () => {
    const refusal = JSON.stringify({
      id: "x",
      object: "chat.completion.chunk",
      choices: [{ index: 0, delta: { refusal: "No." }, finish_reason: null }],
    });
    const filtered = chatChunks(["a"], { finishReason: "content_filter" }).map((c) => JSON.stringify(c));
    for (const [result, options] of [
      [streamOf([texts[0]!, refusal, ...texts.slice(1)]), {}],
      [streamOf(filtered), {}],
      [streamOf(texts, { status: 500 }), {}],
      [streamOf([]), {}],
      [streamOf(texts), { maxBytes: 100 }],
    ] as const) {
      const { kept, out } = capture(result, options);
      await textsOf(out);
      expect(kept).toEqual([]);
    }
  });

  test("content that merely mentions a refusal is kept", async () => {
    const mention = chatChunks(['say "refusal": "x" and content_filter']).map((c) => JSON.stringify(c));
    const { kept, out } = capture(streamOf(mention));
    await textsOf(out);
    expect(kept).toHaveLength(1);
  });
});

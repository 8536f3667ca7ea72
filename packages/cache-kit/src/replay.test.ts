// Replays: each stored form answers each request form; a stored stream replays chunk for chunk
// (a property); the usage chunk is there exactly when asked for; pacing follows stored offsets.
import { assembleStream, type CallResult, type JsonObject, type JsonValue } from "@aigw/plugin-api";
import { chatChunks, chatCompletion, manualClock, toolCallChunks, usage } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { captureAnswer } from "./capture.js";
import { replay } from "./replay.js";
import type { StoredAnswer, StoredJson, StoredStream } from "./stored-answer.js";
import { chatRequest, hookContext, streamOf, textsOf } from "./testing/context.js";

const clock = manualClock();
const chat = (stream: boolean, includeUsage = false) =>
  chatRequest(
    {
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      ...(stream ? { stream: true } : {}),
      ...(includeUsage ? { stream_options: { include_usage: true } } : {}),
    },
    stream,
  );

function storedStream(texts: string[], extra: Partial<StoredStream> = {}): StoredStream {
  return {
    v: 1,
    type: "stream",
    status: 200,
    chunks: texts,
    offsets: texts.map(() => 0),
    storedAt: 0,
    ...extra,
  };
}

function storedJson(body: unknown, extra: Partial<StoredJson> = {}): StoredJson {
  return { v: 1, type: "json", status: 200, text: JSON.stringify(body), storedAt: 0, ...extra };
}

function bodyOf(result: CallResult | undefined): JsonValue {
  if (result?.type !== "json") throw new Error(`expected JSON, got ${result?.type}`);
  return result.body;
}

/** What a client makes of a stream: the completion its chunks add up to. */
async function assembled(result: CallResult | undefined): Promise<JsonValue> {
  return assembleStream((await textsOf(result)).map((t) => JSON.parse(t) as JsonValue));
}

describe("JSON answers", () => {
  const completion = chatCompletion({ content: "Hello there", usage: usage(5, 2) });

  test("answer a JSON request with the stored text itself", () => {
    const stored = storedJson(completion);
    const result = replay(stored, chat(false));
    expect(result).toMatchObject({ type: "json", status: 200, text: stored.text });
  });

  test("answer a streamed request: role, content, finish; usage only when asked", async () => {
    const plain = await textsOf(replay(storedJson(completion), chat(true)));
    expect(plain.map((t) => JSON.parse(t).choices)).toEqual([
      [{ index: 0, delta: { role: "assistant", content: "" }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: { content: "Hello there" }, logprobs: null, finish_reason: null }],
      [{ index: 0, delta: {}, logprobs: null, finish_reason: "stop" }],
    ]);
    for (const text of plain) {
      expect(JSON.parse(text)).toMatchObject({
        id: completion.id,
        object: "chat.completion.chunk",
        created: completion.created,
        model: completion.model,
      });
    }
    const withUsage = await textsOf(replay(storedJson(completion), chat(true, true)));
    expect(JSON.parse(withUsage.at(-1)!)).toMatchObject({ choices: [], usage: usage(5, 2) });
    expect(withUsage).toHaveLength(4);
  });

  test("tool calls stream as one tool-call delta; the stream adds up to the stored answer", async () => {
    const tools = chatCompletion({ toolCalls: [{ name: "get_weather", arguments: '{"city":"Paris"}' }] });
    const rebuilt = (await assembled(replay(storedJson(tools), chat(true)))) as JsonObject;
    const message = (rebuilt.choices as JsonObject[])[0]!.message as JsonObject;
    expect(message.tool_calls).toEqual(tools.choices[0]!.message.tool_calls);
    expect((rebuilt.choices as JsonObject[])[0]!.finish_reason).toBe("tool_calls");
  });

  test("a text completion streams as text chunks", async () => {
    const body = {
      id: "cmpl-1",
      object: "text_completion",
      created: 1,
      model: "gpt-3.5-turbo-instruct",
      choices: [{ index: 0, text: "four", logprobs: null, finish_reason: "stop" }],
      usage: usage(3, 1),
    };
    const request = {
      ...chatRequest({ model: "x", prompt: "2+2=", stream: true }, true),
      endpoint: "completions",
    };
    const rebuilt = await assembled(
      replay(storedJson(body), request as typeof request & { endpoint: never }),
    );
    expect(rebuilt).toMatchObject({
      object: "text_completion",
      choices: [{ index: 0, text: "four", finish_reason: "stop" }],
    });
  });

  test("an answer that is not a completion cannot answer a streamed request", () => {
    expect(replay(storedJson({ object: "list", data: [] }), chat(true))).toBeUndefined();
  });
});

describe("stream answers", () => {
  test("answer a JSON request with the completion they add up to, usage and created kept", () => {
    const texts = chatChunks(["Hel", "lo"], { includeUsage: usage(4, 2) }).map((c) => JSON.stringify(c));
    const body = bodyOf(replay(storedStream(texts, { usage: usage(4, 2) }), chat(false)));
    expect(body).toMatchObject({
      object: "chat.completion",
      created: JSON.parse(texts[0]!).created,
      choices: [{ index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop" }],
      usage: usage(4, 2),
      system_fingerprint: "fp_fake",
    });
  });

  test("tool-call streams answer a JSON request with the whole tool calls", () => {
    const texts = toolCallChunks([{ name: "f", arguments: '{"a":1}' }]).map((c) => JSON.stringify(c));
    const body = bodyOf(replay(storedStream(texts), chat(false))) as JsonObject;
    expect((body.choices as JsonObject[])[0]).toMatchObject({
      message: {
        tool_calls: [{ id: "call_0", type: "function", function: { name: "f", arguments: '{"a":1}' } }],
      },
      finish_reason: "tool_calls",
    });
  });

  test("the usage chunk is left out when not asked for, added from the stored usage when asked", async () => {
    const withChunk = chatChunks(["a"], { includeUsage: usage(1, 1) }).map((c) => JSON.stringify(c));
    expect(await textsOf(replay(storedStream(withChunk), chat(true)))).toEqual(withChunk.slice(0, -1));
    const without = chatChunks(["a"]).map((c) => JSON.stringify(c));
    const added = await textsOf(replay(storedStream(without, { usage: usage(1, 1) }), chat(true, true)));
    expect(added.slice(0, -1)).toEqual(without);
    expect(JSON.parse(added.at(-1)!)).toMatchObject({
      object: "chat.completion.chunk",
      choices: [],
      usage: usage(1, 1),
    });
  });

  test("a request asking for usage the stored stream never knew is not answered", () => {
    const without = chatChunks(["a"]).map((c) => JSON.stringify(c));
    expect(replay(storedStream(without), chat(true, true))).toBeUndefined();
  });

  test("a stream of other events replays as it is, and cannot answer a JSON request", async () => {
    const events = [JSON.stringify({ type: "image_generation.partial_image", b64_json: "AA==" })];
    expect(await textsOf(replay(storedStream(events), chat(true)))).toEqual(events);
    expect(replay(storedStream(events), chat(false))).toBeUndefined();
  });

  test("paced, each chunk waits for its stored offset; stopping clears the wait", async () => {
    const texts = chatChunks(["a", "b", "c"]).map((c) => JSON.stringify(c));
    const offsets = [0, 30, 60, 90];
    const start = performance.now();
    const result = replay(storedStream(texts, { offsets }), chat(true), { pace: true });
    if (result?.type !== "stream") throw new Error("expected a stream");
    const at: number[] = [];
    for await (const _ of result.chunks) at.push(performance.now() - start);
    for (const [i, offset] of offsets.entries()) expect(at[i]!).toBeGreaterThanOrEqual(offset - 2);
    const stopped = replay(storedStream(texts, { offsets: [0, 10_000, 10_001, 10_002] }), chat(true), {
      pace: true,
    });
    if (stopped?.type !== "stream") throw new Error("expected a stream");
    const iterator = stopped.chunks[Symbol.asyncIterator]();
    await iterator.next();
    const waiting = iterator.next();
    await iterator.return?.();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  test("unpaced, the same stream is replayed at once", async () => {
    const texts = chatChunks(["a", "b"]).map((c) => JSON.stringify(c));
    const start = performance.now();
    await textsOf(replay(storedStream(texts, { offsets: [0, 5_000, 10_000] }), chat(true)));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

/** Arbitrary chat streams as a provider sends them: text pieces, maybe tool calls, maybe usage. */
const chatStreams = fc
  .record({
    pieces: fc.array(fc.string({ maxLength: 30 }), { minLength: 1, maxLength: 12 }),
    tools: fc.boolean(),
    includeUsage: fc.boolean(),
    id: fc.string({ minLength: 1, maxLength: 10 }),
  })
  .map(({ pieces, tools, includeUsage, id }) => {
    const options = { id, ...(includeUsage ? { includeUsage: usage(7, pieces.length) } : {}) };
    const chunks = tools
      ? toolCallChunks([{ name: "f", arguments: JSON.stringify({ q: pieces.join("") }) }], options)
      : chatChunks(pieces, options);
    return { texts: chunks.map((c) => JSON.stringify(c)), includeUsage };
  });

describe("properties", () => {
  test("a stored stream replays chunk for chunk as it was stored", async () => {
    await fc.assert(
      fc.asyncProperty(chatStreams, async ({ texts, includeUsage }) => {
        let stored: StoredAnswer | undefined;
        const ctx = hookContext(clock);
        await textsOf(captureAnswer(streamOf(texts), ctx, (answer) => (stored = answer)));
        expect(stored?.type).toBe("stream");
        expect((stored as StoredStream).chunks).toEqual(texts);
        const replayed = await textsOf(replay(stored!, chat(true, includeUsage)));
        expect(replayed).toEqual((stored as StoredStream).chunks);
      }),
      { numRuns: 150 },
    );
  });

  test("JSON answered from a stream adds up to what the stream said, and back again", async () => {
    await fc.assert(
      fc.asyncProperty(chatStreams, async ({ texts }) => {
        const fromStream = bodyOf(replay(storedStream(texts), chat(false))) as JsonObject;
        const expected = assembleStream(texts.map((t) => JSON.parse(t) as JsonValue)) as JsonObject;
        expect(fromStream.choices).toEqual(expected.choices);
        const again = (await assembled(replay(storedJson(fromStream), chat(true)))) as JsonObject;
        expect(again.choices).toEqual(expected.choices);
      }),
      { numRuns: 100 },
    );
  });
});

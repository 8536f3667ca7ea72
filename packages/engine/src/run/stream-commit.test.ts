/**
 * Committing a provider's stream: what counts as its first meaningful chunk, that the chunks
 * pulled while waiting for it are replayed in order with nothing lost or repeated (for any mix
 * of opening and content chunks), that a stream failing before it is an error of the call with
 * the upstream released, and that after it a chunk that is plainly not JSON ends the stream.
 */
import {
  chunkFromText,
  type Endpoint,
  GatewayError,
  isGatewayError,
  type StreamChunk,
} from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { commitStream, isMeaningful } from "./stream-commit.js";

const upstream = () => "Test upstream";

/** An in-memory source that counts pulls and notes whether it was released. */
function source(texts: readonly string[], fail?: { after: number; error: unknown }) {
  const seen = { pulls: 0, released: false };
  async function* chunks(): AsyncGenerator<StreamChunk> {
    try {
      for (let i = 0; i < texts.length; i++) {
        if (fail && i === fail.after) throw fail.error;
        seen.pulls++;
        yield chunkFromText(texts[i]!);
      }
      if (fail && fail.after >= texts.length) throw fail.error;
    } finally {
      seen.released = true;
    }
  }
  return { seen, result: { type: "stream" as const, status: 200, chunks: chunks() } };
}

const chat = (delta: Record<string, unknown>, finish: string | null = null) =>
  JSON.stringify({ object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] });
const ROLE = chat({ role: "assistant", content: "" });
const EMPTY = JSON.stringify({ object: "chat.completion.chunk", choices: [] });
const content = (text: string) => chat({ content: text });

async function drain(chunks: AsyncIterable<StreamChunk>): Promise<string[]> {
  const out: string[] = [];
  for await (const chunk of chunks) out.push(chunk.text ?? JSON.stringify(chunk.data));
  return out;
}

async function failure(promise: Promise<unknown>) {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isGatewayError(thrown)) throw new Error(`expected a GatewayError, got ${String(thrown)}`);
  return thrown;
}

describe("the first meaningful chunk", () => {
  test.each<[string, Endpoint, string, boolean]>([
    ["a role-only opening chunk", "chat.completions", ROLE, false],
    ["a chunk with empty choices (a prompt filter note)", "chat.completions", EMPTY, false],
    ["a chunk without choices", "chat.completions", '{"id":"x"}', false],
    ["empty content and a null refusal", "chat.completions", chat({ content: "", refusal: null }), false],
    ["an empty tool call list", "chat.completions", chat({ tool_calls: [] }), false],
    ["content", "chat.completions", content("Hi"), true],
    ["the role with content", "chat.completions", chat({ role: "assistant", content: "Hi" }), true],
    ["a tool call", "chat.completions", chat({ tool_calls: [{ index: 0, id: "c" }] }), true],
    ["a refusal", "chat.completions", chat({ refusal: "No." }), true],
    ["reasoning", "chat.completions", chat({ reasoning_content: "Let me think" }), true],
    ["a finish without content", "chat.completions", chat({}, "stop"), true],
    [
      "a completions chunk with text",
      "completions",
      '{"choices":[{"text":"Hi","finish_reason":null}]}',
      true,
    ],
    [
      "a completions chunk with empty text",
      "completions",
      '{"choices":[{"text":"","finish_reason":null}]}',
      false,
    ],
    ["a completions finish", "completions", '{"choices":[{"text":"","finish_reason":"length"}]}', true],
    ["any event of a typed stream", "images.generations", '{"type":"image_generation.partial_image"}', true],
  ])("%s: %s", (_name, endpoint, text, expected) => {
    expect(isMeaningful(chunkFromText(text), endpoint, upstream)).toBe(expected);
  });

  test.each([
    ["not JSON", '{"choices":[{"de', "not JSON"],
    ["JSON that is not an object", "[1,2]", "not a JSON object"],
    ["null", "null", "not a JSON object"],
  ])("a chunk that is %s is the upstream's error", (_name, text, message) => {
    let thrown: unknown;
    try {
      isMeaningful(chunkFromText(text), "chat.completions", upstream);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: "upstream_error", status: 502 });
    expect(String((thrown as Error).message)).toContain("Test upstream");
    expect(String((thrown as Error).message)).toContain(message);
  });

  test("the parsed chunk is kept: reading data again does not parse again", () => {
    const chunk = chunkFromText(content("Hi"));
    isMeaningful(chunk, "chat.completions", upstream);
    expect(chunk.data).toBe(chunk.data);
  });
});

describe("committing a stream", () => {
  test("resolves once the first meaningful chunk is in, pulling no further", async () => {
    const { seen, result } = source([ROLE, EMPTY, content("a"), content("b"), chat({}, "stop")]);
    const committed = await commitStream(result, "chat.completions", upstream);
    expect(seen.pulls).toBe(3);
    expect(await drain(committed.chunks)).toEqual([
      ROLE,
      EMPTY,
      content("a"),
      content("b"),
      chat({}, "stop"),
    ]);
  });

  test("replays every chunk in order, once, whatever precedes the first content", async () => {
    const opening = fc.constantFrom(ROLE, EMPTY, chat({ content: "", refusal: null }));
    const meaningful = fc.oneof(
      fc.string({ minLength: 1, maxLength: 5 }).map(content),
      fc.constant(chat({ tool_calls: [{ index: 0 }] })),
      fc.constant(chat({}, "stop")),
    );
    const any = fc.oneof(opening, meaningful);
    await fc.assert(
      fc.asyncProperty(
        fc.array(opening, { maxLength: 6 }),
        meaningful,
        fc.array(any, { maxLength: 6 }),
        async (before, first, after) => {
          const texts = [...before, first, ...after];
          const { seen, result } = source(texts);
          const committed = await commitStream(result, "chat.completions", upstream);
          expect(seen.pulls).toBe(before.length + 1);
          expect(await drain(committed.chunks)).toEqual(texts);
        },
      ),
      { numRuns: 200 },
    );
  });

  test.each([
    ["ends before any content", [ROLE, EMPTY], "ended before any content"],
    ["ends without a chunk", [], "ended before any content"],
    ["sends an event that is not JSON first", ['{"choices":[{"de', content("a")], "not JSON"],
    ["sends an event that is not JSON after its role", [ROLE, "data", content("a")], "not JSON"],
  ])("a stream that %s fails the call with a 502 naming the upstream", async (_name, texts, message) => {
    const { seen, result } = source(texts);
    const error = await failure(commitStream(result, "chat.completions", upstream));
    expect(error).toMatchObject({ code: "upstream_error", status: 502 });
    expect(error.message).toContain("Test upstream");
    expect(error.message).toContain(message);
    expect(seen.released).toBe(true);
  });

  test("a gateway error from the stream before any content is the call's error, as it is", async () => {
    const limited = new GatewayError("rate_limited", "slow down", { status: 429 });
    const { result } = source([ROLE], { after: 1, error: limited });
    expect(await failure(commitStream(result, "chat.completions", upstream))).toBe(limited);
  });

  test("any other failure before content is a 502 upstream_error with the failure as its cause", async () => {
    const crash = new TypeError("cannot read properties of undefined");
    const { result } = source([ROLE], { after: 1, error: crash });
    const error = await failure(commitStream(result, "chat.completions", upstream));
    expect(error).toMatchObject({ code: "upstream_error", status: 502, cause: crash });
  });
});

describe("after the commit", () => {
  test("a chunk whose text is not a JSON object ends the stream with a 502 and releases the upstream", async () => {
    const { seen, result } = source([content("a"), content("b"), "oops", content("c")]);
    const committed = await commitStream(result, "chat.completions", upstream);
    const out: string[] = [];
    const error = await failure(
      (async () => {
        for await (const chunk of committed.chunks) out.push(chunk.text!);
      })(),
    );
    expect(out).toEqual([content("a"), content("b")]);
    expect(error).toMatchObject({ code: "upstream_error", status: 502 });
    expect(error.message).toContain("not JSON");
    expect(seen.released).toBe(true);
  });

  test("chunks built from values (no text) and padded JSON pass untouched", async () => {
    const value: StreamChunk = { data: { choices: [] } };
    async function* chunks(): AsyncGenerator<StreamChunk> {
      yield chunkFromText(content("a"));
      yield value;
      yield chunkFromText(` ${content("b")}\n`);
    }
    const committed = await commitStream(
      { type: "stream", status: 200, chunks: chunks() },
      "chat.completions",
      upstream,
    );
    const out: StreamChunk[] = [];
    for await (const chunk of committed.chunks) out.push(chunk);
    expect(out).toHaveLength(3);
    expect(out[1]).toBe(value);
  });

  test("return() reaches the upstream stream", async () => {
    const { seen, result } = source([ROLE, content("a"), content("b")]);
    const committed = await commitStream(result, "chat.completions", upstream);
    const iterator = committed.chunks[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.return?.();
    expect(seen.released).toBe(true);
  });
});

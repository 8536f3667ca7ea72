// The example streams of Anthropic's API reference (src/__fixtures__, see SOURCES.md), replayed
// through the real engine from a fake upstream: whole, one event per write, and split at
// arbitrary byte boundaries (fast-check), always with the same OpenAI chunks. Any prefix that
// stops before `message_stop` must end in an error, never a clean [DONE]: an error answer when
// it stops before the first text (no stream was committed), an error event after it.
import { readFileSync } from "node:fs";
import { bytes, forAnySplit, type Reply, sseEventParts } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url));
const TEXT = fixture("docs-stream-text.sse");
const TOOL_USE = fixture("docs-stream-tool-use.sse");
const THINKING = fixture("docs-stream-thinking.sse");
const ERROR_EVENT = fixture("docs-stream-error-event.sse");
const SSE = "text/event-stream; charset=utf-8";

const serve = (parts: Uint8Array[]): Reply => bytes(200, SSE, parts);

/** The chunks without `created` (it follows the clock, which may tick between replays). */
function comparable(chunks: Record<string, unknown>[]): unknown[] {
  return chunks.map(({ created: _created, ...rest }) => rest);
}

const streamBody = chatBody({ stream: true, stream_options: { include_usage: true } });

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("Anthropic's documented text stream", () => {
  it("becomes role, content deltas, finish and usage chunks, in order", async () => {
    h = await harness(serve([TEXT]));
    const finished = h.nextFinished();
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody));
    expect(out.error).toBeUndefined();
    expect(out.done).toBe(true);
    expect(comparable(out.chunks)).toEqual([
      {
        id: "msg_1nZdL29xx5MUA1yADyHTEsnR8uuvGzszyY",
        object: "chat.completion.chunk",
        model: "claude-sonnet-4-5-20250929",
        choices: [{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }],
      },
      expect.objectContaining({ choices: [{ index: 0, delta: { content: "Hello" }, finish_reason: null }] }),
      expect.objectContaining({ choices: [{ index: 0, delta: { content: "!" }, finish_reason: null }] }),
      expect.objectContaining({ choices: [{ index: 0, delta: {}, finish_reason: "stop" }] }),
      expect.objectContaining({
        choices: [],
        usage: { prompt_tokens: 25, completion_tokens: 15, total_tokens: 40 },
      }),
    ]);
    const record = await finished;
    expect(record.outcome).toBe("ok");
    expect(record.annotations.usage).toEqual({ prompt_tokens: 25, completion_tokens: 15, total_tokens: 40 });
  });

  it("gives the same chunks one event per write and split at any byte boundaries", async () => {
    h = await harness(serve([TEXT]));
    const gw = h;
    const whole = comparable(
      (await assembleStream(await gw.post("/v1/chat/completions", streamBody))).chunks,
    );
    gw.upstream.setScript(serve(sseEventParts(TEXT)));
    const evented = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
    expect(comparable(evented.chunks)).toEqual(whole);
    await forAnySplit(TEXT, { maxCuts: 16, numRuns: 50 }, async (parts) => {
      gw.upstream.setScript(serve(parts));
      const out = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
      expect(out.done).toBe(true);
      expect(comparable(out.chunks)).toEqual(whole);
    });
  }, 60_000);

  it("ends any prefix that stops before message_stop with an error, never [DONE]", async () => {
    h = await harness(serve([TEXT]));
    const gw = h;
    // The stream is the client's once the first text delta's event is complete.
    const firstText = TEXT.indexOf("\n\n", TEXT.indexOf("text_delta")) + 2;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: TEXT.byteLength - 1 }), async (length) => {
        gw.upstream.setScript(serve([TEXT.slice(0, length)]));
        const out = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
        expect(out.stream).toBe(length >= firstText);
        expect(out.status).toBe(length >= firstText ? 200 : 502);
        expect(out.done).toBe(false);
        expect(out.error).toMatchObject({ type: "server_error", code: "upstream_error" });
        expect(String(out.error?.message)).toContain("message_stop");
      }),
      { numRuns: 40, examples: [[firstText - 1], [firstText]] },
    );
  }, 60_000);
});

describe("Anthropic's documented tool-use stream (input_json_delta)", () => {
  const expected = {
    content: "Okay, let's check the weather for San Francisco, CA:",
    toolCalls: [
      {
        id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
        name: "get_weather",
        arguments: '{"location": "San Francisco, CA", "unit": "fahrenheit"}',
      },
    ],
    finishReason: "tool_calls",
    usage: { prompt_tokens: 472, completion_tokens: 89, total_tokens: 561 },
  };

  it("maps block index 1 to tool call index 0 and streams the argument fragments", async () => {
    h = await harness(serve([TOOL_USE]));
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody));
    expect(out.error).toBeUndefined();
    expect(out.done).toBe(true);
    expect(out).toMatchObject(expected);
    const toolChunks = out.chunks.filter(
      (c) => (c.choices as { delta: { tool_calls?: unknown } }[])[0]?.delta.tool_calls,
    );
    // One header (id, name, empty arguments), then one chunk per non-empty partial_json.
    expect(toolChunks).toHaveLength(1 + 8);
    expect(toolChunks[0]!.choices).toEqual([
      {
        index: 0,
        delta: {
          tool_calls: [
            {
              index: 0,
              id: "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
              type: "function",
              function: { name: "get_weather", arguments: "" },
            },
          ],
        },
        finish_reason: null,
      },
    ]);
    expect(JSON.parse(out.toolCalls[0]!.arguments)).toEqual({
      location: "San Francisco, CA",
      unit: "fahrenheit",
    });
  });

  it("gives the same result one event per write and split at any byte boundaries", async () => {
    h = await harness(serve(sseEventParts(TOOL_USE)));
    const gw = h;
    expect(await assembleStream(await gw.post("/v1/chat/completions", streamBody))).toMatchObject(expected);
    await forAnySplit(TOOL_USE, { maxCuts: 24, numRuns: 50 }, async (parts) => {
      gw.upstream.setScript(serve(parts));
      const out = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
      expect(out.done).toBe(true);
      expect(out).toMatchObject(expected);
    });
  }, 60_000);
});

describe("Anthropic's documented extended-thinking stream", () => {
  it("keeps thinking and its signature out of the answer", async () => {
    h = await harness(serve([THINKING]));
    const gw = h;
    await forAnySplit(THINKING, { maxCuts: 12, numRuns: 20 }, async (parts) => {
      gw.upstream.setScript(serve(parts));
      const out = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
      expect(out.error).toBeUndefined();
      expect(out.done).toBe(true);
      expect(out.content).toBe("27 * 453 = 12,231");
      expect(out.finishReason).toBe("stop");
      const raw = out.events.join("\n");
      expect(raw).not.toContain("step by step");
      expect(raw).not.toContain("EqQBCgIYAhIM");
      // The example reports no usage at all: zeros, not a crash.
      expect(out.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 });
    });
  }, 60_000);
});

describe("Anthropic's documented error event (overloaded_error), mid-stream", () => {
  it("ends the stream with the overload as an error event after what was already sent", async () => {
    const events = sseEventParts(TEXT);
    // message_start, content_block_start, ping, the first delta: then the overload.
    const body = new Uint8Array([...events.slice(0, 4).flatMap((e) => [...e]), ...ERROR_EVENT]);
    h = await harness(serve([body]));
    const gw = h;
    const finished = gw.nextFinished();
    await forAnySplit(body, { maxCuts: 8, numRuns: 15 }, async (parts) => {
      gw.upstream.setScript(serve(parts));
      const out = await assembleStream(await gw.post("/v1/chat/completions", streamBody));
      expect(out.content).toBe("Hello");
      expect(out.done).toBe(false);
      expect(out.error).toEqual({
        message: "Overloaded",
        type: "overloaded_error",
        code: "upstream_unavailable",
        param: null,
      });
    });
    const record = await finished;
    expect(record.outcome).toBe("stream_error");
    expect(record.error?.code).toBe("upstream_unavailable");
  }, 60_000);
});

// Streamed chat through the real engine, beyond the documented examples: chunks leave as their
// events arrive; tool calls are numbered by tool_use blocks only; a tool block with no argument
// deltas still gets "{}"; usage is recorded without include_usage; unknown events are skipped;
// broken streams end in error events; a client that leaves closes the upstream connection.
import { gate, namedEvent, RawSse, type SseItem, sse, sseData } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";
import type { MessagesRequest } from "./wire.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const ev = (data: { type: string }) => namedEvent(data.type, data);
const start = (usage: Record<string, number> = { input_tokens: 12, output_tokens: 1 }) =>
  ev({ type: "message_start", message: anthropicMessage([], null, usage) } as { type: string });
const blockStart = (index: number, content_block: object) =>
  ev({ type: "content_block_start", index, content_block } as { type: string });
const delta = (index: number, d: object) =>
  ev({ type: "content_block_delta", index, delta: d } as { type: string });
const blockStop = (index: number) => ev({ type: "content_block_stop", index } as { type: string });
const end = (stop_reason: string, usage: Record<string, number> = { output_tokens: 7 }): SseItem[] => [
  ev({ type: "message_delta", delta: { stop_reason, stop_sequence: null }, usage } as { type: string }),
  ev({ type: "message_stop" }),
];
const text = (index: number, pieces: string[]): SseItem[] => [
  blockStart(index, { type: "text", text: "" }),
  ...pieces.map((t) => delta(index, { type: "text_delta", text: t })),
  blockStop(index),
];
const anthropicSse = (items: SseItem[], ending: "end" | "reset" | "stall" = "end") =>
  sse(items, { done: false, ending });

describe("chat completions (streamed)", () => {
  it("asks Anthropic to stream and forwards each event as it arrives", async () => {
    const hold = gate();
    h = await harness(
      anthropicSse([
        start(),
        blockStart(0, { type: "text", text: "" }),
        delta(0, { type: "text_delta", text: "Hel" }),
        hold,
        delta(0, { type: "text_delta", text: "lo" }),
        blockStop(0),
        ...end("end_turn"),
      ]),
    );
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = sseData(res);
    // The upstream is held at the gate: these can only have come through as they arrived.
    expect(JSON.parse((await events.next()).value).choices[0].delta).toEqual({
      role: "assistant",
      content: "",
    });
    expect(JSON.parse((await events.next()).value).choices[0].delta).toEqual({ content: "Hel" });
    hold.open();
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest.at(-1)).toBe("[DONE]");
    expect(h.upstream.requests[0]!.json<MessagesRequest>().stream).toBe(true);
  });

  it("records usage without include_usage and sends no usage chunk then", async () => {
    h = await harness(
      anthropicSse([
        start({ input_tokens: 3, cache_read_input_tokens: 9, output_tokens: 1 }),
        ...text(0, ["Hi"]),
        ...end("end_turn", { output_tokens: 4 }),
      ]),
    );
    const finished = h.nextFinished();
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.usage).toBeUndefined();
    expect(out.chunks.every((c) => (c.choices as unknown[]).length === 1)).toBe(true);
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 12,
      completion_tokens: 4,
      total_tokens: 16,
      prompt_tokens_details: { cached_tokens: 9 },
    });
  });

  it("takes the input side from message_delta when a newer API version repeats it there", async () => {
    h = await harness(
      anthropicSse([
        start({ input_tokens: 0, output_tokens: 0 }),
        ...text(0, ["Hi"]),
        ...end("end_turn", { input_tokens: 849, cache_read_input_tokens: 0, output_tokens: 47 }),
      ]),
    );
    const out = await assembleStream(
      await h.post(
        "/v1/chat/completions",
        chatBody({ stream: true, stream_options: { include_usage: true } }),
      ),
    );
    expect(out.usage).toEqual({
      prompt_tokens: 849,
      completion_tokens: 47,
      total_tokens: 896,
      prompt_tokens_details: { cached_tokens: 0 },
    });
  });

  it("numbers parallel tool calls 0, 1 across text and thinking blocks, with '{}' for a call without arguments", async () => {
    h = await harness(
      anthropicSse([
        start(),
        blockStart(0, { type: "thinking", thinking: "" }),
        delta(0, { type: "thinking_delta", thinking: "secret plan" }),
        delta(0, { type: "signature_delta", signature: "EqQB" }),
        blockStop(0),
        ...text(1, ["Two calls."]),
        blockStart(2, { type: "tool_use", id: "toolu_a", name: "get_weather", input: {} }),
        delta(2, { type: "input_json_delta", partial_json: '{"city":' }),
        delta(2, { type: "input_json_delta", partial_json: '"Oslo"}' }),
        blockStop(2),
        blockStart(3, { type: "tool_use", id: "toolu_b", name: "get_time", input: {} }),
        blockStop(3),
        ...end("tool_use"),
      ]),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(true);
    expect(out.content).toBe("Two calls.");
    expect(out.toolCalls).toEqual([
      { id: "toolu_a", name: "get_weather", arguments: '{"city":"Oslo"}' },
      { id: "toolu_b", name: "get_time", arguments: "{}" },
    ]);
    expect(out.finishReason).toBe("tool_calls");
    expect(out.events.join("")).not.toContain("secret plan");
  });

  it("skips pings, comments and event types it does not know", async () => {
    h = await harness(
      anthropicSse([
        start(),
        new RawSse(": keep-alive\n\n"),
        ev({ type: "ping" }),
        ev({ type: "content_block_future", index: 0 } as { type: string }),
        ...text(0, ["ok"]),
        ...end("end_turn"),
      ]),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.error).toBeUndefined();
    expect(out.content).toBe("ok");
  });

  it.each([
    [
      "an error event of an unknown type",
      ev({ type: "error", error: { type: "mystery_error", message: "Something odd" } } as { type: string }),
      "upstream_error",
      "Something odd",
    ],
    [
      "an api_error event",
      ev({ type: "error", error: { type: "api_error", message: "Internal server error" } } as {
        type: string;
      }),
      "upstream_error",
      "Internal server error",
    ],
    [
      "a rate_limit_error event",
      ev({ type: "error", error: { type: "rate_limit_error", message: "Slow down" } } as { type: string }),
      "rate_limited",
      "Slow down",
    ],
    [
      "an event that is not JSON",
      new RawSse("event: content_block_delta\ndata: {oops\n\n"),
      "upstream_error",
      "not JSON",
    ],
  ])("ends with an error event on %s", async (_name, bad, code, message) => {
    h = await harness(anthropicSse([start(), ...text(0, ["partial"]).slice(0, 2), bad, ...end("end_turn")]));
    const finished = h.nextFinished();
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.content).toBe("partial");
    expect(out.done).toBe(false);
    expect(String(out.error?.message)).toContain(message);
    const record = await finished;
    expect(record.outcome).toBe("stream_error");
    expect(record.error?.code).toBe(code);
    expect(out.error?.code).toBe(code);
  });

  it("ends with an error event when the connection breaks mid-stream", async () => {
    h = await harness(anthropicSse([start(), ...text(0, ["partial"]).slice(0, 2)], "reset"));
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ code: "upstream_error" });
  });

  it("closes the upstream connection when the client goes away", async () => {
    h = await harness(anthropicSse([start(), ...text(0, ["partial"]).slice(0, 2)], "stall"));
    const client = new AbortController();
    const res = await h.post("/v1/chat/completions", chatBody({ stream: true }), { signal: client.signal });
    const events = sseData(res);
    await events.next();
    await events.next();
    client.abort();
    await events.return(undefined).catch(() => {});
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });
});

/**
 * Streamed chat through the real engine: chunks leave as Cohere's events arrive; a stream that
 * ends before message-end, reports an error or an ERROR/TIMEOUT finish ends in an error event
 * (never a clean [DONE]) once some text went out, and is answered as an error before that; the
 * newline-delimited JSON framing works too; a client that leaves closes the upstream connection.
 */
import { bytes, gate, namedEvent, RawSse, sse, sseData, stall } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const start = namedEvent("message-start", {
  type: "message-start",
  id: "msg-1",
  delta: { message: { role: "assistant", content: [], tool_plan: "", tool_calls: [], citations: [] } },
});
const delta = (text: string) =>
  namedEvent("content-delta", { type: "content-delta", index: 0, delta: { message: { content: { text } } } });
const end = (finish: string, extra: Record<string, unknown> = {}) =>
  namedEvent("message-end", {
    type: "message-end",
    delta: {
      finish_reason: finish,
      usage: { billed_units: { input_tokens: 4, output_tokens: 2 } },
      ...extra,
    },
  });

const streamBody = (extra: Record<string, unknown> = {}) => chatBody({ stream: true, ...extra });

describe("chat completions (streamed)", () => {
  it("asks Cohere for an event stream and passes each event on as it arrives", async () => {
    const hold = gate();
    h = await harness(sse([start, delta("Hel"), hold, delta("lo"), end("COMPLETE")], { done: false }));
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", streamBody());
    expect(res.status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.headers.accept).toBe("text/event-stream");
    expect(seen.json()).toMatchObject({ stream: true });
    const events = sseData(res);
    // The upstream is held at the gate: these can only have come through as they arrived.
    expect(JSON.parse((await events.next()).value as string).choices[0].delta).toEqual({
      role: "assistant",
      content: "",
    });
    expect(JSON.parse((await events.next()).value as string).choices[0].delta).toEqual({ content: "Hel" });
    hold.open();
    const rest: string[] = [];
    for await (const data of events) rest.push(data);
    expect(rest.at(-1)).toBe("[DONE]");
    expect(JSON.parse(rest[0]!).choices[0].delta).toEqual({ content: "lo" });
    expect(JSON.parse(rest[1]!).choices[0]).toEqual({ index: 0, delta: {}, finish_reason: "stop" });
    // No include_usage: no usage chunk for the client, but the record has it.
    expect(rest).toHaveLength(3);
    const record = await finished;
    expect(record.outcome).toBe("ok");
    expect(record.annotations.usage).toEqual({ prompt_tokens: 4, completion_tokens: 2, total_tokens: 6 });
  });

  it("ignores SSE comments, unknown events and an extra [DONE] after message-end", async () => {
    h = await harness(
      sse(
        [
          new RawSse(": keep-alive\n\n"),
          start,
          namedEvent("debug", { type: "debug", prompt: "..." }),
          delta("ok"),
          end("COMPLETE"),
        ],
        { done: true },
      ),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody()));
    expect(out.error).toBeUndefined();
    expect(out.content).toBe("ok");
    expect(out.done).toBe(true);
  });

  it.each([
    ["the body ends without message-end", sse([start, delta("par")], { done: false }), "cut off"],
    ["[DONE] comes before message-end", sse([start, delta("par")], { done: true }), "cut off"],
    ["the connection drops", sse([start, delta("par")], { done: false, ending: "reset" }), "cut off"],
    [
      "message-end carries an error",
      sse([start, delta("par"), end("ERROR", { error: "internal failure" })], { done: false }),
      "internal failure",
    ],
    [
      "the generation finishes with ERROR",
      sse([start, delta("par"), end("ERROR")], { done: false }),
      "finish_reason ERROR",
    ],
    ["the generation times out", sse([start, delta("par"), end("TIMEOUT")], { done: false }), "timed out"],
    [
      "an error event arrives",
      sse([start, delta("par"), namedEvent("error", { message: "overloaded, try later" })], { done: false }),
      "overloaded",
    ],
    [
      "an error object replaces an event",
      sse([start, delta("par"), { id: "e1", message: "bad gateway inside" }], { done: false }),
      "bad gateway inside",
    ],
    [
      "an event is not JSON",
      sse([start, delta("par"), new RawSse("data: {not json\n\n")], { done: false }),
      "not JSON",
    ],
  ])("ends with an error event, never [DONE], when after some text %s", async (_name, reply, message) => {
    h = await harness(reply);
    const finished = h.nextFinished();
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody()));
    expect(out.stream).toBe(true);
    expect(out.content).toBe("par");
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ type: "server_error" });
    expect(String(out.error?.message)).toContain(message);
    expect((await finished).outcome).toBe("stream_error");
  });

  it.each([
    ["the body ends without message-end", sse([start], { done: false }), 502, "cut off"],
    ["the connection drops", sse([start], { done: false, ending: "reset" }), 502, "cut off"],
    [
      "the generation finishes with ERROR",
      sse([start, end("ERROR")], { done: false }),
      502,
      "finish_reason ERROR",
    ],
    ["the generation times out", sse([start, end("TIMEOUT")], { done: false }), 504, "timed out"],
    [
      "an error event arrives",
      sse([start, namedEvent("error", { message: "overloaded, try later" })], { done: false }),
      502,
      "overloaded",
    ],
    [
      "an error object replaces an event",
      sse([start, { id: "e1", message: "bad gateway inside" }], { done: false }),
      502,
      "bad gateway inside",
    ],
    [
      "an event is not JSON",
      sse([start, new RawSse("data: {not json\n\n")], { done: false }),
      502,
      "not JSON",
    ],
  ])(
    "answers an error instead of a stream when before any text %s",
    async (_name, reply, status, message) => {
      h = await harness(reply);
      const finished = h.nextFinished();
      const out = await assembleStream(await h.post("/v1/chat/completions", streamBody()));
      expect(out.stream).toBe(false);
      expect(out.status).toBe(status);
      expect(out.error).toMatchObject({ type: "server_error" });
      expect(String(out.error?.message)).toContain(message);
      expect((await finished).outcome).toBe("error");
    },
  );

  it("reads a newline-delimited JSON stream (Cohere's non-SSE framing) the same way", async () => {
    const lines = [
      { type: "message-start", id: "nd-1", delta: { message: { role: "assistant" } } },
      { type: "content-start", index: 0, delta: { message: { content: { type: "text", text: "" } } } },
      { type: "content-delta", index: 0, delta: { message: { content: { text: "Coca" } } } },
      { type: "content-delta", index: 0, delta: { message: { content: { text: "-Cola" } } } },
      { type: "content-end", index: 0 },
      {
        type: "message-end",
        delta: {
          finish_reason: "COMPLETE",
          usage: { billed_units: { input_tokens: 21, output_tokens: 105 } },
        },
      },
    ]
      .map((l) => JSON.stringify(l))
      .join("\n");
    const body = new TextEncoder().encode(lines);
    // Split in the middle of lines, as a network would.
    h = await harness(
      bytes(200, "application/x-ndjson", [body.slice(0, 50), body.slice(50, 301), body.slice(301)]),
    );
    const out = await assembleStream(
      await h.post("/v1/chat/completions", streamBody({ stream_options: { include_usage: true } })),
    );
    expect(out.error).toBeUndefined();
    expect(out.content).toBe("Coca-Cola");
    expect(out.usage).toMatchObject({ prompt_tokens: 21, completion_tokens: 105 });
  });

  it("keeps a reasoning model's thinking content out of the answer", async () => {
    const thinking = (index: number, type: string, body: Record<string, unknown>) =>
      namedEvent(type, { type, index, delta: { message: { content: body } } });
    h = await harness(
      sse(
        [
          start,
          thinking(0, "content-start", { type: "thinking", thinking: "" }),
          thinking(0, "content-delta", { thinking: "The user greets me." }),
          namedEvent("content-end", { type: "content-end", index: 0 }),
          thinking(1, "content-start", { type: "text", text: "" }),
          thinking(1, "content-delta", { text: "Hello!" }),
          end("COMPLETE"),
        ],
        { done: false },
      ),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody()));
    expect(out.content).toBe("Hello!");
    expect(out.events.join("\n")).not.toContain("greets");
  });

  it("reports a truncated tool call's finish as length", async () => {
    h = await harness(
      sse(
        [
          start,
          namedEvent("tool-call-start", {
            type: "tool-call-start",
            index: 0,
            delta: {
              message: {
                tool_calls: { id: "c1", type: "function", function: { name: "get_time", arguments: "" } },
              },
            },
          }),
          namedEvent("tool-call-delta", {
            type: "tool-call-delta",
            index: 0,
            delta: { message: { tool_calls: { function: { arguments: '{"zo' } } } },
          }),
          end("MAX_TOKENS"),
        ],
        { done: false },
      ),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", streamBody()));
    expect(out.finishReason).toBe("length");
    expect(out.toolCalls).toEqual([{ id: "c1", name: "get_time", arguments: '{"zo' }]);
  });

  it("closes the upstream connection when the client leaves mid-stream", async () => {
    h = await harness(sse([start, delta("one"), gate()], { done: false }));
    const controller = new AbortController();
    const res = await h.post("/v1/chat/completions", streamBody(), { signal: controller.signal });
    const events = sseData(res);
    await events.next();
    await events.next();
    controller.abort();
    await events.return(undefined).catch(() => {});
    expect(await h.upstream.requests[0]!.ended).toBe("closed");
  });

  it("gives up waiting for headers after timeoutMs with a 504", async () => {
    h = await harness(stall(), { config: { timeoutMs: 200 } });
    const res = await h.post("/v1/chat/completions", streamBody());
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe("upstream_timeout");
  });
});

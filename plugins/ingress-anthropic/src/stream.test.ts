/**
 * Streaming through the real engine: OpenAI chunks become Anthropic's event sequence (exactly,
 * block indices in order), events leave as soon as their chunk arrives, a cut upstream ends with
 * an `error` event (or, cut before any content, is an error answer instead of a stream), and a
 * client's stream flag is honoured whatever the pipeline answered.
 */

import { type CallResult, chunkFromText } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { type Event, parseEvents, request, testGateway } from "./testing/gateway.js";
import { chunk, completion, json, stream, textChunks, USAGE, usageChunk } from "./testing/provider.js";

const streaming = (extra: Record<string, unknown> = {}) => request({ stream: true, ...extra });

async function events(response: Response): Promise<Event[]> {
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  return parseEvents(await response.text());
}

describe("stream translation", () => {
  test("a text answer: the full event sequence", async () => {
    const { post, script } = await testGateway(() => stream(textChunks(["Hel", "lo"])));
    const response = await post("/v1/messages", streaming());
    expect(response.status).toBe(200);
    expect(response.headers.get("request-id")).toBeTruthy();
    const list = await events(response);
    expect(script.seen[0]).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    expect(list).toEqual([
      {
        event: "message_start",
        data: {
          type: "message_start",
          message: {
            id: expect.stringMatching(/^msg_/),
            type: "message",
            role: "assistant",
            model: "upstream-model",
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: {
              input_tokens: 0,
              output_tokens: 0,
              cache_creation_input_tokens: 0,
              cache_read_input_tokens: 0,
            },
          },
        },
      },
      { event: "ping", data: { type: "ping" } },
      {
        event: "content_block_start",
        data: { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
      },
      {
        event: "content_block_delta",
        data: { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "Hel" } },
      },
      {
        event: "content_block_delta",
        data: { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "lo" } },
      },
      { event: "content_block_stop", data: { type: "content_block_stop", index: 0 } },
      {
        event: "message_delta",
        data: {
          type: "message_delta",
          delta: { stop_reason: "end_turn", stop_sequence: null },
          usage: {
            input_tokens: 12,
            output_tokens: 5,
            cache_creation_input_tokens: 0,
            cache_read_input_tokens: 0,
          },
        },
      },
      { event: "message_stop", data: { type: "message_stop" } },
    ]);
  });

  test("text then two tool calls: blocks 0, 1, 2 with partial_json as it arrives", async () => {
    const { post } = await testGateway(() =>
      stream([
        chunk({ role: "assistant", content: "Checking." }),
        chunk({
          tool_calls: [
            { index: 0, id: "call_a", type: "function", function: { name: "weather", arguments: "" } },
          ],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        chunk({
          tool_calls: [
            { index: 1, id: "call_b", type: "function", function: { name: "time", arguments: "{}" } },
          ],
        }),
        chunk({}, "tool_calls"),
        usageChunk(),
      ]),
    );
    const list = await events(await post("/v1/messages", streaming()));
    const shape = list.map((e) => {
      const d = e.data as { index?: number; delta?: Record<string, unknown>; content_block?: unknown };
      if (e.event === "content_block_delta") return [e.event, d.index, d.delta];
      if (e.event === "content_block_start") return [e.event, d.index, d.content_block];
      if (e.event === "content_block_stop") return [e.event, d.index];
      if (e.event === "message_delta") return [e.event, (e.data as { delta: unknown }).delta];
      return [e.event];
    });
    expect(shape).toEqual([
      ["message_start"],
      ["ping"],
      ["content_block_start", 0, { type: "text", text: "" }],
      ["content_block_delta", 0, { type: "text_delta", text: "Checking." }],
      ["content_block_stop", 0],
      ["content_block_start", 1, { type: "tool_use", id: "call_a", name: "weather", input: {} }],
      ["content_block_delta", 1, { type: "input_json_delta", partial_json: '{"city":' }],
      ["content_block_delta", 1, { type: "input_json_delta", partial_json: '"Paris"}' }],
      ["content_block_stop", 1],
      ["content_block_start", 2, { type: "tool_use", id: "call_b", name: "time", input: {} }],
      ["content_block_delta", 2, { type: "input_json_delta", partial_json: "{}" }],
      ["content_block_stop", 2],
      ["message_delta", { stop_reason: "tool_use", stop_sequence: null }],
      ["message_stop"],
    ]);
  });

  test("each event leaves as soon as its chunk arrives", async () => {
    const releases: (() => void)[] = [];
    const gates = [0, 1, 2, 3].map((i) =>
      i === 0 ? Promise.resolve() : new Promise<void>((resolve) => releases.push(resolve)),
    );
    const { post } = await testGateway(() =>
      stream(
        [
          chunk({ role: "assistant", content: "one" }),
          chunk({ content: " two" }),
          chunk({}, "stop"),
          usageChunk(),
        ],
        {
          gates,
        },
      ),
    );
    const response = await post("/v1/messages", streaming());
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let seen = "";
    const readUntil = async (needle: string) => {
      while (!seen.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        seen += value;
      }
    };
    await readUntil('"text":"one"');
    expect(seen).not.toContain(" two");
    releases[0]!();
    await readUntil('"text":" two"');
    expect(seen).not.toContain("content_block_stop");
    releases[1]!();
    // The finish chunk closes the block at once; message_delta waits for the usage chunk.
    await readUntil("content_block_stop");
    expect(seen).not.toContain("message_delta");
    releases[2]!();
    await readUntil("message_stop");
    expect(seen).toContain('"output_tokens":5');
  });

  test("a cut upstream ends with an error event and no message_stop", async () => {
    const { post, gw } = await testGateway(() => stream(textChunks(["partial", "never"]), { failAfter: 2 }));
    const list = await events(await post("/v1/messages", streaming()));
    expect(list.map((e) => e.event)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "error",
    ]);
    expect(list.at(-1)!.data).toEqual({
      type: "error",
      error: { type: "api_error", message: "The upstream stream failed before it finished." },
      request_id: expect.any(String),
    });
    await gw.idle();
  });

  test.each([
    [
      "fails after its role chunk",
      () => stream(textChunks(["never"]), { failAfter: 1 }),
      "failed before any content",
    ],
    ["ends after its role chunk", () => stream(textChunks([]).slice(0, 1)), "ended before any content"],
    [
      "opens with a chunk that is not JSON",
      (): CallResult => ({
        type: "stream",
        status: 200,
        chunks: (async function* () {
          yield chunkFromText('{"choices":[{"delta":{"cont');
        })(),
      }),
      "not JSON",
    ],
  ])(
    "a stream that %s is an Anthropic error answer (502 api_error), not an event stream",
    async (_name, answer, message) => {
      const { post, gw } = await testGateway(answer);
      const response = await post("/v1/messages", streaming());
      expect(response.status).toBe(502);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = (await response.json()) as { type: string; error: { type: string; message: string } };
      expect(body).toMatchObject({ type: "error", error: { type: "api_error" } });
      expect(body.error.message).toContain(message);
      await gw.idle();
    },
  );

  test("an overloaded upstream mid-stream is overloaded_error", async () => {
    const { GatewayError } = await import("@aigw/plugin-api");
    const overloaded = new GatewayError("upstream_unavailable", "Overloaded", { status: 529 });
    // Role chunk, "a", then the failure: mid-stream, after the text went out.
    const { post } = await testGateway(() =>
      stream(textChunks(["a"]), { failAfter: 2, failWith: overloaded }),
    );
    const list = await events(await post("/v1/messages", streaming()));
    expect(list.at(-1)).toEqual({
      event: "error",
      data: {
        type: "error",
        error: { type: "overloaded_error", message: "Overloaded" },
        request_id: expect.any(String),
      },
    });
    expect(list.some((e) => e.event === "message_stop")).toBe(false);
  });

  test("an overloaded upstream before any text is a 529 overloaded_error answer", async () => {
    const { GatewayError } = await import("@aigw/plugin-api");
    const overloaded = new GatewayError("upstream_unavailable", "Overloaded", { status: 529 });
    const { post } = await testGateway(() =>
      stream(textChunks(["a"]), { failAfter: 1, failWith: overloaded }),
    );
    const response = await post("/v1/messages", streaming());
    expect(response.status).toBe(529);
    expect(await response.json()).toMatchObject({
      type: "error",
      error: { type: "overloaded_error", message: "Overloaded" },
    });
  });

  test("an upstream that never reports usage still gets message_delta, at the end", async () => {
    const { post } = await testGateway(() => stream([chunk({ content: "x" }), chunk({}, "length")]));
    const list = await events(await post("/v1/messages", streaming()));
    expect(list.slice(-2)).toEqual([
      {
        event: "message_delta",
        data: {
          type: "message_delta",
          delta: { stop_reason: "max_tokens", stop_sequence: null },
          usage: { output_tokens: 0 },
        },
      },
      { event: "message_stop", data: { type: "message_stop" } },
    ]);
  });

  test("a tool call whose name arrives late starts its block once named; ids are made up when missing", async () => {
    const { post } = await testGateway(() =>
      stream([
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"a"' } }] }),
        chunk({ tool_calls: [{ index: 0, function: { name: "late", arguments: ":1}" } }] }),
        chunk({}, "tool_calls", { usage: USAGE }),
      ]),
    );
    const list = await events(await post("/v1/messages", streaming()));
    const start = list.find((e) => e.event === "content_block_start")!.data as {
      content_block: { id: string };
    };
    expect(start.content_block).toEqual({
      type: "tool_use",
      id: expect.stringMatching(/^toolu_/),
      name: "late",
      input: {},
    });
    const partials = list
      .filter((e) => e.event === "content_block_delta")
      .map((e) => (e.data as { delta: { partial_json: string } }).delta.partial_json);
    expect(partials.join("")).toBe('{"a":1}');
  });

  test("a complete answer to a streaming client is replayed as events", async () => {
    const { post } = await testGateway(() =>
      json(
        completion(
          {
            content: "whole",
            tool_calls: [{ id: "c", type: "function", function: { name: "t", arguments: '{"x":1}' } }],
          },
          "tool_calls",
        ),
      ),
    );
    const list = await events(await post("/v1/messages", streaming()));
    expect(list.map((e) => e.event)).toEqual([
      "message_start",
      "ping",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "content_block_start",
      "content_block_delta",
      "content_block_stop",
      "message_delta",
      "message_stop",
    ]);
    expect(list[8]!.data).toMatchObject({ delta: { stop_reason: "tool_use" }, usage: { output_tokens: 5 } });
  });

  test("a stream to a client that did not ask for one is gathered into a message", async () => {
    const { post } = await testGateway(() =>
      stream([
        chunk({ content: "Hi " }),
        chunk({
          content: "there",
          tool_calls: [{ index: 0, id: "c", function: { name: "t", arguments: '{"k":' } }],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"v"}' } }] }),
        chunk({}, "tool_calls"),
        usageChunk(),
      ]),
    );
    const response = await post("/v1/messages", request());
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({
      content: [
        { type: "text", text: "Hi there" },
        { type: "tool_use", id: "c", name: "t", input: { k: "v" } },
      ],
      stop_reason: "tool_use",
      usage: { input_tokens: 12, output_tokens: 5 },
    });
    const cut = await testGateway(() => stream(textChunks(["a", "b"]), { failAfter: 1 }));
    const failed = await cut.post("/v1/messages", request());
    expect(failed.status).toBe(502);
    expect(await failed.json()).toMatchObject({ type: "error", error: { type: "api_error" } });
  });
});

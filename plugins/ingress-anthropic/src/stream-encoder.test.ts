/**
 * The stream encoder on its own, for upstream quirks the end-to-end tests do not script: text
 * after a tool call, interleaved tool call fragments, a tool call never named, chunks after the
 * message is final, an empty stream.
 */
import type { SseFrame } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { StreamEncoder } from "./stream-encoder.js";
import { chunk, usageChunk } from "./testing/provider.js";

const context = { requestId: "req-1", messageId: "msg_req1", model: "asked", stopSequences: undefined };

function summary(frames: SseFrame[]): string[] {
  return frames.map((f) => {
    const data = JSON.parse(f.data) as {
      index?: number;
      delta?: { text?: string; partial_json?: string; stop_reason?: string };
      content_block?: { type: string; id?: string; name?: string };
    };
    switch (f.event) {
      case "content_block_start":
        return `start ${data.index} ${data.content_block!.type}${data.content_block!.name ? ` ${data.content_block!.name}` : ""}`;
      case "content_block_delta":
        return `delta ${data.index} ${data.delta!.text ?? data.delta!.partial_json}`;
      case "content_block_stop":
        return `stop ${data.index}`;
      case "message_delta":
        return `message_delta ${data.delta!.stop_reason}`;
      default:
        return f.event!;
    }
  });
}

describe("StreamEncoder", () => {
  test("text after a tool call opens a new block; interleaved fragments land on their call's block", () => {
    const encoder = new StreamEncoder(context);
    const frames = [
      chunk({ tool_calls: [{ index: 0, id: "a", function: { name: "one", arguments: "{" } }] }),
      chunk({ tool_calls: [{ index: 1, id: "b", function: { name: "two", arguments: "{" } }] }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: "}" } }] }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: "}" } }] }),
      chunk({ content: "after" }),
      chunk({}, "tool_calls"),
      usageChunk(),
    ].flatMap((c) => encoder.push(c));
    expect(summary([...frames, ...encoder.end()])).toEqual([
      "message_start",
      "ping",
      "start 0 tool_use one",
      "delta 0 {",
      "stop 0",
      "start 1 tool_use two",
      "delta 1 {",
      "delta 0 }",
      "delta 1 }",
      "stop 1",
      "start 2 text",
      "delta 2 after",
      "stop 2",
      "message_delta tool_use",
      "message_stop",
    ]);
  });

  test("a tool call never named is started (and closed) when the answer finishes", () => {
    const encoder = new StreamEncoder(context);
    const frames = [
      chunk({ tool_calls: [{ index: 0, function: { arguments: "{}" } }] }),
      chunk({}, "stop"),
    ].flatMap((c) => encoder.push(c));
    expect(summary([...frames, ...encoder.end()])).toEqual([
      "message_start",
      "ping",
      "start 0 tool_use",
      "delta 0 {}",
      "stop 0",
      "message_delta tool_use",
      "message_stop",
    ]);
  });

  test("chunks after message_delta are ignored; the model named by the upstream wins", () => {
    const encoder = new StreamEncoder(context);
    const first = encoder.push(
      chunk({ content: "x" }, "stop", { usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } }),
    );
    expect(JSON.parse(first[0]!.data).message.model).toBe("upstream-model");
    expect(summary(first).at(-1)).toBe("message_delta end_turn");
    expect(encoder.push(chunk({ content: "late" }))).toEqual([]);
    expect(summary(encoder.end())).toEqual(["message_stop"]);
  });

  test("an empty stream is still a whole message", () => {
    const encoder = new StreamEncoder(context);
    const frames = encoder.end();
    expect(summary(frames)).toEqual(["message_start", "ping", "message_delta end_turn", "message_stop"]);
    expect(JSON.parse(frames[0]!.data).message).toMatchObject({
      id: "msg_req1",
      model: "asked",
      content: [],
    });
  });
});

// Every documented Anthropic stop_reason, streamed and not, mapped to OpenAI's finish_reason
// (https://docs.claude.com/en/docs/build-with-claude/handling-stop-reasons).
import { json, namedEvent, sse } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finishReason } from "./finish-reason.js";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";

const TABLE: [stopReason: string | null, withToolUse: boolean, finish: string][] = [
  ["end_turn", false, "stop"],
  ["stop_sequence", false, "stop"],
  ["max_tokens", false, "length"],
  ["model_context_window_exceeded", false, "length"],
  ["tool_use", true, "tool_calls"],
  ["refusal", false, "content_filter"],
  // A server-tool loop paused: the turn can be sent back to continue; OpenAI has no such reason.
  ["pause_turn", false, "stop"],
  [null, false, "stop"],
  ["a_reason_added_later", false, "stop"],
];

const toolBlock = { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Oslo" } };

function streamed(stopReason: string | null, withToolUse: boolean) {
  const block = withToolUse ? { ...toolBlock, input: {} } : { type: "text", text: "" };
  const delta = withToolUse
    ? { type: "input_json_delta", partial_json: '{"city":"Oslo"}' }
    : { type: "text_delta", text: "Hi" };
  return sse(
    [
      namedEvent("message_start", { type: "message_start", message: anthropicMessage([], null) }),
      namedEvent("content_block_start", { type: "content_block_start", index: 0, content_block: block }),
      namedEvent("content_block_delta", { type: "content_block_delta", index: 0, delta }),
      namedEvent("content_block_stop", { type: "content_block_stop", index: 0 }),
      namedEvent("message_delta", {
        type: "message_delta",
        delta: { stop_reason: stopReason, stop_sequence: null },
        usage: { output_tokens: 3 },
      }),
      namedEvent("message_stop", { type: "message_stop" }),
    ],
    { done: false },
  );
}

let h: Harness;
beforeAll(async () => {
  h = await harness(json(200, {}));
});
afterAll(async () => {
  await h.close();
});

describe("stop_reason -> finish_reason", () => {
  it.each(TABLE)("%s (not streamed)", async (stopReason, withToolUse, finish) => {
    h.upstream.setScript(
      json(200, anthropicMessage([withToolUse ? toolBlock : { type: "text", text: "Hi" }], stopReason)),
    );
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0].finish_reason).toBe(finish);
  });

  it.each(TABLE)("%s (streamed)", async (stopReason, withToolUse, finish) => {
    h.upstream.setScript(streamed(stopReason, withToolUse));
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(true);
    expect(out.finishReason).toBe(finish);
  });

  it("maps tool_use to stop when the only tool used is the JSON-mode tool", () => {
    expect(finishReason("tool_use", false)).toBe("stop");
    expect(finishReason("tool_use", true)).toBe("tool_calls");
  });
});

// The stop-reason table, checked on the mapping itself and end to end for both answer shapes.

import { collectSse } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { finishReason } from "./finish.js";
import {
  chatBody,
  converseAnswer,
  converseStream,
  type Harness,
  harness,
  textEvents,
} from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const TABLE: [string, string][] = [
  ["end_turn", "stop"],
  ["stop_sequence", "stop"],
  ["max_tokens", "length"],
  ["model_context_window_exceeded", "length"],
  ["tool_use", "tool_calls"],
  ["guardrail_intervened", "content_filter"],
  ["content_filtered", "content_filter"],
  ["malformed_model_output", "stop"],
  ["something_new", "stop"],
];

describe("stop reasons", () => {
  it.each(TABLE)("%s -> %s", (stop, finish) => {
    expect(finishReason(stop, true)).toBe(finish);
  });

  it("tool_use without a client-visible tool call (the JSON-mode tool) is stop", () => {
    expect(finishReason("tool_use", false)).toBe("stop");
    expect(finishReason(undefined, false)).toBe("stop");
  });

  it.each(TABLE.filter(([s]) => s !== "tool_use"))(
    "end to end, non-streamed and streamed: %s -> %s",
    async (stop, finish) => {
      h = await harness(converseAnswer([{ text: "x" }], stop));
      const body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
        choices: { finish_reason: string }[];
      };
      expect(body.choices[0]!.finish_reason).toBe(finish);
      h.upstream.setScript(converseStream(textEvents(["x"], stop)));
      const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
      const reasons = events
        .filter((e) => e !== "[DONE]")
        .map((e) => JSON.parse(e).choices[0]?.finish_reason)
        .filter(Boolean);
      expect(reasons).toEqual([finish]);
    },
  );

  it("tool_use end to end: tool calls with their ids and JSON arguments", async () => {
    h = await harness(
      converseAnswer(
        [
          { text: "Let me check." },
          { toolUse: { toolUseId: "tooluse_1", name: "get_weather", input: { city: "Paris" } } },
        ],
        "tool_use",
      ),
    );
    const body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      choices: { message: { content: string; tool_calls: unknown[] }; finish_reason: string }[];
    };
    expect(body.choices[0]).toMatchObject({
      finish_reason: "tool_calls",
      message: {
        content: "Let me check.",
        tool_calls: [
          {
            id: "tooluse_1",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
    });
  });
});

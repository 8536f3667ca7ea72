// Non-streamed answers through the real engine: a Message becomes a chat.completion with its
// id, the clock's `created`, the serving model, joined text, tool calls with JSON arguments,
// no thinking, and usage that counts cached prompt tokens.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const clock = { now: () => 1_750_000_000_500, monotonic: () => performance.now() };

describe("chat completions (not streamed)", () => {
  it("answers in OpenAI's shape: id, created from the clock, model, content, finish_reason, usage", async () => {
    h = await harness(json(200, anthropicMessage([{ type: "text", text: "Hello!" }])), { clock });
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: "msg_01TEST",
      object: "chat.completion",
      created: 1_750_000_000,
      model: "claude-sonnet-4-5-20250929",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content: "Hello!", refusal: null },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    });
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: 5,
      total_tokens: 15,
    });
  });

  it("returns text and parallel tool calls, arguments as JSON strings, and drops thinking blocks", async () => {
    h = await harness(
      json(
        200,
        anthropicMessage(
          [
            { type: "thinking", thinking: "The user wants two cities.", signature: "EqQBCg..." },
            { type: "redacted_thinking", data: "EmwKAhgB..." },
            { type: "text", text: "Checking " },
            { type: "text", text: "both." },
            { type: "tool_use", id: "toolu_01A", name: "get_weather", input: { city: "Paris" } },
            { type: "tool_use", id: "toolu_01B", name: "get_time", input: {} },
          ],
          "tool_use",
        ),
      ),
    );
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0]).toEqual({
      index: 0,
      message: {
        role: "assistant",
        content: "Checking both.",
        refusal: null,
        tool_calls: [
          {
            id: "toolu_01A",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
          { id: "toolu_01B", type: "function", function: { name: "get_time", arguments: "{}" } },
        ],
      },
      finish_reason: "tool_calls",
      logprobs: null,
    });
    expect(JSON.stringify(body)).not.toContain("two cities");
  });

  it("has null content when the answer is only tool calls", async () => {
    h = await harness(
      json(
        200,
        anthropicMessage([{ type: "tool_use", id: "toolu_1", name: "f", input: { a: 1 } }], "tool_use"),
      ),
    );
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0].message.content).toBeNull();
  });

  it("counts cache writes and reads in prompt_tokens, reports reads as cached_tokens and writes as cache_write_tokens", async () => {
    h = await harness(
      json(
        200,
        anthropicMessage([{ type: "text", text: "ok" }], "end_turn", {
          input_tokens: 21,
          cache_creation_input_tokens: 188,
          cache_read_input_tokens: 1000,
          output_tokens: 393,
        }),
      ),
    );
    const finished = h.nextFinished();
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    const expected = {
      prompt_tokens: 1209,
      completion_tokens: 393,
      total_tokens: 1602,
      prompt_tokens_details: { cached_tokens: 1000, cache_write_tokens: 188 },
    };
    expect(body.usage).toEqual(expected);
    expect((await finished).annotations.usage).toEqual(expected);
  });

  it("refuses a 200 that is not a Message as a 502", async () => {
    h = await harness(json(200, "<html>proxy page</html>"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
    expect((await res.json()).error.code).toBe("upstream_error");
  });
});

// Mistral -> OpenAI answers: the finish reason table, tool calls (type added, arguments as a
// string, indexes counted), reasoning content, usage chunks, errors inside streams; answers that
// need nothing forwarded as Mistral's exact text.
import { collectSse, json, sse } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const base = {
  id: "cmpl-1",
  object: "chat.completion",
  created: 1_732_548_656,
  model: "mistral-small-latest",
};
const usage = { prompt_tokens: 10, total_tokens: 12, completion_tokens: 2 };
const answer = (message: object, finish: string) => ({
  ...base,
  choices: [{ index: 0, message: { role: "assistant", ...message }, finish_reason: finish }],
  usage,
});
const chunk = (delta: object, finish: string | null = null, extra: object = {}) => ({
  ...base,
  object: "chat.completion.chunk",
  choices: [{ index: 0, delta, finish_reason: finish }],
  ...extra,
});

describe("non-streamed answers", () => {
  it("forwards an answer already in OpenAI's shape as Mistral's exact text, and records usage", async () => {
    const text = JSON.stringify(answer({ content: "Bonjour", tool_calls: null }, "stop"), null, 1);
    h = await harness(json(200, text));
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(await res.text()).toBe(text);
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: 2,
      total_tokens: 12,
    });
  });

  it.each([
    ["stop", "stop"],
    ["length", "length"],
    ["model_length", "length"],
    ["tool_calls", "tool_calls"],
    ["something_new", "stop"],
  ])("maps finish_reason %s to %s", async (mistral, openai) => {
    h = await harness(json(200, answer({ content: "x" }, mistral)));
    const body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      choices: { finish_reason: string }[];
    };
    expect(body.choices[0]!.finish_reason).toBe(openai);
  });

  it("finish_reason error is an upstream error (502), not an answer", async () => {
    h = await harness(json(200, answer({ content: "partial" }, "error")));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ error: { code: "upstream_error" } });
  });

  it("gives tool calls a type and string arguments, even when Mistral sends an object", async () => {
    h = await harness(
      json(
        200,
        answer(
          {
            content: "",
            tool_calls: [
              { id: "D681PevKs", function: { name: "get_weather", arguments: { city: "Paris" } }, index: 0 },
              { id: "Kx9a0bQ2z", function: { name: "get_time", arguments: '{"zone":"CET"}' }, index: 1 },
            ],
          },
          "tool_calls",
        ),
      ),
    );
    const body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      choices: { message: Record<string, unknown> }[];
    };
    expect(body.choices[0]!.message.tool_calls).toEqual([
      { id: "D681PevKs", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
      { id: "Kx9a0bQ2z", type: "function", function: { name: "get_time", arguments: '{"zone":"CET"}' } },
    ]);
  });

  it("turns chunked content (a reasoning model's thinking) into text and reasoning_content", async () => {
    h = await harness(
      json(
        200,
        answer(
          {
            content: [
              { type: "thinking", thinking: [{ type: "text", text: "The user greets me." }] },
              { type: "text", text: "Hello!" },
            ],
          },
          "stop",
        ),
      ),
    );
    const body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      choices: { message: Record<string, unknown> }[];
    };
    expect(body.choices[0]!.message).toEqual({
      role: "assistant",
      content: "Hello!",
      reasoning_content: "The user greets me.",
    });
  });
});

describe("streamed answers", () => {
  it("without include_usage: the finish reason in a chunk of its own, no usage, usage recorded", async () => {
    h = await harness(
      sse([
        chunk({ role: "assistant", content: "" }),
        chunk({ content: "Hi" }),
        chunk({ content: "!" }, "stop", { usage }),
      ]),
    );
    const finished = h.nextFinished();
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    const parsed = events
      .slice(0, -1)
      .map((e) => JSON.parse(e) as { choices: { delta: object; finish_reason: unknown }[] });
    expect(parsed.map((c) => c.choices[0])).toEqual([
      { index: 0, delta: { role: "assistant", content: "" }, finish_reason: null },
      { index: 0, delta: { content: "Hi" }, finish_reason: null },
      { index: 0, delta: { content: "!" }, finish_reason: null },
      { index: 0, delta: {}, finish_reason: "stop" },
    ]);
    expect(events.some((e) => e.includes('"usage"'))).toBe(false);
    expect(events.at(-1)).toBe("[DONE]");
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: 2,
      total_tokens: 12,
    });
  });

  it("passes ordinary chunks through as Mistral's exact text", async () => {
    const first = chunk({ role: "assistant", content: "" });
    const second = chunk({ content: "Hi" });
    h = await harness(sse([first, second, chunk({}, "stop")]));
    const events = await collectSse(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(events.slice(0, 2)).toEqual([JSON.stringify(first), JSON.stringify(second)]);
  });

  it("counts tool call indexes itself when Mistral numbers every call 0", async () => {
    h = await harness(
      sse([
        chunk({ role: "assistant", content: "" }),
        chunk({ tool_calls: [{ id: "AAAAAAAA1", function: { name: "a", arguments: '{"x":1}' }, index: 0 }] }),
        chunk(
          { tool_calls: [{ id: "BBBBBBBB2", function: { name: "b", arguments: '{"y":2}' }, index: 0 }] },
          "tool_calls",
        ),
      ]),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.toolCalls).toEqual([
      { id: "AAAAAAAA1", name: "a", arguments: '{"x":1}' },
      { id: "BBBBBBBB2", name: "b", arguments: '{"y":2}' },
    ]);
    expect(out.finishReason).toBe("tool_calls");
  });

  it("adds the assistant role when the first chunk lacks it, and drops role: null", async () => {
    h = await harness(
      sse([chunk({ role: null, content: "Hi" }), chunk({ role: null, content: "!" }, "stop")]),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.role).toBe("assistant");
    expect(out.content).toBe("Hi!");
    expect(out.events.some((e) => e.includes('"role":null'))).toBe(false);
  });

  it("an error object or finish_reason error inside the stream ends it with an error event", async () => {
    h = await harness(
      sse(
        [
          chunk({ role: "assistant", content: "Hel" }),
          {
            object: "error",
            message: "Internal server error",
            type: "internal_server_error",
            param: null,
            code: "1000",
          },
        ],
        { done: false },
      ),
    );
    let out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ message: "Internal server error", code: "1000" });
    h.upstream.setScript(
      sse([chunk({ role: "assistant", content: "Hel" }), chunk({ content: "lo" }, "error")]),
    );
    out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ code: "upstream_error" });
  });
});

// Chat completions through the real engine: JSON and streamed shapes, usage, tool calls, JSON modes.
import type { ChatCompletion, ChatCompletionChunk } from "@aigw/plugin-api";
import { afterEach, describe, expect, it } from "vitest";
import { frozenClock, type MockGateway, mockGateway, payloads, readSse } from "./testing/gateway.js";

let open: MockGateway | undefined;
async function gw(...args: Parameters<typeof mockGateway>): Promise<MockGateway> {
  open = await mockGateway(...args);
  return open;
}
afterEach(async () => {
  await open?.gateway.close();
  open = undefined;
});

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      properties: {
        city: { type: "string" },
        unit: { type: "string", enum: ["celsius", "fahrenheit"] },
        days: { type: "integer", minimum: 1 },
        verbose: { type: "boolean" },
      },
      required: ["city", "unit", "days"],
    },
  },
};

describe("chat.completions, JSON", () => {
  it("answers with a chat.completion quoting the last user message", async () => {
    const { chat, gateway, records } = await gw({}, { clock: frozenClock(1_700_000_123_456) });
    const res = await chat({
      messages: [
        { role: "system", content: "be brief" },
        { role: "user", content: "first" },
        { role: "assistant", content: "ok" },
        { role: "user", content: [{ type: "text", text: "Hello there" }] },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as ChatCompletion;
    expect(body.object).toBe("chat.completion");
    expect(body.id).toMatch(/^chatcmpl-[0-9a-f]{24}$/);
    expect(body.created).toBe(1_700_000_123);
    expect(body.model).toBe("mock");
    expect(body.choices).toHaveLength(1);
    expect(body.choices[0]!.message).toMatchObject({
      role: "assistant",
      content: "Mock reply to: Hello there",
    });
    expect(body.choices[0]!.finish_reason).toBe("stop");
    expect(body.usage!.completion_tokens).toBe(Math.ceil("Mock reply to: Hello there".length / 4));
    expect(body.usage!.total_tokens).toBe(body.usage!.prompt_tokens + body.usage!.completion_tokens);
    await gateway.drain();
    expect(records[0]!.annotations.usage).toEqual(body.usage);
    expect(records[0]!.annotations.servedBy).toMatchObject({ provider: "mock", node: "mock" });
  });

  it("quotes at most 200 characters, and uses the fixed reply when configured", async () => {
    const long = "x".repeat(500);
    const a = await gw();
    const body = (await (
      await a.chat({ messages: [{ role: "user", content: long }] })
    ).json()) as ChatCompletion;
    expect(body.choices[0]!.message.content).toBe(`Mock reply to: ${"x".repeat(200)}`);
    await a.gateway.close();
    const b = await gw({ reply: "Fixed answer." });
    const fixed = (await (await b.chat({})).json()) as ChatCompletion;
    expect(fixed.choices[0]!.message.content).toBe("Fixed answer.");
  });

  it("answers n choices, honours stop and max_tokens", async () => {
    const { chat } = await gw({ reply: "one two three four five six seven eight" });
    const n = (await (await chat({ n: 3 })).json()) as ChatCompletion;
    expect(n.choices.map((c) => c.index)).toEqual([0, 1, 2]);
    const stopped = (await (await chat({ stop: [" four", "seven"] })).json()) as ChatCompletion;
    expect(stopped.choices[0]!.message.content).toBe("one two three");
    expect(stopped.choices[0]!.finish_reason).toBe("stop");
    const limited = (await (await chat({ max_tokens: 2 })).json()) as ChatCompletion;
    expect(limited.choices[0]!.message.content).toBe("one two ");
    expect(limited.choices[0]!.finish_reason).toBe("length");
  });

  it("answers a forced tool choice with a tool call built from the required parameters", async () => {
    const { chat } = await gw();
    const res = await chat({ tools: [weatherTool], tool_choice: "required" });
    const body = (await res.json()) as ChatCompletion;
    const choice = body.choices[0]!;
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    const call = choice.message.tool_calls![0]!;
    expect(call.id).toMatch(/^call_[0-9a-f]{24}$/);
    expect(call.type).toBe("function");
    expect(call.function.name).toBe("get_weather");
    expect(JSON.parse(call.function.arguments)).toEqual({ city: "mock", unit: "celsius", days: 1 });
  });

  it("calls the named function, refuses an unknown one, and answers text for auto", async () => {
    const { chat } = await gw();
    const other = { type: "function", function: { name: "noop" } };
    const named = (await (
      await chat({
        tools: [other, weatherTool],
        tool_choice: { type: "function", function: { name: "get_weather" } },
      })
    ).json()) as ChatCompletion;
    expect(named.choices[0]!.message.tool_calls![0]!.function.name).toBe("get_weather");
    const noArgs = (await (await chat({ tools: [other], tool_choice: "required" })).json()) as ChatCompletion;
    expect(noArgs.choices[0]!.message.tool_calls![0]!.function.arguments).toBe("{}");
    const unknown = await chat({
      tools: [other],
      tool_choice: { type: "function", function: { name: "nope" } },
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { param: string } }).error.param).toBe("tool_choice");
    const auto = (await (await chat({ tools: [weatherTool], tool_choice: "auto" })).json()) as ChatCompletion;
    expect(auto.choices[0]!.finish_reason).toBe("stop");
    expect(auto.choices[0]!.message.content).toBe("Mock reply to: hi");
  });

  it("answers JSON content for json_object and json_schema response formats", async () => {
    const { chat } = await gw();
    const object = (await (
      await chat({ response_format: { type: "json_object" } })
    ).json()) as ChatCompletion;
    expect(JSON.parse(object.choices[0]!.message.content!)).toEqual({ reply: "Mock reply to: hi" });
    const schema = {
      type: "object",
      properties: {
        name: { type: "string" },
        age: { type: "integer" },
        tags: { type: "array", items: { type: "string" } },
        address: { $ref: "#/$defs/address" },
      },
      required: ["name", "age", "tags", "address"],
      additionalProperties: false,
      $defs: { address: { type: "object", properties: { zip: { type: "string" } }, required: ["zip"] } },
    };
    const structured = (await (
      await chat({
        response_format: { type: "json_schema", json_schema: { name: "person", schema, strict: true } },
      })
    ).json()) as ChatCompletion;
    expect(JSON.parse(structured.choices[0]!.message.content!)).toEqual({
      name: "mock",
      age: 1,
      tags: [],
      address: { zip: "mock" },
    });
  });

  it("sends a fixed JSON reply as is in JSON mode", async () => {
    const { chat } = await gw({ reply: '{"answer":42}' });
    const body = (await (await chat({ response_format: { type: "json_object" } })).json()) as ChatCompletion;
    expect(body.choices[0]!.message.content).toBe('{"answer":42}');
  });
});

describe("chat.completions, streamed", () => {
  it("streams role, content word by word, a stop chunk, then [DONE]", async () => {
    const { chat, gateway, records } = await gw({ reply: "alpha beta gamma delta" });
    const res = await chat({ stream: true });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = await readSse(res);
    expect(events.at(-1)).toEqual({ done: true });
    const chunks = payloads<ChatCompletionChunk>(events);
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
    expect(chunks.every((c) => !("usage" in c))).toBe(true);
    expect(chunks[0]!.choices[0]!.delta).toEqual({ role: "assistant", content: "" });
    const content = chunks.map((c) => c.choices[0]?.delta.content ?? "").join("");
    expect(content).toBe("alpha beta gamma delta");
    expect(chunks.slice(1, -1).map((c) => c.choices[0]!.delta.content)).toEqual([
      "alpha ",
      "beta ",
      "gamma ",
      "delta",
    ]);
    const last = chunks.at(-1)!;
    expect(last.choices[0]!.finish_reason).toBe("stop");
    expect(last.choices[0]!.delta).toEqual({});
    await gateway.drain();
    expect(records[0]!.outcome).toBe("ok");
    expect(records[0]!.annotations.usage?.completion_tokens).toBe(Math.ceil(content.length / 4));
  });

  it("groups chunkWords words per chunk and ends with a usage chunk when asked", async () => {
    const { chat } = await gw({ reply: "a b c d e", chunkWords: 2 });
    const json = (await (await chat({})).json()) as ChatCompletion;
    const chunks = payloads<ChatCompletionChunk>(
      await readSse(await chat({ stream: true, stream_options: { include_usage: true } })),
    );
    const contents = chunks.flatMap((c) => (c.choices[0]?.delta.content ? [c.choices[0].delta.content] : []));
    expect(contents).toEqual(["a b ", "c d ", "e"]);
    const usageChunk = chunks.at(-1)!;
    expect(usageChunk.choices).toEqual([]);
    expect(usageChunk.usage).toEqual(json.usage);
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe("stop");
  });

  it("streams a tool call with its arguments split across chunks", async () => {
    const { chat } = await gw();
    const request = { tools: [weatherTool], tool_choice: "required" };
    const json = (await (await chat(request)).json()) as ChatCompletion;
    const chunks = payloads<ChatCompletionChunk>(await readSse(await chat({ ...request, stream: true })));
    const first = chunks[0]!.choices[0]!.delta;
    expect(first.role).toBe("assistant");
    const expected = json.choices[0]!.message.tool_calls![0]!;
    expect(first.tool_calls![0]).toMatchObject({
      index: 0,
      id: expected.id,
      type: "function",
      function: { name: "get_weather" },
    });
    const fragments = chunks.flatMap(
      (c) => c.choices[0]?.delta.tool_calls?.map((t) => t.function?.arguments ?? "") ?? [],
    );
    expect(fragments.filter((f) => f !== "").length).toBeGreaterThan(2);
    expect(fragments.join("")).toBe(expected.function.arguments);
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("streams every choice when n > 1", async () => {
    const { chat } = await gw({ reply: "x y" });
    const chunks = payloads<ChatCompletionChunk>(await readSse(await chat({ stream: true, n: 2 })));
    for (const index of [0, 1]) {
      const own = chunks.filter((c) => c.choices[0]?.index === index);
      expect(own.map((c) => c.choices[0]!.delta.content ?? "").join("")).toBe("x y");
      expect(own.at(-1)!.choices[0]!.finish_reason).toBe("stop");
    }
  });
});

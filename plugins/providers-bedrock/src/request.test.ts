// The Converse request body as the fake upstream receives it: system/developer hoisting, role
// merging, tool calls and results, tool_choice, JSON modes, max tokens defaults and clamping,
// sampling ranges, metadata, model mapping, guardrails, and what is refused.
import { afterEach, describe, expect, it } from "vitest";
import type { BedrockProviderConfig } from "./config.gen.js";
import { chatBody, converseAnswer, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const WEATHER = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather for a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

async function sent(body: Record<string, unknown>, config: BedrockProviderConfig = {}) {
  h = await harness(converseAnswer([{ text: "ok" }]), { config });
  const res = await h.post("/v1/chat/completions", body);
  return {
    res,
    seen: h.upstream.requests[0]?.json<Record<string, unknown>>(),
    path: h.upstream.requests[0]?.path,
  };
}

describe("messages", () => {
  it("hoists system and developer messages, merges consecutive roles, turns tool messages into toolResult blocks", async () => {
    const { seen } = await sent(
      chatBody({
        messages: [
          { role: "system", content: "Be brief." },
          { role: "user", content: "Weather in Paris and Rome?" },
          { role: "developer", content: [{ type: "text", text: "Use tools." }] },
          {
            role: "assistant",
            content: "Checking.",
            tool_calls: [
              {
                id: "t1",
                type: "function",
                function: { name: "get_weather", arguments: '{"city":"Paris"}' },
              },
              { id: "t2", type: "function", function: { name: "get_weather", arguments: '{"city":"Rome"}' } },
            ],
          },
          { role: "tool", tool_call_id: "t1", content: "18C" },
          { role: "tool", tool_call_id: "t2", content: [{ type: "text", text: "21C" }] },
          { role: "user", content: "Thanks" },
          { role: "user", content: "Which is warmer?" },
        ],
        tools: [WEATHER],
      }),
    );
    expect(seen!.system).toEqual([{ text: "Be brief." }, { text: "Use tools." }]);
    expect(seen!.messages).toEqual([
      { role: "user", content: [{ text: "Weather in Paris and Rome?" }] },
      {
        role: "assistant",
        content: [
          { text: "Checking." },
          { toolUse: { toolUseId: "t1", name: "get_weather", input: { city: "Paris" } } },
          { toolUse: { toolUseId: "t2", name: "get_weather", input: { city: "Rome" } } },
        ],
      },
      {
        role: "user",
        content: [
          { toolResult: { toolUseId: "t1", content: [{ text: "18C" }] } },
          { toolResult: { toolUseId: "t2", content: [{ text: "21C" }] } },
          { text: "Thanks" },
          { text: "Which is warmer?" },
        ],
      },
    ]);
    expect(seen!.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: "get_weather",
            description: "Weather for a city.",
            inputSchema: { json: WEATHER.function.parameters },
          },
        },
      ],
    });
  });

  it("declares the history's tools when the client sends tool blocks but no tools (Converse requires a toolConfig)", async () => {
    const { seen } = await sent(
      chatBody({
        messages: [
          { role: "user", content: "Weather?" },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "t1", type: "function", function: { name: "get_weather", arguments: "" } }],
          },
          { role: "tool", tool_call_id: "t1", content: "18C" },
        ],
      }),
    );
    expect((seen!.messages as { content: unknown[] }[])[1]!.content).toEqual([
      { toolUse: { toolUseId: "t1", name: "get_weather", input: {} } },
    ]);
    expect(seen!.toolConfig).toEqual({
      tools: [{ toolSpec: { name: "get_weather", inputSchema: { json: { type: "object" } } } }],
    });
  });

  it.each([
    [{ n: 2 }, "n"],
    [{ logprobs: true }, "logprobs"],
    [
      {
        messages: [
          { role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] },
        ],
      },
      "messages[0].content[0]",
    ],
    [
      {
        messages: [
          { role: "user", content: "x" },
          {
            role: "assistant",
            tool_calls: [{ id: "a", type: "function", function: { name: "f", arguments: "{not json" } }],
          },
        ],
      },
      "messages[1].tool_calls[0].function.arguments",
    ],
    [{ tools: [WEATHER], tool_choice: { type: "function", function: { name: "nope" } } }, "tool_choice"],
    [{ functions: [{ name: "f" }] }, "functions"],
    [{ messages: [{ role: "function", name: "f", content: "x" }] }, "messages[0].role"],
  ])("refuses %o with a 400 on %s, without calling Bedrock", async (extra, param) => {
    const { res } = await sent(chatBody(extra));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { param: string } }).error.param).toBe(param);
    expect(h!.upstream.requests).toHaveLength(0);
  });
});

describe("tool_choice", () => {
  it.each([
    ["auto", { auto: {} }],
    ["required", { any: {} }],
    [{ type: "function", function: { name: "get_weather" } }, { tool: { name: "get_weather" } }],
  ])("%o -> %o", async (choice, expected) => {
    const { seen } = await sent(chatBody({ tools: [WEATHER], tool_choice: choice }));
    expect((seen!.toolConfig as { toolChoice: unknown }).toolChoice).toEqual(expected);
  });

  it("none: the tools are left out", async () => {
    const { seen } = await sent(chatBody({ tools: [WEATHER], tool_choice: "none" }));
    expect(seen!.toolConfig).toBeUndefined();
  });

  it("none with tool blocks in the history keeps the tools (Converse needs them) and sets no choice", async () => {
    const { seen } = await sent(
      chatBody({
        tools: [WEATHER],
        tool_choice: "none",
        messages: [
          { role: "user", content: "Weather?" },
          {
            role: "assistant",
            tool_calls: [{ id: "t1", type: "function", function: { name: "get_weather", arguments: "{}" } }],
          },
          { role: "tool", tool_call_id: "t1", content: "18C" },
        ],
      }),
    );
    expect(seen!.toolConfig).toEqual({
      tools: [expect.objectContaining({ toolSpec: expect.objectContaining({ name: "get_weather" }) })],
    });
  });
});

describe("inference config", () => {
  it("maps max_completion_tokens over max_tokens, clamps sampling to Converse's [0, 1], drops empty stops", async () => {
    const { seen } = await sent(
      chatBody({
        max_tokens: 10,
        max_completion_tokens: 20,
        temperature: 1.7,
        top_p: 0.5,
        stop: ["", "END"],
      }),
    );
    expect(seen!.inferenceConfig).toEqual({
      maxTokens: 20,
      temperature: 1,
      topP: 0.5,
      stopSequences: ["END"],
    });
  });

  it("a single stop string is a one-item list; no parameters means no inferenceConfig", async () => {
    const { seen } = await sent(chatBody({ stop: "\n\n" }));
    expect(seen!.inferenceConfig).toEqual({ stopSequences: ["\n\n"] });
    await h!.close();
    const { seen: bare } = await sent(chatBody());
    expect(bare!.inferenceConfig).toBeUndefined();
  });

  it("defaults max tokens from the config and clamps to maxTokensLimit", async () => {
    const { seen } = await sent(chatBody(), { defaultMaxTokens: 512 });
    expect(seen!.inferenceConfig).toEqual({ maxTokens: 512 });
    await h!.close();
    const { seen: clamped } = await sent(chatBody({ max_tokens: 100_000 }), { maxTokensLimit: 8192 });
    expect(clamped!.inferenceConfig).toEqual({ maxTokens: 8192 });
  });

  it("rejects a non-positive max_tokens", async () => {
    const { res } = await sent(chatBody({ max_tokens: 0 }));
    expect(res.status).toBe(400);
  });
});

describe("JSON mode", () => {
  const schema = { type: "object", properties: { ok: { type: "boolean" } }, required: ["ok"] };

  it("tool (default): json_object forces a json_response tool", async () => {
    const { seen } = await sent(chatBody({ response_format: { type: "json_object" } }));
    expect(seen!.toolConfig).toEqual({
      tools: [
        {
          toolSpec: {
            name: "json_response",
            description: "Give your complete answer as this tool's input.",
            inputSchema: { json: { type: "object" } },
          },
        },
      ],
      toolChoice: { tool: { name: "json_response" } },
    });
  });

  it("tool: json_schema uses the schema; next to client tools it is offered, not forced", async () => {
    const { seen } = await sent(
      chatBody({
        tools: [WEATHER],
        response_format: {
          type: "json_schema",
          json_schema: { name: "verdict", description: "The verdict.", schema },
        },
      }),
    );
    const config = seen!.toolConfig as {
      tools: { toolSpec: { name: string; inputSchema: unknown; description: string } }[];
      toolChoice?: unknown;
    };
    expect(config.tools.map((t) => t.toolSpec.name)).toEqual(["get_weather", "json_response"]);
    expect(config.tools[1]!.toolSpec).toEqual({
      name: "json_response",
      description: "The verdict.",
      inputSchema: { json: schema },
    });
    expect(config.toolChoice).toBeUndefined();
  });

  it("tool: the tool's input comes back as the message content with finish_reason stop", async () => {
    h = await harness(
      converseAnswer(
        [{ toolUse: { toolUseId: "x", name: "json_response", input: { ok: true } } }],
        "tool_use",
      ),
    );
    const body = (await (
      await h.post("/v1/chat/completions", chatBody({ response_format: { type: "json_object" } }))
    ).json()) as {
      choices: { message: { content: string; tool_calls?: unknown }; finish_reason: string }[];
    };
    expect(JSON.parse(body.choices[0]!.message.content)).toEqual({ ok: true });
    expect(body.choices[0]!.message.tool_calls).toBeUndefined();
    expect(body.choices[0]!.finish_reason).toBe("stop");
  });

  it("native: outputConfig.textFormat json_schema with the schema as a string", async () => {
    const { seen } = await sent(
      chatBody({ response_format: { type: "json_schema", json_schema: { name: "verdict", schema } } }),
      { jsonMode: "native" },
    );
    expect(seen!.outputConfig).toEqual({
      textFormat: {
        type: "json_schema",
        structure: { jsonSchema: { schema: JSON.stringify(schema), name: "verdict" } },
      },
    });
    expect(seen!.toolConfig).toBeUndefined();
  });

  it("prompt: a system instruction carrying the schema", async () => {
    const { seen } = await sent(
      chatBody({ response_format: { type: "json_schema", json_schema: { name: "verdict", schema } } }),
      { jsonMode: "prompt" },
    );
    const system = seen!.system as { text: string }[];
    expect(system.at(-1)!.text).toContain("single valid JSON value");
    expect(system.at(-1)!.text).toContain(JSON.stringify(schema));
  });
});

describe("request options", () => {
  it("passes metadata and user as requestMetadata (only entries Bedrock's pattern allows)", async () => {
    const { seen } = await sent(
      chatBody({ metadata: { team: "search", "bad key!": "x", note: "a\u0000b" }, user: "user-42" }),
    );
    expect(seen!.requestMetadata).toEqual({ team: "search", user: "user-42" });
  });

  it("maps model names, forces a model, and adds guardrail and additional fields", async () => {
    const { seen, path } = await sent(chatBody({ model: "haiku" }), {
      modelMap: { haiku: "anthropic.claude-3-haiku-20240307-v1:0" },
      guardrail: { identifier: "gr-123", version: "2", trace: "enabled" },
      additionalModelRequestFields: { top_k: 50 },
    });
    expect(path).toBe("/model/anthropic.claude-3-haiku-20240307-v1%3A0/converse");
    expect(seen!.guardrailConfig).toEqual({
      guardrailIdentifier: "gr-123",
      guardrailVersion: "2",
      trace: "enabled",
    });
    expect(seen!.additionalModelRequestFields).toEqual({ top_k: 50 });
    expect(seen).not.toHaveProperty("model");
    await h!.close();
    const forced = await sent(chatBody({ model: "anything" }), { model: "meta.llama3-8b-instruct-v1:0" });
    expect(forced.path).toBe("/model/meta.llama3-8b-instruct-v1%3A0/converse");
  });

  it("answers in OpenAI's shape with the upstream request id, the gateway clock and the Bedrock model", async () => {
    h = await harness(converseAnswer([{ text: "Hello" }]));
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({ model: "anthropic.claude-3-haiku-20240307-v1:0" }),
    );
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      object: "chat.completion",
      created: 1440938160,
      model: "anthropic.claude-3-haiku-20240307-v1:0",
      choices: [{ index: 0, message: { role: "assistant", content: "Hello" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    });
    expect(body.id).toMatch(/^chatcmpl-/);
  });
});

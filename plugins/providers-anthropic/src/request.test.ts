// The Messages API body the plugin sends for OpenAI requests, checked on what the fake upstream
// received: system prompts, turn merging and ordering, images and PDFs, tools and tool choice,
// max_tokens defaulting and clamping, sampling, stop, user, pass-through extras, and the 400s
// for what Anthropic cannot take.
import { json } from "@aigw/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnthropicProviderConfig } from "./config.gen.js";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";
import type { MessagesRequest } from "./wire.js";

const ok = json(200, anthropicMessage([{ type: "text", text: "ok" }]));
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const WEATHER = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

const harnesses = new Map<string, Harness>();
async function gateway(config: AnthropicProviderConfig = {}): Promise<Harness> {
  const key = JSON.stringify(config);
  let h = harnesses.get(key);
  if (!h) {
    h = await harness(ok, { config });
    harnesses.set(key, h);
  }
  return h;
}
afterAll(async () => {
  for (const h of harnesses.values()) await h.close();
});
beforeAll(async () => {
  await gateway();
});

/** Posts a chat request and returns the body Anthropic received. */
async function sent(
  body: Record<string, unknown>,
  config?: AnthropicProviderConfig,
): Promise<MessagesRequest> {
  const h = await gateway(config);
  const before = h.upstream.requests.length;
  const res = await h.post("/v1/chat/completions", body);
  expect(res.status, await res.clone().text()).toBe(200);
  return h.upstream.requests[before]!.json<MessagesRequest>();
}

async function refused(
  body: Record<string, unknown>,
): Promise<{ status: number; error: Record<string, unknown> }> {
  const h = await gateway();
  const before = h.upstream.requests.length;
  const res = await h.post("/v1/chat/completions", body);
  expect(h.upstream.requests.length).toBe(before);
  return { status: res.status, error: (await res.json()).error };
}

describe("conversation", () => {
  it("joins system and developer messages into the top-level system, wherever they are", async () => {
    const body = await sent(
      chatBody({
        messages: [
          { role: "system", content: "You are terse." },
          { role: "developer", content: [{ type: "text", text: "Answer in French." }] },
          { role: "user", content: "Hello" },
          { role: "system", content: "Never use emoji." },
        ],
      }),
    );
    expect(body.system).toBe("You are terse.\n\nAnswer in French.\n\nNever use emoji.");
    expect(body.messages).toEqual([{ role: "user", content: [{ type: "text", text: "Hello" }] }]);
  });

  it("merges parallel tool results into one user turn, results first, then the user's text", async () => {
    const body = await sent(
      chatBody({
        tools: [WEATHER],
        messages: [
          { role: "user", content: "Weather in Paris and Rome?" },
          {
            role: "assistant",
            content: "Checking both.",
            tool_calls: [
              {
                id: "toolu_1",
                type: "function",
                function: { name: "get_weather", arguments: '{"city":"Paris"}' },
              },
              {
                id: "toolu_2",
                type: "function",
                function: { name: "get_weather", arguments: '{"city":"Rome"}' },
              },
            ],
          },
          { role: "tool", tool_call_id: "toolu_1", content: "18C" },
          { role: "tool", tool_call_id: "toolu_2", content: [{ type: "text", text: "24C" }] },
          { role: "user", content: "And in Fahrenheit?" },
        ],
      }),
    );
    expect(body.messages).toEqual([
      { role: "user", content: [{ type: "text", text: "Weather in Paris and Rome?" }] },
      {
        role: "assistant",
        content: [
          { type: "text", text: "Checking both." },
          { type: "tool_use", id: "toolu_1", name: "get_weather", input: { city: "Paris" } },
          { type: "tool_use", id: "toolu_2", name: "get_weather", input: { city: "Rome" } },
        ],
      },
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "toolu_1", content: "18C" },
          { type: "tool_result", tool_use_id: "toolu_2", content: "24C" },
          { type: "text", text: "And in Fahrenheit?" },
        ],
      },
    ]);
  });

  it("puts tool results before text that came earlier in the same user turn", async () => {
    const body = await sent(
      chatBody({
        tools: [WEATHER],
        messages: [
          { role: "user", content: "Weather?" },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "t1", type: "function", function: { name: "get_weather", arguments: "" } }],
          },
          { role: "user", content: "(still waiting)" },
          { role: "tool", tool_call_id: "t1", content: "" },
        ],
      }),
    );
    expect(body.messages[1]!.content).toEqual([
      { type: "tool_use", id: "t1", name: "get_weather", input: {} },
    ]);
    expect(body.messages[2]!.content).toEqual([
      { type: "tool_result", tool_use_id: "t1" },
      { type: "text", text: "(still waiting)" },
    ]);
  });

  it("merges consecutive user messages and drops empty text (Anthropic rejects empty blocks)", async () => {
    const body = await sent(
      chatBody({
        messages: [
          { role: "user", content: "First" },
          { role: "user", content: "   " },
          { role: "user", content: [{ type: "text", text: "Second" }] },
        ],
      }),
    );
    expect(body.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "First" },
          { type: "text", text: "Second" },
        ],
      },
    ]);
  });

  it("sends images as base64 (media type from the data URL) or as url sources, and PDFs as documents", async () => {
    const body = await sent(
      chatBody({
        messages: [
          {
            role: "user",
            content: [
              { type: "image_url", image_url: { url: `data:image/jpg;base64,${PNG}` } },
              { type: "image_url", image_url: { url: "https://example.com/cat.webp", detail: "high" } },
              {
                type: "file",
                file: { filename: "a.pdf", file_data: "data:application/pdf;base64,JVBERi0x" },
              },
              { type: "text", text: "Compare." },
            ],
          },
        ],
      }),
    );
    expect(body.messages[0]!.content).toEqual([
      { type: "image", source: { type: "base64", media_type: "image/jpeg", data: PNG } },
      { type: "image", source: { type: "url", url: "https://example.com/cat.webp" } },
      { type: "document", source: { type: "base64", media_type: "application/pdf", data: "JVBERi0x" } },
      { type: "text", text: "Compare." },
    ]);
  });

  it("keeps an Anthropic cache_control on system and user parts (prompt caching)", async () => {
    const body = await sent(
      chatBody({
        messages: [
          {
            role: "system",
            content: [{ type: "text", text: "A long manual...", cache_control: { type: "ephemeral" } }],
          },
          {
            role: "user",
            content: [{ type: "text", text: "Q?", cache_control: { type: "ephemeral", ttl: "1h" } }],
          },
        ],
      }),
    );
    expect(body.system).toEqual([
      { type: "text", text: "A long manual...", cache_control: { type: "ephemeral" } },
    ]);
    expect(body.messages[0]!.content).toEqual([
      { type: "text", text: "Q?", cache_control: { type: "ephemeral", ttl: "1h" } },
    ]);
  });
});

describe("tools and tool choice", () => {
  it("sends tools as name, description and input_schema", async () => {
    const body = await sent(
      chatBody({
        tools: [WEATHER, { type: "function", function: { name: "now" } }],
      }),
    );
    expect(body.tools).toEqual([
      {
        name: "get_weather",
        description: "Weather for a city",
        input_schema: WEATHER.function.parameters,
      },
      { name: "now", input_schema: { type: "object", properties: {} } },
    ]);
    expect(body.tool_choice).toBeUndefined();
  });

  it.each([
    ["auto", undefined, { type: "auto" }],
    ["required", undefined, { type: "any" }],
    ["none", undefined, { type: "none" }],
    [
      { type: "function", function: { name: "get_weather" } },
      undefined,
      { type: "tool", name: "get_weather" },
    ],
    [undefined, false, { type: "auto", disable_parallel_tool_use: true }],
    ["auto", false, { type: "auto", disable_parallel_tool_use: true }],
    ["required", false, { type: "any", disable_parallel_tool_use: true }],
    [
      { type: "function", function: { name: "get_weather" } },
      false,
      { type: "tool", name: "get_weather", disable_parallel_tool_use: true },
    ],
    ["none", false, { type: "none" }],
    [undefined, true, undefined],
  ])("tool_choice %j with parallel_tool_calls %j -> %j", async (choice, parallel, expected) => {
    const body = await sent(
      chatBody({
        tools: [WEATHER],
        ...(choice !== undefined ? { tool_choice: choice } : {}),
        ...(parallel !== undefined ? { parallel_tool_calls: parallel } : {}),
      }),
    );
    expect(body.tool_choice).toEqual(expected);
  });

  it("sends no tool_choice when there are no tools", async () => {
    const body = await sent(chatBody({ tool_choice: "auto", parallel_tool_calls: false }));
    expect(body.tools).toBeUndefined();
    expect(body.tool_choice).toBeUndefined();
  });
});

describe("limits and sampling", () => {
  it("defaults max_tokens (required by Anthropic) to 4096", async () => {
    expect((await sent(chatBody())).max_tokens).toBe(4096);
  });

  it("prefers max_completion_tokens over max_tokens", async () => {
    expect((await sent(chatBody({ max_tokens: 100, max_completion_tokens: 200 }))).max_tokens).toBe(200);
    expect((await sent(chatBody({ max_tokens: 100 }))).max_tokens).toBe(100);
  });

  it("uses the node's defaultMaxTokens and clamps to its maxTokensLimit", async () => {
    const config = { defaultMaxTokens: 1000, maxTokensLimit: 8192 };
    expect((await sent(chatBody(), config)).max_tokens).toBe(1000);
    expect((await sent(chatBody({ max_completion_tokens: 64_000 }), config)).max_tokens).toBe(8192);
    expect((await sent(chatBody({ max_tokens: 500 }), config)).max_tokens).toBe(500);
  });

  it("clamps temperature to Anthropic's 0..1, keeps top_p, and sends stop as stop_sequences", async () => {
    // Claude Sonnet 4 takes both samplers (4.5 and later take one: see adapt.test.ts).
    const body = await sent(
      chatBody({ model: "claude-sonnet-4-20250514", temperature: 1.7, top_p: 0.5, stop: "END" }),
    );
    expect(body).toMatchObject({ temperature: 1, top_p: 0.5, stop_sequences: ["END"] });
    expect((await sent(chatBody({ temperature: 0, stop: ["a", "b"] }))).stop_sequences).toEqual(["a", "b"]);
    expect((await sent(chatBody({ temperature: 0 }))).temperature).toBe(0);
  });

  it("sends user as metadata.user_id and drops parameters Anthropic lacks", async () => {
    const body = await sent(
      chatBody({
        user: "user-123",
        frequency_penalty: 0.5,
        presence_penalty: 0.2,
        seed: 7,
        logit_bias: { "50256": -100 },
        logprobs: true,
        stream_options: null,
      }),
    );
    expect(body.metadata).toEqual({ user_id: "user-123" });
    expect(Object.keys(body).sort()).toEqual(["max_tokens", "messages", "metadata", "model"]);
  });

  it("passes Anthropic's own top_k and thinking through when a client sends them", async () => {
    const body = await sent(chatBody({ top_k: 40, thinking: { type: "enabled", budget_tokens: 2048 } }));
    expect(body.top_k).toBe(40);
    expect(body.thinking).toEqual({ type: "enabled", budget_tokens: 2048 });
  });

  it("forces the node's model, or maps the client's model", async () => {
    expect((await sent(chatBody({ model: "anything" }), { model: "claude-haiku-4-5" })).model).toBe(
      "claude-haiku-4-5",
    );
    const mapped = { modelMap: { fast: "claude-haiku-4-5" } };
    expect((await sent(chatBody({ model: "fast" }), mapped)).model).toBe("claude-haiku-4-5");
    expect((await sent(chatBody({ model: "claude-opus-4-1" }), mapped)).model).toBe("claude-opus-4-1");
  });

  it("sets stream only for streamed requests", async () => {
    expect((await sent(chatBody())).stream).toBeUndefined();
  });
});

describe("what Anthropic cannot take: a clear 400 before any upstream call", () => {
  it.each([
    ["n > 1", chatBody({ n: 2 }), "n"],
    [
      "audio input",
      chatBody({
        messages: [
          { role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] },
        ],
      }),
      "messages[0].content[0]",
    ],
    [
      "an unsupported image type",
      chatBody({
        messages: [
          {
            role: "user",
            content: [{ type: "image_url", image_url: { url: "data:image/bmp;base64,Qk0=" } }],
          },
        ],
      }),
      "messages[0].content[0].image_url.url",
    ],
    [
      "an image that is neither a URL nor base64",
      chatBody({
        messages: [
          { role: "user", content: [{ type: "image_url", image_url: { url: "ftp://example.com/a.png" } }] },
        ],
      }),
      "messages[0].content[0].image_url.url",
    ],
    [
      "an uploaded file id",
      chatBody({ messages: [{ role: "user", content: [{ type: "file", file: { file_id: "file-abc" } }] }] }),
      "messages[0].content[0].file",
    ],
    [
      "tool call arguments that are not a JSON object",
      chatBody({
        messages: [
          { role: "user", content: "x" },
          {
            role: "assistant",
            tool_calls: [{ id: "t", type: "function", function: { name: "f", arguments: "[1,2]" } }],
          },
          { role: "tool", tool_call_id: "t", content: "y" },
        ],
      }),
      "messages[1].tool_calls[0].function.arguments",
    ],
    ["legacy functions", chatBody({ functions: [{ name: "f" }] }), "functions"],
    ["audio output", chatBody({ modalities: ["text", "audio"] }), "modalities"],
  ])("refuses %s", async (_name, body, param) => {
    const { status, error } = await refused(body);
    expect(status).toBe(400);
    expect(error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", param });
  });
});

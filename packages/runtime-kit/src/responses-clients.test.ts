/**
 * The Responses API as real clients use it, over HTTP, to any provider: the Vercel AI SDK (its
 * default OpenAI model speaks the Responses API; `.chat()` Chat Completions), LangChain's
 * ChatOpenAI (both APIs) and the official openai SDK, against one gateway whose routes lead to
 * the mock provider, to Anthropic's fake upstream and to Gemini's. Text, streams and tool calls.
 * Then `previous_response_id` across two gateway instances sharing one Redis.
 */
import { createOpenAI } from "@ai-sdk/openai";
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import ingressResponses from "@aigw/ingress-responses";
import type { Logger } from "@aigw/plugin-api";
import providersAnthropic from "@aigw/providers-anthropic";
import providersGoogle from "@aigw/providers-google";
import providersMock from "@aigw/providers-mock";
import { conditionalRouter } from "@aigw/router-core";
import {
  type FakeUpstream,
  json,
  NamedSse,
  type RecordedRequest,
  type Reply,
  serveGateway,
  sse,
  startFakeUpstream,
} from "@aigw/testkit";
import { ChatOpenAI } from "@langchain/openai";
import { generateText, jsonSchema, stepCountIs, streamText, tool } from "ai";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

/** Anthropic's Messages API: a tool call while the tool has no result yet, else text; streamed when asked. */
function anthropic(request: RecordedRequest): Reply {
  const body = request.json<{ stream?: boolean; tools?: unknown[]; messages: { content: unknown }[] }>();
  const answered = JSON.stringify(body.messages).includes('"tool_result"');
  const toolUse = body.tools?.length && !answered;
  const text = answered ? "It is sunny in Paris." : "Hello from Claude";
  const usage = { input_tokens: 9, output_tokens: 4 };
  if (!body.stream) {
    const content = toolUse
      ? [{ type: "tool_use", id: "toolu_1", name: "weather", input: { city: "Paris" } }]
      : [{ type: "text", text }];
    return json(200, {
      id: "msg_1",
      type: "message",
      role: "assistant",
      model: "claude-test",
      content,
      stop_reason: toolUse ? "tool_use" : "end_turn",
      stop_sequence: null,
      usage,
    });
  }
  const start = {
    type: "message_start",
    message: {
      id: "msg_1",
      type: "message",
      role: "assistant",
      model: "claude-test",
      content: [],
      stop_reason: null,
      usage,
    },
  };
  const block = toolUse
    ? [
        {
          type: "content_block_start",
          index: 0,
          content_block: { type: "tool_use", id: "toolu_1", name: "weather", input: {} },
        },
        {
          type: "content_block_delta",
          index: 0,
          delta: { type: "input_json_delta", partial_json: '{"city":' },
        },
        {
          type: "content_block_delta",
          index: 0,
          delta: { type: "input_json_delta", partial_json: '"Paris"}' },
        },
      ]
    : [
        { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } },
        ...text.split(" ").map((word, i) => ({
          type: "content_block_delta",
          index: 0,
          delta: { type: "text_delta", text: i ? ` ${word}` : word },
        })),
      ];
  const events = [
    start,
    ...block,
    { type: "content_block_stop", index: 0 },
    {
      type: "message_delta",
      delta: { stop_reason: toolUse ? "tool_use" : "end_turn", stop_sequence: null },
      usage: { output_tokens: 4 },
    },
    { type: "message_stop" },
  ];
  return sse(
    events.map((e) => new NamedSse(e.type, e)),
    { done: false },
  );
}

/** Gemini's generateContent, streamed on `:streamGenerateContent`. */
function gemini(request: RecordedRequest): Reply {
  const usageMetadata = { promptTokenCount: 6, candidatesTokenCount: 3, totalTokenCount: 9 };
  const candidate = (text: string, finishReason?: string) => ({
    candidates: [
      { content: { role: "model", parts: [{ text }] }, index: 0, ...(finishReason ? { finishReason } : {}) },
    ],
    usageMetadata,
    modelVersion: "gemini-2.5-flash",
  });
  if (request.path.includes(":streamGenerateContent"))
    return sse([candidate("Hello "), candidate("from Gemini", "STOP")], { done: false });
  return json(200, candidate("Hello from Gemini", "STOP"));
}

let anthropicUpstream: FakeUpstream;
let geminiUpstream: FakeUpstream;
const servers: { close(): Promise<void> }[] = [];
const gateways: Gateway[] = [];
let baseURL = "";

async function gateway(stores?: Record<string, unknown>, ingressId = "responses"): Promise<string> {
  const gw = await createGateway({
    config: {
      ...(stores ? { stores } : {}),
      ingress: [{ id: ingressId, plugin: "ingress-responses" }],
      pipeline: {
        nodes: [
          {
            id: "route",
            plugin: "router-conditional",
            config: {
              routes: [
                { when: { field: "model", regex: "^claude" }, target: "claude" },
                { when: { field: "model", regex: "^gemini" }, target: "gemini" },
              ],
              default: "mock",
            },
            targets: ["claude", "gemini", "mock"],
          },
          { id: "claude", plugin: "providers-anthropic", config: { baseUrl: anthropicUpstream.url } },
          { id: "gemini", plugin: "providers-google", config: { baseUrl: geminiUpstream.url } },
          { id: "mock", plugin: "providers-mock", config: { reply: "Hello from the mock", chunkWords: 1 } },
        ],
      },
    } as never,
    plugins: [ingressResponses, providersAnthropic, providersGoogle, providersMock, conditionalRouter],
    services: { http: fetchHttpClient(), logger: quiet },
    env: { ANTHROPIC_API_KEY: "sk-ant-test", GEMINI_API_KEY: "AIza-test" },
  });
  gateways.push(gw);
  const server = await serveGateway(gw);
  servers.push(server);
  return `${server.url}/v1`;
}

beforeAll(async () => {
  anthropicUpstream = await startFakeUpstream(anthropic);
  geminiUpstream = await startFakeUpstream(gemini);
  baseURL = await gateway();
});

afterAll(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await Promise.all(gateways.splice(0).map((g) => g.close(2_000)));
  await anthropicUpstream?.close();
  await geminiUpstream?.close();
});

const weather = tool({
  description: "Current weather in a city",
  inputSchema: jsonSchema<{ city: string }>({
    type: "object",
    properties: { city: { type: "string" } },
    required: ["city"],
    additionalProperties: false,
  }),
  execute: async ({ city }) => `sunny in ${city}`,
});

describe("the Vercel AI SDK", () => {
  test("the default model (Responses API): generateText and streamText to the mock", async () => {
    const paths: string[] = [];
    const openai = createOpenAI({
      baseURL,
      apiKey: "k1",
      fetch: (url, init) => {
        paths.push(new URL(String(url)).pathname);
        return fetch(url, init);
      },
    });
    const { text, usage } = await generateText({ model: openai("gpt-4o"), prompt: "Hi" });
    expect(text).toBe("Hello from the mock");
    expect(usage.inputTokens).toBeGreaterThan(0);
    const streamed = streamText({ model: openai("gpt-4o"), prompt: "Hi" });
    const parts: string[] = [];
    for await (const part of streamed.textStream) parts.push(part);
    expect(parts.join("")).toBe("Hello from the mock");
    expect(parts.length).toBeGreaterThan(1);
    expect(paths).toEqual(["/v1/responses", "/v1/responses"]);
  });

  test("the default model: a tool call to Anthropic, executed, and the answer after it", async () => {
    const openai = createOpenAI({ baseURL, apiKey: "k1" });
    const result = await generateText({
      model: openai("claude-sonnet-4-5"),
      prompt: "Weather in Paris?",
      tools: { weather },
      stopWhen: stepCountIs(3),
    });
    expect(result.steps[0]!.toolCalls).toMatchObject([{ toolName: "weather", input: { city: "Paris" } }]);
    expect(result.text).toBe("It is sunny in Paris.");
    const streamed = streamText({
      model: openai("claude-sonnet-4-5"),
      prompt: "Weather?",
      tools: { weather },
      stopWhen: stepCountIs(3),
    });
    expect(await streamed.text).toBe("It is sunny in Paris.");
    expect((await streamed.steps)[0]!.toolCalls).toMatchObject([
      { toolName: "weather", input: { city: "Paris" } },
    ]);
  });

  test("streamText to Gemini, and .chat() models (Chat Completions) still work", async () => {
    const openai = createOpenAI({ baseURL, apiKey: "k1" });
    const streamed = streamText({ model: openai("gemini-2.5-flash"), prompt: "Hi" });
    expect(await streamed.text).toBe("Hello from Gemini");
    const { text } = await generateText({ model: openai.chat("claude-sonnet-4-5"), prompt: "Hi" });
    expect(text).toBe("Hello from Claude");
  });
});

describe("LangChain's ChatOpenAI", () => {
  test("Chat Completions and the Responses API", async () => {
    const chat = new ChatOpenAI({ model: "gemini-2.5-flash", apiKey: "k1", configuration: { baseURL } });
    expect((await chat.invoke("Hi")).content).toBe("Hello from Gemini");
    const responses = new ChatOpenAI({
      model: "claude-sonnet-4-5",
      apiKey: "k1",
      useResponsesApi: true,
      configuration: { baseURL },
    });
    const message = await responses.invoke("Hi");
    expect(message.text).toBe("Hello from Claude");
    const chunks: string[] = [];
    for await (const chunk of await responses.stream("Hi")) chunks.push(chunk.text);
    expect(chunks.join("")).toBe("Hello from Claude");
  });
});

describe("the openai SDK", () => {
  test("responses.create and responses.stream to Anthropic and Gemini", async () => {
    const client = new OpenAI({ baseURL, apiKey: "k1", maxRetries: 0 });
    const created = await client.responses.create({ model: "gemini-2.5-flash", input: "Hi" });
    expect(created.output_text).toBe("Hello from Gemini");
    expect(created.usage).toMatchObject({ input_tokens: 6, output_tokens: 3, total_tokens: 9 });
    const final = await client.responses.stream({ model: "claude-sonnet-4-5", input: "Hi" }).finalResponse();
    expect(final.output_text).toBe("Hello from Claude");
    expect(final.status).toBe("completed");
  });
});

describe("stored responses on Redis", () => {
  test("previous_response_id chains across two gateway instances", async () => {
    // A unique ingress id per run is a unique store namespace, so parallel runs never collide.
    const id = `responses-${crypto.randomUUID()}`;
    const stores = { type: "redis", url: "redis://127.0.0.1:6379" };
    const one = new OpenAI({ baseURL: await gateway(stores, id), apiKey: "k1", maxRetries: 0 });
    const two = new OpenAI({ baseURL: await gateway(stores, id), apiKey: "k1", maxRetries: 0 });
    const first = await one.responses.create({ model: "gemini-2.5-flash", input: "My name is Ada." });
    const before = geminiUpstream.requests.length;
    const second = await two.responses.create({
      model: "gemini-2.5-flash",
      input: "What is my name?",
      previous_response_id: first.id,
    });
    expect(second.previous_response_id).toBe(first.id);
    const sent = JSON.stringify(geminiUpstream.requests[before]!.json());
    expect(sent).toContain("My name is Ada.");
    expect(sent).toContain("Hello from Gemini");
    expect(sent).toContain("What is my name?");
    expect((await two.responses.retrieve(first.id)).id).toBe(first.id);
    // Another key on either instance sees nothing.
    const stranger = new OpenAI({
      baseURL: (one as unknown as { baseURL: string }).baseURL,
      apiKey: "k2",
      maxRetries: 0,
    });
    await expect(stranger.responses.retrieve(first.id)).rejects.toMatchObject({ status: 404 });
  });
});

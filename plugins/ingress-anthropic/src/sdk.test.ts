/**
 * The real client: the official Anthropic TypeScript SDK talks over HTTP to a gateway whose only
 * provider is an OpenAI-shaped script, for messages, streams (with `finalMessage()`), tool use,
 * token counting, errors and the SDK's retry on 529.
 */
import Anthropic, { type APIError } from "@anthropic-ai/sdk";
import { afterEach, describe, expect, test } from "vitest";
import { type TestGateway, testGateway } from "./testing/gateway.js";
import { serve } from "./testing/http.js";
import {
  type Answer,
  chunk,
  completion,
  json,
  stream,
  textChunks,
  toolCall,
  usageChunk,
} from "./testing/provider.js";

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function client(
  answer: Answer,
  options: { maxRetries?: number } = {},
): Promise<{ anthropic: Anthropic; gateway: TestGateway }> {
  const gateway = await testGateway(answer);
  const server = await serve(gateway.gw);
  open.push(server);
  const anthropic = new Anthropic({
    apiKey: "test-key",
    baseURL: server.url,
    maxRetries: options.maxRetries ?? 0,
  });
  return { anthropic, gateway };
}

const WEATHER_TOOL = {
  name: "get_weather",
  description: "Current weather for a city",
  input_schema: { type: "object" as const, properties: { city: { type: "string" } }, required: ["city"] },
};

describe("the Anthropic SDK against the gateway", () => {
  test("messages.create", async () => {
    const { anthropic, gateway } = await client(() => json(completion({ content: "Hello from any model" })));
    const message = await anthropic.messages.create({
      model: "gpt-4o-mini",
      max_tokens: 256,
      system: "Be brief.",
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(message).toMatchObject({
      type: "message",
      role: "assistant",
      content: [{ type: "text", text: "Hello from any model" }],
      stop_reason: "end_turn",
      usage: { input_tokens: 12, output_tokens: 5 },
    });
    expect(message.id).toMatch(/^msg_/);
    expect(message._request_id).toBeTruthy();
    expect(gateway.script.seen[0]).toMatchObject({
      model: "gpt-4o-mini",
      max_tokens: 256,
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
      ],
    });
  });

  test("messages.stream: text events and finalMessage()", async () => {
    const { anthropic } = await client(() => stream(textChunks(["The ", "quick ", "fox."])));
    const texts: string[] = [];
    const run = anthropic.messages
      .stream({ model: "gpt-4o-mini", max_tokens: 256, messages: [{ role: "user", content: "Go" }] })
      .on("text", (text) => texts.push(text));
    const message = await run.finalMessage();
    expect(texts).toEqual(["The ", "quick ", "fox."]);
    expect(message).toMatchObject({
      content: [{ type: "text", text: "The quick fox." }],
      stop_reason: "end_turn",
      usage: { input_tokens: 12, output_tokens: 5 },
    });
  });

  test("tool use round trip, streamed and not", async () => {
    const input = { city: "Paris" };
    const { anthropic, gateway } = await client((request) => {
      const last = request.messages.at(-1)!;
      if (last.role === "tool") return json(completion({ content: `It is ${last.content} in Paris.` }));
      if (request.stream) {
        return stream([
          chunk({ role: "assistant", content: "Let me look." }),
          chunk({
            tool_calls: [
              { index: 0, id: "call_1", type: "function", function: { name: "get_weather", arguments: "" } },
            ],
          }),
          chunk({ tool_calls: [{ index: 0, function: { arguments: '{"ci' } }] }),
          chunk({ tool_calls: [{ index: 0, function: { arguments: 'ty":"Paris"}' } }] }),
          chunk({}, "tool_calls"),
          usageChunk(),
        ]);
      }
      return json(
        completion(
          { content: "Let me look.", tool_calls: [toolCall("call_1", "get_weather", input)] },
          "tool_calls",
        ),
      );
    });
    const params = {
      model: "gpt-4o-mini",
      max_tokens: 256,
      tools: [WEATHER_TOOL],
      messages: [{ role: "user" as const, content: "Weather in Paris?" }],
    };
    const created = await anthropic.messages.create(params);
    const streamed = await anthropic.messages.stream(params).finalMessage();
    for (const message of [created, streamed]) {
      expect(message.stop_reason).toBe("tool_use");
      expect(message.content).toEqual([
        expect.objectContaining({ type: "text", text: "Let me look." }),
        expect.objectContaining({ type: "tool_use", id: "call_1", name: "get_weather", input }),
      ]);
    }
    const toolUse = created.content.find((b) => b.type === "tool_use")!;
    const answer = await anthropic.messages.create({
      ...params,
      messages: [
        ...params.messages,
        { role: "assistant", content: created.content },
        { role: "user", content: [{ type: "tool_result", tool_use_id: toolUse.id, content: "sunny" }] },
      ],
    });
    expect(answer.content).toEqual([
      expect.objectContaining({ type: "text", text: "It is sunny in Paris." }),
    ]);
    expect(gateway.script.seen[2]!.messages.slice(-2)).toEqual([
      {
        role: "assistant",
        content: "Let me look.",
        tool_calls: [
          {
            id: "call_1",
            type: "function",
            function: { name: "get_weather", arguments: '{"city":"Paris"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: "sunny" },
    ]);
  });

  test("messages.countTokens", async () => {
    const { anthropic, gateway } = await client(() => json(completion({ content: "never" })));
    const count = await anthropic.messages.countTokens({
      model: "gpt-4o-mini",
      system: "You are a helpful assistant.",
      tools: [WEATHER_TOOL],
      messages: [{ role: "user", content: "Hello, world" }],
    });
    expect(count.input_tokens).toBeGreaterThan(20);
    expect(gateway.script.seen).toHaveLength(0);
  });

  test("errors surface as the SDK's typed errors", async () => {
    const bad = await client(() => json(completion({ content: "never" })));
    const refused = await bad.anthropic.messages
      .create({ model: "m", max_tokens: 10, messages: [] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Anthropic.BadRequestError);
    expect(refused).toMatchObject({ status: 400, type: "invalid_request_error" });
    expect((refused as APIError).requestID).toBeTruthy();

    const limited = await client((_, ctx) => ctx.error("rate_limited", "slow down", { status: 429 }));
    await expect(
      limited.anthropic.messages.create({
        model: "m",
        max_tokens: 10,
        messages: [{ role: "user", content: "x" }],
      }),
    ).rejects.toBeInstanceOf(Anthropic.RateLimitError);

    const busy = await client((_, ctx) => ctx.error("upstream_unavailable", "Overloaded", { status: 503 }));
    const overloaded = await busy.anthropic.messages
      .create({ model: "m", max_tokens: 10, messages: [{ role: "user", content: "x" }] })
      .catch((error: unknown) => error);
    expect(overloaded).toBeInstanceOf(Anthropic.OverloadedError);
    expect(overloaded).toMatchObject({ status: 529, type: "overloaded_error" });
  });

  test("an overloaded upstream is retried by the SDK (529)", async () => {
    let calls = 0;
    const { anthropic } = await client(
      (_, ctx) => {
        calls++;
        if (calls === 1)
          ctx.error("upstream_unavailable", "Overloaded", {
            status: 529,
            headers: { "retry-after-ms": "10" },
          });
        return json(completion({ content: "second time lucky" }));
      },
      { maxRetries: 2 },
    );
    const message = await anthropic.messages.create({
      model: "m",
      max_tokens: 10,
      messages: [{ role: "user", content: "x" }],
    });
    expect(calls).toBe(2);
    expect(message.content).toEqual([expect.objectContaining({ text: "second time lucky" })]);
  });

  test("a stream cut mid-way rejects finalMessage() with the error event's type", async () => {
    const { anthropic } = await client(() => stream(textChunks(["partial", "never"]), { failAfter: 2 }));
    const texts: string[] = [];
    const failure = await anthropic.messages
      .stream({ model: "m", max_tokens: 10, messages: [{ role: "user", content: "x" }] })
      .on("text", (text) => texts.push(text))
      .finalMessage()
      .catch((error: unknown) => error);
    expect(texts).toEqual(["partial"]);
    expect(failure).toBeInstanceOf(Anthropic.APIError);
    expect(failure).toMatchObject({ type: "api_error" });
  });
});

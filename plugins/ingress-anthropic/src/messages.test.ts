/**
 * Non-streaming Messages requests through the real engine: what the pipeline's provider receives
 * (the OpenAI translation of every request field and content block) and what the client gets
 * back (the Anthropic translation of the completion).
 */
import { describe, expect, test } from "vitest";
import { TOOL_ERROR_PREFIX } from "./decode-content.js";
import { request, testGateway } from "./testing/gateway.js";
import { completion, json, toolCall } from "./testing/provider.js";

const PNG = "iVBORw0KGgo=";

describe("decode: an Anthropic request reaches the pipeline as an OpenAI chat request", () => {
  test("model, system, sampling, stop sequences, user, stream settings", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: "ok" })));
    const response = await post(
      "/v1/messages",
      request({
        system: [
          { type: "text", text: "You are terse.", cache_control: { type: "ephemeral" } },
          { type: "text", text: "Answer in French." },
        ],
        temperature: 0.3,
        top_p: 0.9,
        top_k: 40,
        stop_sequences: ["END", "STOP"],
        metadata: { user_id: "user-7" },
        thinking: { type: "enabled", budget_tokens: 2048 },
        service_tier: "auto",
      }),
    );
    expect(response.status).toBe(200);
    expect(script.seen[0]).toEqual({
      model: "claude-test",
      messages: [
        { role: "system", content: "You are terse.\n\nAnswer in French." },
        { role: "user", content: "Hi" },
      ],
      max_tokens: 100,
      temperature: 0.3,
      top_p: 0.9,
      stop: ["END", "STOP"],
      user: "user-7",
    });
  });

  test("modelMap renames models, exactly or through '*'", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: "ok" })), {
      modelMap: { "claude-test": "gpt-4o", "*": "fallback-model" },
    });
    await post("/v1/messages", request());
    await post("/v1/messages", request({ model: "claude-other" }));
    expect(script.seen.map((r) => r.model)).toEqual(["gpt-4o", "fallback-model"]);
  });

  test("content blocks: text, base64 and URL images, documents, thinking dropped", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: "ok" })));
    await post(
      "/v1/messages",
      request({
        messages: [
          {
            role: "user",
            content: [
              { type: "text", text: "What is in these?" },
              { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } },
              { type: "image", source: { type: "url", url: "https://example.com/cat.jpg" } },
              {
                type: "document",
                source: { type: "base64", media_type: "application/pdf", data: "JVBERi0=" },
              },
              {
                type: "document",
                title: "Notes",
                source: { type: "text", media_type: "text/plain", data: "plain notes" },
              },
            ],
          },
          {
            role: "assistant",
            content: [
              { type: "thinking", thinking: "hmm", signature: "sig" },
              { type: "text", text: "A cat " },
              { type: "text", text: "and a PDF." },
            ],
          },
          { role: "assistant", content: [{ type: "redacted_thinking", data: "xyz" }] },
          { role: "user", content: "Thanks" },
        ],
      }),
    );
    expect(script.seen[0]!.messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "What is in these?" },
          { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } },
          { type: "image_url", image_url: { url: "https://example.com/cat.jpg" } },
          {
            type: "file",
            file: { file_data: "data:application/pdf;base64,JVBERi0=", filename: "document.pdf" },
          },
          { type: "text", text: "Notes\n\nplain notes" },
        ],
      },
      { role: "assistant", content: "A cat and a PDF." },
      { role: "user", content: "Thanks" },
    ]);
  });

  test("tools and every tool_choice", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: "ok" })));
    const tools = [
      {
        name: "get_weather",
        description: "Weather for a city",
        input_schema: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        cache_control: { type: "ephemeral" },
      },
      { type: "custom", name: "noop", input_schema: { type: "object" }, strict: true },
    ];
    const choices = [
      { type: "auto" },
      { type: "any", disable_parallel_tool_use: true },
      { type: "tool", name: "get_weather" },
      { type: "none" },
    ];
    for (const tool_choice of choices) await post("/v1/messages", request({ tools, tool_choice }));
    await post("/v1/messages", request({ tool_choice: { type: "auto", disable_parallel_tool_use: true } }));
    expect(script.seen[0]!.tools).toEqual([
      {
        type: "function",
        function: {
          name: "get_weather",
          description: "Weather for a city",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        },
      },
      { type: "function", function: { name: "noop", parameters: { type: "object" }, strict: true } },
    ]);
    expect(script.seen.map((r) => [r.tool_choice, r.parallel_tool_calls])).toEqual([
      ["auto", undefined],
      ["required", false],
      [{ type: "function", function: { name: "get_weather" } }, undefined],
      ["none", undefined],
      // No tools: OpenAI would refuse tool_choice and parallel_tool_calls.
      [undefined, undefined],
    ]);
  });

  test("structured output format becomes response_format json_schema", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: '{"a":1}' })));
    const schema = { type: "object", properties: { a: { type: "integer" } } };
    const response = await post(
      "/v1/messages",
      request({ output_config: { format: { type: "json_schema", schema }, effort: "high" } }),
    );
    expect(script.seen[0]!.response_format).toEqual({
      type: "json_schema",
      json_schema: { name: "output", schema },
    });
    expect(((await response.json()) as { content: unknown }).content).toEqual([
      { type: "text", text: '{"a":1}' },
    ]);
  });

  test("tool results become tool messages ahead of the user's text; tool images follow them", async () => {
    const { post, script } = await testGateway(() => json(completion({ content: "ok" })));
    await post(
      "/v1/messages",
      request({
        messages: [
          { role: "user", content: "Check both" },
          {
            role: "assistant",
            content: [
              { type: "text", text: "Checking." },
              { type: "tool_use", id: "toolu_1", name: "read", input: { path: "a.txt" } },
              { type: "tool_use", id: "toolu_2", name: "shot", input: {} },
            ],
          },
          {
            role: "user",
            content: [
              { type: "tool_result", tool_use_id: "toolu_1", content: "no such file", is_error: true },
              {
                type: "tool_result",
                tool_use_id: "toolu_2",
                content: [
                  { type: "text", text: "screenshot taken" },
                  { type: "image", source: { type: "base64", media_type: "image/png", data: PNG } },
                ],
              },
              { type: "text", text: "What now?" },
            ],
          },
        ],
      }),
    );
    expect(script.seen[0]!.messages).toEqual([
      { role: "user", content: "Check both" },
      {
        role: "assistant",
        content: "Checking.",
        tool_calls: [
          { id: "toolu_1", type: "function", function: { name: "read", arguments: '{"path":"a.txt"}' } },
          { id: "toolu_2", type: "function", function: { name: "shot", arguments: "{}" } },
        ],
      },
      { role: "tool", tool_call_id: "toolu_1", content: `${TOOL_ERROR_PREFIX}no such file` },
      { role: "tool", tool_call_id: "toolu_2", content: "screenshot taken" },
      {
        role: "user",
        content: [
          { type: "text", text: "(attached by the result of tool call toolu_2)" },
          { type: "image_url", image_url: { url: `data:image/png;base64,${PNG}` } },
          { type: "text", text: "What now?" },
        ],
      },
    ]);
  });

  test("the native body is kept for providers that speak Anthropic's format", async () => {
    let native: unknown;
    const { post } = await testGateway((_, ctx) => {
      native = ctx.request.native;
      return json(completion({ content: "ok" }));
    });
    const body = request({ top_k: 5 });
    await post("/v1/messages", body);
    expect(native).toEqual({ format: "anthropic", body });
  });
});

describe("encode: an OpenAI completion goes back as an Anthropic message", () => {
  test("text, usage with cached tokens, ids and headers", async () => {
    const { post } = await testGateway(() =>
      json(
        completion({ content: "Bonjour !" }, "stop", {
          usage: {
            prompt_tokens: 100,
            completion_tokens: 7,
            total_tokens: 107,
            prompt_tokens_details: { cached_tokens: 60 },
          },
        }),
      ),
    );
    const response = await post("/v1/messages", request());
    const requestId = response.headers.get("request-id");
    expect(requestId).toBeTruthy();
    expect(response.headers.get("x-request-id")).toBe(requestId);
    const message = (await response.json()) as { id: string };
    expect(message).toEqual({
      id: expect.stringMatching(/^msg_[A-Za-z0-9]+$/),
      type: "message",
      role: "assistant",
      model: "upstream-model",
      content: [{ type: "text", text: "Bonjour !" }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: {
        input_tokens: 40,
        output_tokens: 7,
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 60,
      },
    });
  });

  test("usage with cache writes (from Anthropic or Bedrock behind the gateway) keeps them apart", async () => {
    const { post } = await testGateway(() =>
      json(
        completion({ content: "ok" }, "stop", {
          usage: {
            prompt_tokens: 1209,
            completion_tokens: 393,
            total_tokens: 1602,
            prompt_tokens_details: { cached_tokens: 1000, cache_write_tokens: 188 },
          },
        }),
      ),
    );
    const message = (await (await post("/v1/messages", request())).json()) as { usage: unknown };
    expect(message.usage).toEqual({
      input_tokens: 21,
      output_tokens: 393,
      cache_creation_input_tokens: 188,
      cache_read_input_tokens: 1000,
    });
  });

  test.each([
    ["length", {}, "max_tokens", null],
    ["content_filter", {}, "refusal", null],
    ["stop", {}, "end_turn", null],
    ["stop", { stop_reason: "END" }, "stop_sequence", "END"],
    ["stop", { matched_stop: "HALT" }, "stop_sequence", "HALT"],
    ["stop", { stop_reason: "NOT-ASKED" }, "end_turn", null],
  ] as const)("finish_reason %s %j is stop_reason %s", async (finish, choice, stopReason, stopSequence) => {
    const { post } = await testGateway(() => json(completion({ content: "x" }, finish, { choice })));
    const message = (await (
      await post("/v1/messages", request({ stop_sequences: ["END", "HALT"] }))
    ).json()) as {
      stop_reason: string;
      stop_sequence: string | null;
    };
    expect([message.stop_reason, message.stop_sequence]).toEqual([stopReason, stopSequence]);
  });

  test("a refusal with no content is the message text", async () => {
    const { post } = await testGateway(() =>
      json(completion({ content: null, refusal: "I can't help." }, "stop")),
    );
    const message = (await (await post("/v1/messages", request())).json()) as { content: unknown };
    expect(message.content).toEqual([{ type: "text", text: "I can't help." }]);
  });

  test("tool use round trip: tool_use -> tool_calls -> tool_use", async () => {
    const { post, script } = await testGateway((req) => {
      // The upstream calls the tool again with the arguments it was shown, under a new id.
      const previous = req.messages.flatMap((m) => (m.role === "assistant" ? (m.tool_calls ?? []) : []));
      const args = JSON.parse(previous[0]!.function.arguments) as unknown;
      return json(
        completion(
          {
            content: "Let me check.",
            tool_calls: [toolCall("call_9", "get_weather", args), toolCall("call_10", "noop", {})],
          },
          "tool_calls",
        ),
      );
    });
    const input = { city: "Paris", units: ["c"], nested: { deep: true, n: 1.5 } };
    const response = await post(
      "/v1/messages",
      request({
        tools: [{ name: "get_weather", input_schema: { type: "object" } }],
        messages: [
          { role: "user", content: "Weather?" },
          { role: "assistant", content: [{ type: "tool_use", id: "toolu_A", name: "get_weather", input }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_A", content: "sunny" }] },
        ],
      }),
    );
    expect(script.seen[0]!.messages.slice(1)).toEqual([
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "toolu_A",
            type: "function",
            function: { name: "get_weather", arguments: JSON.stringify(input) },
          },
        ],
      },
      { role: "tool", tool_call_id: "toolu_A", content: "sunny" },
    ]);
    const message = (await response.json()) as { content: unknown; stop_reason: string };
    expect(message.stop_reason).toBe("tool_use");
    expect(message.content).toEqual([
      { type: "text", text: "Let me check." },
      { type: "tool_use", id: "call_9", name: "get_weather", input },
      { type: "tool_use", id: "call_10", name: "noop", input: {} },
    ]);
  });

  test("tool calls with empty or malformed arguments get input {}; tool calls win over 'stop'", async () => {
    const { post } = await testGateway(() =>
      json(
        completion(
          {
            content: null,
            tool_calls: [
              { id: "c1", type: "function", function: { name: "a", arguments: "" } },
              { id: "c2", type: "function", function: { name: "b", arguments: "{not json" } },
            ],
          },
          "stop",
        ),
      ),
    );
    const message = (await (await post("/v1/messages", request())).json()) as {
      content: unknown;
      stop_reason: string;
    };
    expect(message).toMatchObject({
      stop_reason: "tool_use",
      content: [
        { type: "tool_use", id: "c1", name: "a", input: {} },
        { type: "tool_use", id: "c2", name: "b", input: {} },
      ],
    });
  });
});

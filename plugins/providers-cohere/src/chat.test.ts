/**
 * Non-streamed chat through the real engine: the exact Cohere request the fake upstream got
 * for every translated field (and the 400s for what Cohere cannot take), and the OpenAI answer
 * built from Cohere's: content, tool calls, tool_plan kept out, finish-reason table, usage.
 */
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, cohereText, type Harness, harness, NOW_MS } from "./testing/harness.js";

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
    strict: true,
  },
};
const TIME = { type: "function", function: { name: "get_time" } };

describe("chat request translation", () => {
  it("sends every supported field in Cohere's shape", async () => {
    h = await harness(json(200, cohereText("ok")));
    const res = await h.post("/v1/chat/completions", {
      model: "command-a-vision-07-2025",
      messages: [
        { role: "system", content: "Be terse." },
        { role: "developer", content: [{ type: "text", text: "Answer in French." }] },
        {
          role: "user",
          name: "ann",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
          ],
        },
        {
          role: "assistant",
          content: "Let me check the weather.",
          tool_calls: [
            {
              id: "call_1",
              type: "function",
              function: { name: "get_weather", arguments: '{"city":"Paris"}' },
            },
          ],
        },
        {
          role: "tool",
          tool_call_id: "call_1",
          content: [
            { type: "text", text: "18C" },
            { type: "text", text: " sunny" },
          ],
        },
        { role: "assistant", content: [{ type: "text", text: "It is 18C." }] },
        { role: "user", content: "Thanks" },
      ],
      tools: [WEATHER, TIME],
      tool_choice: "required",
      max_tokens: 10,
      max_completion_tokens: 20,
      temperature: 1.5,
      top_p: 1,
      top_k: 40,
      frequency_penalty: -0.5,
      presence_penalty: 1.5,
      seed: 7,
      stop: "END",
      response_format: {
        type: "json_schema",
        json_schema: { name: "out", schema: { type: "object", properties: { a: { type: "string" } } } },
      },
      user: "someone",
      parallel_tool_calls: true,
    });
    expect(res.status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.method).toBe("POST");
    expect(seen.path).toBe("/v2/chat");
    expect(seen.json()).toEqual({
      model: "command-a-vision-07-2025",
      stream: false,
      messages: [
        { role: "system", content: "Be terse." },
        { role: "system", content: "Answer in French." },
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: { url: "https://example.com/cat.png", detail: "low" } },
          ],
        },
        {
          role: "assistant",
          tool_plan: "Let me check the weather.",
          tool_calls: [
            {
              id: "call_1",
              type: "function",
              function: { name: "get_weather", arguments: '{"city":"Paris"}' },
            },
          ],
        },
        { role: "tool", tool_call_id: "call_1", content: "18C sunny" },
        { role: "assistant", content: "It is 18C." },
        { role: "user", content: "Thanks" },
      ],
      tools: [
        {
          type: "function",
          function: {
            name: "get_weather",
            description: "Weather for a city.",
            parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
          },
        },
        { type: "function", function: { name: "get_time", parameters: { type: "object", properties: {} } } },
      ],
      strict_tools: true,
      tool_choice: "REQUIRED",
      max_tokens: 20,
      temperature: 1,
      p: 0.99,
      k: 40,
      frequency_penalty: 0,
      presence_penalty: 1,
      seed: 7,
      stop_sequences: ["END"],
      response_format: {
        type: "json_object",
        json_schema: { type: "object", properties: { a: { type: "string" } } },
      },
    });
  });

  it("passes a base64 image as its data URL", async () => {
    h = await harness(json(200, cohereText("a pixel")));
    const url = "data:image/png;base64,iVBORw0KGgo=";
    await h.post(
      "/v1/chat/completions",
      chatBody({
        model: "command-a-vision-07-2025",
        messages: [{ role: "user", content: [{ type: "image_url", image_url: { url } }] }],
      }),
    );
    expect(h.upstream.requests[0]!.json<{ messages: unknown[] }>().messages).toEqual([
      { role: "user", content: [{ type: "image_url", image_url: { url } }] },
    ]);
  });

  it.each([
    ["auto", undefined, 2],
    ["none", "NONE", 2],
    ["required", "REQUIRED", 2],
    [{ type: "function", function: { name: "get_time" } }, "REQUIRED", 1],
  ] as const)("maps tool_choice %j to %s", async (choice, expected, toolCount) => {
    h = await harness(json(200, cohereText("ok")));
    await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER, TIME], tool_choice: choice }));
    const body = h.upstream.requests[0]!.json<{
      tool_choice?: string;
      tools: { function: { name: string } }[];
    }>();
    expect(body.tool_choice).toBe(expected);
    expect(body.tools).toHaveLength(toolCount);
    if (toolCount === 1) expect(body.tools[0]!.function.name).toBe("get_time");
  });

  it("forces the node's model, defaults max_tokens from the node, and merges extraBody under translated fields", async () => {
    h = await harness(json(200, cohereText("ok")), {
      config: {
        model: "command-r7b-12-2024",
        maxTokens: 512,
        extraBody: { safety_mode: "STRICT", citation_options: { mode: "OFF" }, temperature: 0.9 },
      },
    });
    const finished = h.nextFinished();
    const body = await (await h.post("/v1/chat/completions", chatBody({ temperature: 0.2 }))).json();
    expect(h.upstream.requests[0]!.json()).toMatchObject({
      model: "command-r7b-12-2024",
      max_tokens: 512,
      safety_mode: "STRICT",
      citation_options: { mode: "OFF" },
      temperature: 0.2,
    });
    expect(body.model).toBe("command-r7b-12-2024");
    expect((await finished).annotations.servedBy).toEqual({
      provider: "cohere",
      model: "command-r7b-12-2024",
      node: "llm",
    });
  });

  it.each([
    ["n > 1", { n: 2 }, "n"],
    [
      "audio input",
      {
        messages: [
          { role: "user", content: [{ type: "input_audio", input_audio: { data: "AAAA", format: "wav" } }] },
        ],
      },
      "messages[0].content[0]",
    ],
    [
      "file parts",
      { messages: [{ role: "user", content: [{ type: "file", file: { file_id: "f1" } }] }] },
      "messages[0].content[0]",
    ],
    [
      "an image that is no URL",
      {
        model: "command-a-vision-07-2025",
        messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "cat.png" } }] }],
      },
      "messages[0].content[0].image_url.url",
    ],
    ["legacy functions", { functions: [{ name: "f" }] }, "functions"],
    ["function messages", { messages: [{ role: "function", name: "f", content: "x" }] }, "messages[0]"],
    ["tool_choice required without tools", { tool_choice: "required" }, "tool_choice"],
    [
      "a named tool_choice not in tools",
      { tools: [TIME], tool_choice: { type: "function", function: { name: "nope" } } },
      "tool_choice",
    ],
    ["audio output", { modalities: ["text", "audio"] }, "modalities"],
  ])("refuses %s with a 400 before calling Cohere", async (_name, extra, param) => {
    h = await harness(json(200, cohereText("never")));
    const res = await h.post("/v1/chat/completions", chatBody(extra));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatchObject({ type: "invalid_request_error", param });
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("chat answer translation", () => {
  it("builds a chat.completion with Cohere's id, the clock's time, text content and usage", async () => {
    h = await harness(
      json(
        200,
        cohereText("Bonjour", {
          usage: {
            billed_units: { input_tokens: 5, output_tokens: 2 },
            tokens: { input_tokens: 71, output_tokens: 2 },
            cached_tokens: 3,
          },
        }),
      ),
    );
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      id: "c14c80c3-18eb-4519-9460-6c92edd8cfb4",
      object: "chat.completion",
      created: NOW_MS / 1000,
      model: "command-a-03-2025",
      choices: [{ index: 0, message: { role: "assistant", content: "Bonjour" }, finish_reason: "stop" }],
      usage: {
        prompt_tokens: 5,
        completion_tokens: 2,
        total_tokens: 7,
        prompt_tokens_details: { cached_tokens: 3 },
      },
    });
    expect((await finished).annotations.usage).toMatchObject({ prompt_tokens: 5, completion_tokens: 2 });
  });

  it("returns tool calls (arguments as JSON strings) and keeps tool_plan and thinking out of content", async () => {
    h = await harness(
      json(200, {
        id: "9e5f00aa-bf1e-481a-abe3-0eceac18c3ec",
        message: {
          role: "assistant",
          content: [{ type: "thinking", thinking: "The user wants sales data." }],
          tool_plan: "I will first find the sales summary.",
          tool_calls: [
            {
              id: "query_daily_sales_report_hgxxmkby3wta",
              type: "function",
              function: { name: "query_daily_sales_report", arguments: '{"day": "2023-09-29"}' },
            },
            {
              id: "query_product_catalog_rpg0z5h8yyz2",
              type: "function",
              function: { name: "query_product_catalog", arguments: { category: "Electronics" } },
            },
          ],
        },
        finish_reason: "TOOL_CALL",
        usage: {
          billed_units: { input_tokens: 127, output_tokens: 69 },
          tokens: { input_tokens: 1032, output_tokens: 124 },
        },
      }),
    );
    const body = await (await h.post("/v1/chat/completions", chatBody({ tools: [WEATHER] }))).json();
    expect(body.choices[0]).toEqual({
      index: 0,
      message: {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "query_daily_sales_report_hgxxmkby3wta",
            type: "function",
            function: { name: "query_daily_sales_report", arguments: '{"day": "2023-09-29"}' },
          },
          {
            id: "query_product_catalog_rpg0z5h8yyz2",
            type: "function",
            function: { name: "query_product_catalog", arguments: '{"category":"Electronics"}' },
          },
        ],
      },
      finish_reason: "tool_calls",
    });
    expect(JSON.stringify(body)).not.toContain("sales summary");
    expect(JSON.stringify(body)).not.toContain("wants sales");
    expect(body.usage).toEqual({ prompt_tokens: 127, completion_tokens: 69, total_tokens: 196 });
  });

  it.each([
    ["COMPLETE", false, "stop"],
    ["STOP_SEQUENCE", false, "stop"],
    ["MAX_TOKENS", false, "length"],
    ["MAX_TOKENS", true, "length"],
    ["TOOL_CALL", true, "tool_calls"],
    ["COMPLETE", true, "tool_calls"],
    ["SOMETHING_NEW", false, "stop"],
  ])("maps finish_reason %s (tool calls: %s) to %s", async (reason, withCalls, expected) => {
    const calls = withCalls
      ? { tool_calls: [{ id: "c1", type: "function", function: { name: "get_time", arguments: "{}" } }] }
      : {};
    h = await harness(
      json(
        200,
        cohereText("x", {
          finish_reason: reason,
          message: { role: "assistant", content: [{ type: "text", text: "x" }], ...calls },
        }),
      ),
    );
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.choices[0].finish_reason).toBe(expected);
  });

  it.each([
    ["ERROR", 502, "upstream_error"],
    ["TIMEOUT", 504, "upstream_timeout"],
  ])("turns finish_reason %s into an error (%i), never a normal answer", async (reason, status, code) => {
    h = await harness(json(200, cohereText("partial", { finish_reason: reason })));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe(code);
  });

  it("reports a body that is not JSON as an upstream error", async () => {
    h = await harness(json(200, "<html>oops</html>"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
  });
});

// response_format on Anthropic: json_schema through a forced tool (default) or structured
// outputs (native), json_object through a system instruction; the JSON tool's input comes back
// as the message content (streamed as content deltas), never as a tool call.
import { json, namedEvent, sse } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, it } from "vitest";
import { JSON_OBJECT_INSTRUCTION, unfenceJson } from "./json-mode.js";
import { anthropicMessage, chatBody, type Harness, harness } from "./testing/harness.js";
import type { MessagesRequest } from "./wire.js";

const SCHEMA = {
  type: "object",
  properties: { city: { type: "string" }, celsius: { type: "number" } },
  required: ["city", "celsius"],
  additionalProperties: false,
};
const jsonSchema = {
  type: "json_schema",
  json_schema: { name: "weather", description: "The weather report.", schema: SCHEMA, strict: true },
};
const WEATHER_TOOL = {
  type: "function",
  function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
};
const jsonToolAnswer = (input: object) =>
  json(
    200,
    anthropicMessage([{ type: "tool_use", id: "toolu_j", name: "json_response", input }], "tool_use"),
  );

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("json_schema through a forced tool (jsonSchemaMode tool, the default)", () => {
  it("sends the schema as a tool's input_schema, forced, and returns its input as the content", async () => {
    h = await harness(jsonToolAnswer({ city: "Oslo", celsius: -3 }));
    const res = await h.post("/v1/chat/completions", chatBody({ response_format: jsonSchema }));
    const body = await res.json();
    expect(body.choices[0]).toMatchObject({
      message: { role: "assistant", content: '{"city":"Oslo","celsius":-3}' },
      finish_reason: "stop",
    });
    expect(body.choices[0].message.tool_calls).toBeUndefined();
    const sent = h.upstream.requests[0]!.json<MessagesRequest>();
    expect(sent.tools).toEqual([
      {
        name: "json_response",
        description: expect.stringContaining('"weather" format'),
        input_schema: SCHEMA,
      },
    ]);
    expect(sent.tools![0]!.description).toContain("The weather report.");
    expect(sent.tool_choice).toEqual({
      type: "tool",
      name: "json_response",
      disable_parallel_tool_use: true,
    });
    expect(sent.system).toBeUndefined();
  });

  it("lets the model call the client's own tools or answer through the JSON tool (tool_choice any)", async () => {
    h = await harness(
      json(
        200,
        anthropicMessage(
          [{ type: "tool_use", id: "toolu_w", name: "get_weather", input: { city: "Oslo" } }],
          "tool_use",
        ),
      ),
    );
    const body = await (
      await h.post("/v1/chat/completions", chatBody({ response_format: jsonSchema, tools: [WEATHER_TOOL] }))
    ).json();
    expect(body.choices[0].finish_reason).toBe("tool_calls");
    expect(body.choices[0].message.tool_calls[0].function).toEqual({
      name: "get_weather",
      arguments: '{"city":"Oslo"}',
    });
    const sent = h.upstream.requests[0]!.json<MessagesRequest>();
    expect(sent.tools!.map((t) => t.name)).toEqual(["get_weather", "json_response"]);
    expect(sent.tool_choice).toEqual({ type: "any" });
  });

  it("picks a free name when a client tool is already called json_response", async () => {
    h = await harness(jsonToolAnswer({}));
    await h.post(
      "/v1/chat/completions",
      chatBody({
        response_format: jsonSchema,
        tools: [{ type: "function", function: { name: "json_response" } }],
        tool_choice: "none",
      }),
    );
    const sent = h.upstream.requests[0]!.json<MessagesRequest>();
    expect(sent.tools!.map((t) => t.name)).toEqual(["json_response", "json_response_2"]);
    expect(sent.tool_choice).toEqual({
      type: "tool",
      name: "json_response_2",
      disable_parallel_tool_use: true,
    });
  });

  it("streams the JSON tool's input_json_delta fragments as content", async () => {
    h = await harness(
      sse(
        [
          namedEvent("message_start", { type: "message_start", message: anthropicMessage([], null) }),
          namedEvent("content_block_start", {
            type: "content_block_start",
            index: 0,
            content_block: { type: "tool_use", id: "toolu_j", name: "json_response", input: {} },
          }),
          ...['{"city": "Os', 'lo", "celsius"', ": -3}"].map((partial_json) =>
            namedEvent("content_block_delta", {
              type: "content_block_delta",
              index: 0,
              delta: { type: "input_json_delta", partial_json },
            }),
          ),
          namedEvent("content_block_stop", { type: "content_block_stop", index: 0 }),
          namedEvent("message_delta", {
            type: "message_delta",
            delta: { stop_reason: "tool_use" },
            usage: {},
          }),
          namedEvent("message_stop", { type: "message_stop" }),
        ],
        { done: false },
      ),
    );
    const out = await assembleStream(
      await h.post("/v1/chat/completions", chatBody({ stream: true, response_format: jsonSchema })),
    );
    expect(out.done).toBe(true);
    expect(JSON.parse(out.content)).toEqual({ city: "Oslo", celsius: -3 });
    expect(out.toolCalls).toEqual([]);
    expect(out.finishReason).toBe("stop");
  });

  it("refuses a schema whose root is not an object (a tool input must be one)", async () => {
    h = await harness(jsonToolAnswer({}));
    const res = await h.post(
      "/v1/chat/completions",
      chatBody({
        response_format: { type: "json_schema", json_schema: { name: "list", schema: { type: "array" } } },
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe("response_format.json_schema.schema");
  });
});

describe("json_schema through structured outputs (jsonSchemaMode native)", () => {
  it("sends output_config.format and returns the text answer", async () => {
    h = await harness(json(200, anthropicMessage([{ type: "text", text: '{"city":"Oslo","celsius":-3}' }])), {
      config: { jsonSchemaMode: "native" },
    });
    const body = await (
      await h.post("/v1/chat/completions", chatBody({ response_format: jsonSchema }))
    ).json();
    expect(body.choices[0].message.content).toBe('{"city":"Oslo","celsius":-3}');
    const sent = h.upstream.requests[0]!.json<MessagesRequest>();
    expect(sent.output_config).toEqual({ format: { type: "json_schema", schema: SCHEMA } });
    expect(sent.tools).toBeUndefined();
  });
});

describe("json_object", () => {
  it("asks for JSON in the system prompt and removes a code fence around the answer", async () => {
    h = await harness(json(200, anthropicMessage([{ type: "text", text: '```json\n{"ok": true}\n```' }])));
    const body = await (
      await h.post(
        "/v1/chat/completions",
        chatBody({
          messages: [
            { role: "system", content: "You are terse." },
            { role: "user", content: "Status?" },
          ],
          response_format: { type: "json_object" },
        }),
      )
    ).json();
    expect(JSON.parse(body.choices[0].message.content)).toEqual({ ok: true });
    const sent = h.upstream.requests[0]!.json<MessagesRequest>();
    expect(sent.system).toBe(`You are terse.\n\n${JSON_OBJECT_INSTRUCTION}`);
  });

  it("unfences only a fence around the whole answer", () => {
    expect(unfenceJson('```\n{"a":1}\n```')).toBe('{"a":1}');
    expect(unfenceJson('{"a":"```"}')).toBe('{"a":"```"}');
    expect(unfenceJson('Here: ```json\n{"a":1}\n```')).toBe('Here: ```json\n{"a":1}\n```');
  });
});

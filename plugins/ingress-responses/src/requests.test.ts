/**
 * Requests and stored responses: what a Responses body becomes in the pipeline, OpenAI's 400s
 * for bad input (with `param`), a complete answer as a Response, and the stored-response routes
 * (GET, DELETE, input_items with pagination, cancel) per caller, with `previous_response_id`.
 */
import { GatewayError } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { chunk, completion, json, stream, testGateway } from "./testing/scripted.js";

const hello = () => json(completion({ content: "Hello" }));

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: Record<string, unknown> }) };
}

describe("decoding a Responses request", () => {
  test("input items, instructions, tools and options become the chat request", async () => {
    const { post, seen } = await testGateway(hello);
    const response = await post({
      model: "m",
      instructions: "Be brief.",
      input: [
        { role: "developer", content: "Speak French." },
        {
          type: "message",
          role: "user",
          content: [
            { type: "input_text", text: "What is this?" },
            { type: "input_image", image_url: "data:image/png;base64,AAAA", detail: "low" },
            { type: "input_file", file_data: "data:application/pdf;base64,BBBB", filename: "a.pdf" },
          ],
        },
        { role: "assistant", content: [{ type: "output_text", text: "Let me check." }] },
        { type: "function_call", call_id: "c1", name: "look", arguments: "{}" },
        { type: "function_call_output", call_id: "c1", output: "a cat" },
      ],
      tools: [
        {
          type: "function",
          name: "look",
          description: "Looks",
          parameters: { type: "object" },
          strict: true,
        },
      ],
      tool_choice: { type: "function", name: "look" },
      text: { format: { type: "json_schema", name: "out", schema: { type: "object" }, strict: true } },
      reasoning: { effort: "low" },
      max_output_tokens: 100,
      temperature: 0.5,
      top_p: 0.9,
      parallel_tool_calls: false,
      user: "u1",
      metadata: { a: "b" },
    });
    expect(response.status).toBe(200);
    expect(seen[0]).toEqual({
      model: "m",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "developer", content: "Speak French." },
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: { url: "data:image/png;base64,AAAA", detail: "low" } },
            { type: "file", file: { file_data: "data:application/pdf;base64,BBBB", filename: "a.pdf" } },
          ],
        },
        {
          role: "assistant",
          content: "Let me check.",
          tool_calls: [{ id: "c1", type: "function", function: { name: "look", arguments: "{}" } }],
        },
        { role: "tool", tool_call_id: "c1", content: "a cat" },
      ],
      tools: [
        {
          type: "function",
          function: { name: "look", description: "Looks", parameters: { type: "object" }, strict: true },
        },
      ],
      tool_choice: { type: "function", function: { name: "look" } },
      response_format: {
        type: "json_schema",
        json_schema: { name: "out", schema: { type: "object" }, strict: true },
      },
      reasoning_effort: "low",
      max_completion_tokens: 100,
      temperature: 0.5,
      top_p: 0.9,
      parallel_tool_calls: false,
      user: "u1",
    });
  });

  test("bad input is a 400 in OpenAI's shape naming the param", async () => {
    const { post } = await testGateway(hello);
    expect(await errorOf(await post({ model: "m", input: "x", frobnicate: 1 }))).toEqual({
      status: 400,
      error: {
        message: "Unknown parameter: 'frobnicate'.",
        type: "invalid_request_error",
        code: "unknown_parameter",
        param: "frobnicate",
      },
    });
    expect(await errorOf(await post({ model: "m", input: "x", temperature: "hot" }))).toMatchObject({
      status: 400,
      error: {
        code: "invalid_type",
        param: "temperature",
        message: expect.stringContaining("expected a decimal"),
      },
    });
    expect(await errorOf(await post({ input: "x" }))).toMatchObject({
      status: 400,
      error: { code: "missing_required_parameter", param: "model" },
    });
    expect(
      await errorOf(await post({ model: "m", input: [{ role: "user", content: [{ type: "input_text" }] }] })),
    ).toMatchObject({
      status: 400,
      error: { param: "input[0].content[0].text" },
    });
    const builtIn = await errorOf(await post({ model: "m", input: "x", tools: [{ type: "web_search" }] }));
    expect(builtIn).toMatchObject({
      status: 400,
      error: { param: "tools[0].type", message: expect.stringContaining("'web_search'") },
    });
    expect(await errorOf(await post({ model: "m", input: "x", background: true }))).toMatchObject({
      status: 400,
      error: { param: "background" },
    });
    expect(await errorOf(await post("{not json"))).toMatchObject({
      status: 400,
      error: { code: "invalid_json" },
    });
    expect(
      await errorOf(await post({ model: "m", input: "x", text: { format: { type: "yaml" } } })),
    ).toMatchObject({
      status: 400,
      error: { code: "invalid_value", param: "text.format.type" },
    });
  });
});

describe("answers", () => {
  test("a complete answer is a Response with output, usage and the request's settings", async () => {
    const { post } = await testGateway(() =>
      json(
        completion(
          {
            content: "Hi!",
            tool_calls: [{ id: "c9", type: "function", function: { name: "f", arguments: "{}" } }],
          },
          "tool_calls",
        ),
      ),
    );
    const body = (await (
      await post({ model: "m", input: "x", instructions: "I", metadata: { k: "v" } })
    ).json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      model: "m",
      instructions: "I",
      metadata: { k: "v" },
      output: [
        {
          type: "message",
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: "Hi!", annotations: [] }],
        },
        { type: "function_call", call_id: "c9", name: "f", arguments: "{}", status: "completed" },
      ],
      usage: {
        input_tokens: 11,
        output_tokens: 7,
        total_tokens: 18,
        input_tokens_details: { cached_tokens: 3 },
      },
    });
  });

  test("a stream for a client that did not ask for one is gathered; a refusal is a refusal part", async () => {
    const { post } = await testGateway(() => stream([chunk({ refusal: "No." }), chunk({}, "stop")]));
    const body = (await (await post({ model: "m", input: "x" })).json()) as Record<string, unknown>;
    expect(body.output).toMatchObject([{ type: "message", content: [{ type: "refusal", refusal: "No." }] }]);
  });

  test("an upstream error keeps its status in OpenAI's error shape", async () => {
    const { post } = await testGateway(() => {
      throw new GatewayError("rate_limited", "Slow down.");
    });
    expect(await errorOf(await post({ model: "m", input: "x" }))).toEqual({
      status: 429,
      error: { message: "Slow down.", type: "rate_limit_error", code: "rate_limited", param: null },
    });
  });
});

describe("stored responses", () => {
  test("GET, input_items, previous_response_id, DELETE, per caller", async () => {
    const { post, call, seen } = await testGateway(hello);
    const first = (await (
      await post({
        model: "m",
        input: [
          { role: "user", content: "one" },
          { role: "user", content: "two" },
          { role: "user", content: "three" },
        ],
      })
    ).json()) as { id: string };
    const got = await call("GET", `/v1/responses/${first.id}`);
    expect(await got.json()).toMatchObject({ id: first.id, status: "completed" });
    // Another key does not see it.
    const other = await call("GET", `/v1/responses/${first.id}`, { authorization: "Bearer k2" });
    expect(await errorOf(other)).toMatchObject({
      status: 404,
      error: { message: `Response with id '${first.id}' not found.` },
    });

    const page = (await (
      await call("GET", `/v1/responses/${first.id}/input_items?limit=2`)
    ).json()) as Record<string, unknown>;
    expect(page).toMatchObject({
      object: "list",
      has_more: true,
      data: [{ content: [{ text: "three" }] }, { content: [{ text: "two" }] }],
    });
    const next = (await (
      await call("GET", `/v1/responses/${first.id}/input_items?limit=2&after=${page.last_id as string}`)
    ).json()) as Record<string, unknown>;
    expect(next).toMatchObject({ has_more: false, data: [{ content: [{ text: "one" }] }] });
    const asc = (await (await call("GET", `/v1/responses/${first.id}/input_items?order=asc`)).json()) as {
      data: unknown[];
    };
    expect(asc.data).toHaveLength(3);

    const second = (await (
      await post({ model: "m", input: "four", previous_response_id: first.id })
    ).json()) as { id: string };
    expect(second).toMatchObject({ previous_response_id: first.id });
    expect(seen[1]!.messages).toEqual([
      { role: "user", content: "one" },
      { role: "user", content: "two" },
      { role: "user", content: "three" },
      { role: "assistant", content: "Hello" },
      { role: "user", content: "four" },
    ]);
    const missing = await post(
      { model: "m", input: "x", previous_response_id: first.id },
      { authorization: "Bearer k2" },
    );
    expect(await errorOf(missing)).toMatchObject({
      status: 404,
      error: { param: "previous_response_id", message: `Previous response with id '${first.id}' not found.` },
    });

    expect(await errorOf(await call("POST", `/v1/responses/${first.id}/cancel`))).toMatchObject({
      status: 400,
      error: { message: "Cannot cancel a synchronous response." },
    });
    expect(await (await call("DELETE", `/v1/responses/${first.id}`)).json()).toEqual({
      id: first.id,
      object: "response.deleted",
      deleted: true,
    });
    expect((await call("GET", `/v1/responses/${first.id}`)).status).toBe(404);
  });

  test("store: false keeps nothing", async () => {
    const { post, call } = await testGateway(hello);
    const { id } = (await (await post({ model: "m", input: "x", store: false })).json()) as { id: string };
    expect((await call("GET", `/v1/responses/${id}`)).status).toBe(404);
  });
});

/**
 * The engine refuses what no plugin should see, before any plugin runs: fields of the wrong type
 * (400 naming the field as OpenAI does), bodies nested deeper than the limit (on every route,
 * ingress doors included), and malformed gateway headers. Never a 5xx.
 */
import { definePlugin, type JsonValue } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger, testGateway } from "../testing/harness.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";
import { MAX_JSON_DEPTH } from "./json-depth.js";

const config = { pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider" }] } };

async function post(
  path: string,
  body: string,
  headers: Record<string, string> = {},
  gatewayConfig = config,
) {
  const t = await testGateway(gatewayConfig);
  const response = await t.gateway.fetch(
    new Request(`http://gw.test${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    }),
  );
  return {
    status: response.status,
    error: ((await response.json()) as { error?: Record<string, unknown> }).error,
    calls: t.journal.events.filter((e) => e.endsWith(":call")).length,
  };
}

const chat = (extra = "") => `{"model":"m","messages":[{"role":"user","content":"hi"}]${extra}}`;
const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;

describe("request bodies: a wrong type is a 400 naming the field, and no plugin runs", () => {
  test.each([
    [
      "stop that is not a string or list",
      "/v1/chat/completions",
      chat(',"stop":5'),
      "stop",
      "'stop' must be string, array or null",
    ],
    [
      "embeddings input of objects",
      "/v1/embeddings",
      '{"model":"m","input":[{"a":1}]}',
      "input[0]",
      "must be string, integer or array",
    ],
    [
      "a completions prompt of null",
      "/v1/completions",
      '{"model":"m","prompt":[null]}',
      "prompt[0]",
      "must be string, integer or array",
    ],
    [
      "a content part without its text",
      "/v1/chat/completions",
      '{"model":"m","messages":[{"role":"user","content":[{"type":"text"}]}]}',
      "messages[0].content[0].text",
      "is required",
    ],
    [
      "a user message without content",
      "/v1/chat/completions",
      '{"model":"m","messages":[{"role":"user"}]}',
      "messages[0].content",
      "is required",
    ],
    [
      "tool call arguments that are not a string",
      "/v1/chat/completions",
      '{"model":"m","messages":[{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":{}}}]}]}',
      "messages[0].tool_calls[0].function.arguments",
      "must be string",
    ],
    [
      "an unknown tool_choice",
      "/v1/chat/completions",
      chat(',"tool_choice":"sometimes"'),
      "tool_choice",
      'must be one of "none", "auto", "required"',
    ],
    [
      "a member named like an index",
      "/v1/chat/completions",
      chat(',"logit_bias":{"50256":"high"}'),
      "logit_bias.50256",
      "must be number",
    ],
    ["a moderation without input", "/v1/moderations", '{"model":"m"}', "input", "is required"],
    ["a moderation input of a number", "/v1/moderations", '{"input":5}', "input", "must be string or array"],
    [
      "a moderation input item of a number",
      "/v1/moderations",
      '{"input":["a",5]}',
      "input[1]",
      "must be string or object",
    ],
    [
      "a moderation text part without its text",
      "/v1/moderations",
      '{"input":[{"type":"text"}]}',
      "input[0].text",
      "is required",
    ],
    [
      "a moderation image part without its url",
      "/v1/moderations",
      '{"input":[{"type":"image_url","image_url":{}}]}',
      "input[0].image_url.url",
      "is required",
    ],
    [
      "a multipart-only field in the wrong type",
      "/v1/audio/speech",
      '{"model":"m","input":"hi","voice":5}',
      "voice",
      "must be string or object",
    ],
  ])("%s", async (_name, path, body, param, message) => {
    const answer = await post(path, body);
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", param });
    expect(answer.error?.message).toContain(message);
    expect(answer.calls).toBe(0);
  });

  test("what OpenAI accepts passes: null parameters, unknown fields, custom tools, unknown part types", async () => {
    const body = {
      model: "m",
      messages: [
        { role: "developer", content: [{ type: "text", text: "rules" }] },
        { role: "user", content: [{ type: "video_url", video_url: { url: "https://x" } }] },
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "c", type: "custom", custom: { name: "g", input: "x" } }],
        },
        { role: "tool", tool_call_id: "c", content: "ok" },
      ],
      tools: [{ type: "custom", custom: { name: "g" } }],
      tool_choice: {
        type: "allowed_tools",
        allowed_tools: { mode: "auto", tools: [{ type: "custom", name: "g" }] },
      },
      temperature: null,
      n: null,
      stop: null,
      stream: null,
      max_tokens: null,
      vendor_extension: { anything: [1, "x"] },
    };
    const answer = await post("/v1/chat/completions", JSON.stringify(body));
    expect(answer.status).toBe(200);
  });

  test.each([
    ["a text", { input: "hello" }],
    ["texts and a model", { model: "omni-moderation-latest", input: ["a", "b"] }],
    [
      "text and image parts, and a part type OpenAI may add",
      {
        input: [
          { type: "text", text: "a" },
          { type: "image_url", image_url: { url: "https://x" } },
          { type: "audio" },
        ],
      },
    ],
  ])("a moderation body with %s passes", async (_name, body) => {
    expect((await post("/v1/moderations", JSON.stringify(body))).status).toBe(200);
  });
});

describe("nesting depth", () => {
  test(`a body nested 10,000 levels deep is a 400 naming its member, before any plugin runs`, async () => {
    const answer = await post("/v1/chat/completions", chat(`,"x":${nested(10_000)}`));
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: "invalid_request", param: "x" });
    expect(answer.error?.message).toContain(`more than ${MAX_JSON_DEPTH} levels`);
    expect(answer.calls).toBe(0);
  });

  test("a top-level array nested deep is a 400 without a param; the limit itself passes", async () => {
    expect((await post("/v1/embeddings", nested(10_000))).error).toMatchObject({ param: null });
    const atLimit = `{"model":"m","input":"x","extra":${nested(MAX_JSON_DEPTH - 1)}}`;
    expect((await post("/v1/embeddings", atLimit)).status).toBe(200);
    const over = `{"model":"m","input":"x","extra":${nested(MAX_JSON_DEPTH)}}`;
    expect((await post("/v1/embeddings", over)).status).toBe(400);
  });
});

describe("headers", () => {
  test.each([
    ["not JSON", "{"],
    ["an array", "[1]"],
    ["a string", '"gold"'],
    ["nested too deeply", `{"a":${nested(5_000)}}`],
  ])("x-aigw-metadata %s is a 400 naming the header", async (_name, value) => {
    const answer = await post("/v1/chat/completions", chat(), { "x-aigw-metadata": value });
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: "invalid_request", param: "x-aigw-metadata" });
  });

  const failing = definePlugin({
    manifest: {
      name: "picky-provider",
      kind: "provider",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: {
        type: "object",
        properties: { fail: { type: "boolean" } },
        additionalProperties: false,
      },
    },
    create(settings: { fail?: boolean }) {
      if (settings.fail) throw new Error("cannot start with this config");
      return { call: async () => ({ type: "json", status: 200, body: { ok: true } as JsonValue }) };
    },
  });

  async function inline(value: string) {
    const gateway = await createGateway({
      config: { ...config, overrides: { allowInline: true } },
      plugins: [...testPlugins(newJournal()), failing],
      services: { logger: silentLogger() },
    });
    const response = await gateway.fetch(
      new Request("http://gw.test/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json", "x-aigw-config": value },
        body: chat(),
      }),
    );
    return {
      status: response.status,
      error: ((await response.json()) as { error: Record<string, unknown> }).error,
    };
  }

  test("an inline config nested too deeply is a 400 naming the override header", async () => {
    const answer = await inline(`{"nodes":${nested(5_000)}}`);
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: "invalid_config_override", param: "x-aigw-config" });
  });

  test("an inline config whose plugin cannot start with it is the client's 400, not a 500", async () => {
    const answer = await inline('{"nodes":[{"id":"p","plugin":"picky-provider","config":{"fail":true}}]}');
    expect(answer.status).toBe(400);
    expect(answer.error).toMatchObject({ code: "invalid_config_override", param: "x-aigw-config" });
    expect(answer.error.message).toContain("cannot start with this config");
  });
});

describe("ingress doors", () => {
  const door = definePlugin({
    manifest: {
      name: "ingress-json",
      kind: "ingress",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["decode", "encode"],
      configSchema: { type: "object" },
      routes: [{ method: "POST", path: "/v1/native", name: "native" }],
    },
    create: () => ({
      async decode(request) {
        const body = (await request.json()) as { text: string };
        return {
          kind: "pipeline" as const,
          endpoint: "chat.completions" as const,
          body: { model: "m", messages: [{ role: "user" as const, content: String(body.text) }] },
        };
      },
      encode: (outcome) =>
        outcome.kind === "error"
          ? { type: "json" as const, status: outcome.error.status, body: { failed: outcome.error.message } }
          : { type: "passthrough" as const, result: outcome.result },
    }),
  });

  async function native(body: string, contentType: string) {
    const gateway = await createGateway({
      config: { ...config, ingress: [{ id: "native", plugin: "ingress-json" }] },
      plugins: [...testPlugins(newJournal()), door],
      services: { logger: silentLogger() },
    });
    const response = await gateway.fetch(
      new Request("http://gw.test/v1/native", {
        method: "POST",
        headers: { "content-type": contentType },
        body,
      }),
    );
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  test("a JSON body nested too deeply is refused before the ingress decodes it, in its own error shape", async () => {
    const answer = await native(`{"text":${nested(10_000)}}`, "application/json");
    expect(answer.status).toBe(400);
    expect(String(answer.body.failed)).toContain(`more than ${MAX_JSON_DEPTH} levels deep (in 'text')`);
  });

  test("brackets inside strings do not count, and a body labelled as binary is left to the ingress", async () => {
    expect((await native(`{"text":"${"[".repeat(500)}"}`, "application/json")).status).toBe(200);
    const binary = await native(`{"text":"hi","raw":${nested(1_000)}}`, "application/octet-stream");
    expect(binary.status).toBe(200);
  });
});

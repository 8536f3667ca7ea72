/**
 * Errors in Anthropic's shape with their statuses: bad input refused before the pipeline runs,
 * pipeline and upstream failures mapped by status (overloaded as 529, or 503 when configured),
 * size limit, wrong method, and the headers that go with them.
 */
import { GatewayError } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { request, testGateway } from "./testing/gateway.js";
import { completion, json } from "./testing/provider.js";

interface ErrorBody {
  type: string;
  error: { type: string; message: string };
  request_id: string;
}

async function errorOf(response: Response): Promise<{ status: number; body: ErrorBody }> {
  return { status: response.status, body: (await response.json()) as ErrorBody };
}

describe("bad input: 400 invalid_request_error, and the pipeline never runs", () => {
  const cases: [string, unknown, string][] = [
    ["missing model", { max_tokens: 1, messages: [{ role: "user", content: "x" }] }, "model: Field required"],
    [
      "missing max_tokens",
      { model: "m", messages: [{ role: "user", content: "x" }] },
      "max_tokens: Field required",
    ],
    ["missing messages", { model: "m", max_tokens: 1 }, "messages: Field required"],
    ["empty messages", request({ messages: [] }), "messages: List should have at least 1 item"],
    [
      "negative max_tokens",
      request({ max_tokens: -1 }),
      "max_tokens: Input should be greater than or equal to 0",
    ],
    [
      "bad role",
      request({ messages: [{ role: "tool", content: "x" }] }),
      "messages.0.role: Input should be 'user' or 'assistant'",
    ],
    [
      "content not text or list",
      request({ messages: [{ role: "user", content: 5 }] }),
      "messages.0.content: Input should be a list",
    ],
    [
      "unknown block",
      request({ messages: [{ role: "user", content: [{ type: "video", url: "x" }] }] }),
      "messages.0.content.0.type: Input tag 'video' is not supported here",
    ],
    [
      "tool_use in a user turn",
      request({
        messages: [{ role: "user", content: [{ type: "tool_use", id: "t", name: "n", input: {} }] }],
      }),
      "messages.0.content.0.type: Input tag 'tool_use'",
    ],
    [
      "image without source data",
      request({
        messages: [
          { role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png" } }] },
        ],
      }),
      "messages.0.content.0.source.data: Field required",
    ],
    [
      "file image source",
      request({
        messages: [{ role: "user", content: [{ type: "image", source: { type: "file", file_id: "f" } }] }],
      }),
      "messages.0.content.0.source.type: Input tag 'file'",
    ],
    [
      "tool without schema",
      request({ tools: [{ name: "t" }] }),
      "tools.0.input_schema: Input should be an object",
    ],
    [
      "server tool",
      request({ tools: [{ type: "web_search_20250305", name: "web_search" }] }),
      "tools.0.type: Anthropic-defined tool 'web_search_20250305' is not supported",
    ],
    [
      "tool choice without name",
      request({ tool_choice: { type: "tool" } }),
      "tool_choice.name: Field required",
    ],
    ["bad temperature", request({ temperature: "hot" }), "temperature: Input should be a number"],
    ["system not text", request({ system: [{ type: "image" }] }), "system.0.type: Input tag 'image'"],
    ["not an object", [1, 2], "The request body must be a JSON object."],
  ];
  test.each(cases)("%s", async (_, body, message) => {
    const { post, script } = await testGateway(() => json(completion({ content: "never" })));
    const { status, body: error } = await errorOf(await post("/v1/messages", body));
    expect(status).toBe(400);
    expect(error.type).toBe("error");
    expect(error.error.type).toBe("invalid_request_error");
    expect(error.error.message).toContain(message);
    expect(script.seen).toHaveLength(0);
  });

  test("unparsable JSON", async () => {
    const { post } = await testGateway(() => json(completion({ content: "never" })));
    const { status, body } = await errorOf(await post("/v1/messages", "{nope"));
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      type: "invalid_request_error",
      message: expect.stringContaining("not valid JSON"),
    });
  });

  test("a body over the limit is 413 request_too_large", async () => {
    const { post } = await testGateway(() => json(completion({ content: "never" })), { maxBodyBytes: 200 });
    const { status, body } = await errorOf(await post("/v1/messages", request({ system: "x".repeat(500) })));
    expect(status).toBe(413);
    expect(body.error.type).toBe("request_too_large");
  });

  test("GET is 405, in Anthropic's shape", async () => {
    const { gw } = await testGateway(() => json(completion({ content: "never" })));
    const response = await gw.fetch(new Request("http://gw/v1/messages"));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("POST");
    expect(((await response.json()) as ErrorBody).error.type).toBe("invalid_request_error");
  });
});

describe("pipeline failures keep their status with Anthropic's error type", () => {
  const cases: [number, string, number][] = [
    [400, "invalid_request_error", 400],
    [401, "authentication_error", 401],
    [402, "billing_error", 402],
    [403, "permission_error", 403],
    [404, "not_found_error", 404],
    [422, "invalid_request_error", 422],
    [429, "rate_limit_error", 429],
    [500, "api_error", 500],
    [502, "api_error", 502],
    [503, "overloaded_error", 529],
    [504, "timeout_error", 504],
    [529, "overloaded_error", 529],
  ];
  test.each(cases)("upstream %i is %s with status %i", async (upstream, type, status) => {
    const { post } = await testGateway((_, ctx) =>
      ctx.error(upstream === 429 ? "rate_limited" : "upstream_error", `upstream said ${upstream}`, {
        status: upstream,
        headers: { "retry-after": "7" },
      }),
    );
    const response = await post("/v1/messages", request());
    const { status: got, body } = await errorOf(response);
    expect(got).toBe(status);
    expect(body).toEqual({
      type: "error",
      error: { type, message: `upstream said ${upstream}` },
      request_id: expect.any(String),
    });
    expect(response.headers.get("request-id")).toBe(body.request_id);
    expect(response.headers.get("retry-after")).toBe("7");
  });

  test("overloaded answers use 503 when configured", async () => {
    const { post } = await testGateway(
      (_, ctx) => ctx.error("upstream_unavailable", "busy", { status: 529 }),
      { overloadedStatus: 503 },
    );
    const { status, body } = await errorOf(await post("/v1/messages", request()));
    expect(status).toBe(503);
    expect(body.error.type).toBe("overloaded_error");
  });

  test("a provider that crashes is a 500 api_error that leaks nothing", async () => {
    const { post } = await testGateway(() => {
      throw new Error("secret internals");
    });
    const { status, body } = await errorOf(await post("/v1/messages", request()));
    expect(status).toBe(500);
    expect(body.error.type).toBe("api_error");
    expect(body.error.message).not.toContain("secret");
  });

  test("an error answered as a JSON result is translated too", async () => {
    const { jsonResult } = await import("@aigw/plugin-api");
    const { post } = await testGateway(() =>
      jsonResult(JSON.stringify(new GatewayError("rate_limited", "slow down").toBody()), 429),
    );
    const { status, body } = await errorOf(await post("/v1/messages", request()));
    expect(status).toBe(429);
    expect(body.error).toEqual({ type: "rate_limit_error", message: "slow down" });
  });
});

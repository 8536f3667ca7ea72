/**
 * Google's errors through the gateway: statuses kept (429 with a retry-after from RetryInfo, 503
 * UNAVAILABLE for routers to fail over, 500 INTERNAL), Google's status name as the OpenAI `code`,
 * errors inside a stream thrown as error events, a 200 that is not an answer as a 502, connection
 * failures and timeouts, and the API key never echoed.
 */

import { delay, json, reset, sse, text } from "@aigw/testkit";
import { assembleStream } from "@aigw/testkit/conformance";
import { afterEach, describe, expect, test } from "vitest";
import { googleError } from "./errors.js";
import { chatBody, type Harness, harness, TEST_KEY } from "./testing/harness.js";

const googleBody = (code: number, status: string, message: string, details?: object[]) => ({
  error: { code, message, status, ...(details ? { details } : {}) },
});

describe("Google error bodies", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  test.each([
    [400, "INVALID_ARGUMENT", 400, "invalid_request_error"],
    [400, "FAILED_PRECONDITION", 400, "invalid_request_error"],
    [401, "UNAUTHENTICATED", 401, "authentication_error"],
    [403, "PERMISSION_DENIED", 403, "permission_error"],
    [404, "NOT_FOUND", 404, "not_found_error"],
    [429, "RESOURCE_EXHAUSTED", 429, "rate_limit_error"],
    [500, "INTERNAL", 500, "server_error"],
    [503, "UNAVAILABLE", 503, "server_error"],
    [504, "DEADLINE_EXCEEDED", 504, "server_error"],
  ])("HTTP %i %s -> %i %s", async (status, name, expected, type) => {
    h = await harness(json(status, googleBody(status, name, `google says ${name}`)));
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(expected);
    expect((await response.json()).error).toEqual({
      message: `google says ${name}`,
      type,
      code: name,
      param: null,
    });
  });

  test("429 RESOURCE_EXHAUSTED: Google's RetryInfo becomes retry-after", async () => {
    h = await harness(
      json(
        429,
        googleBody(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", [
          { "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [] },
          { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "16.5s" },
        ]),
      ),
    );
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("17");
    expect((await response.json()).error.code).toBe("RESOURCE_EXHAUSTED");
  });

  test("an upstream retry-after header wins over RetryInfo", async () => {
    h = await harness(
      json(
        503,
        googleBody(503, "UNAVAILABLE", "The model is overloaded. Please try again later.", [
          { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "30s" },
        ]),
        { "retry-after": "5" },
      ),
    );
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error).toMatchObject({
      code: "UNAVAILABLE",
      message: "The model is overloaded. Please try again later.",
    });
  });

  test("a non-JSON error page keeps its status and text", async () => {
    h = await harness(text(502, "<html><body>Bad Gateway</body></html>", "text/html"));
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toContain("Bad Gateway");
  });

  test("the API key is never echoed back, even if Google quotes it", async () => {
    h = await harness(json(400, googleBody(400, "INVALID_ARGUMENT", `API key ${TEST_KEY} not valid.`)));
    const body = await (await h.post("/v1/chat/completions", chatBody())).json();
    expect(body.error.message).toBe("API key [redacted] not valid.");
  });

  test("an error array (Google's JSON-array framing) is understood", () => {
    const error = googleError(
      429,
      JSON.stringify([googleBody(429, "RESOURCE_EXHAUSTED", "slow down")]),
      "Gemini API",
    );
    expect(error).toMatchObject({
      status: 429,
      code: "rate_limited",
      publicCode: "RESOURCE_EXHAUSTED",
      message: "slow down",
    });
  });

  test("an error event inside a stream ends it with an error, never [DONE]", async () => {
    h = await harness(
      sse(
        [
          { candidates: [{ content: { role: "model", parts: [{ text: "Hel" }] }, index: 0 }] },
          googleBody(503, "UNAVAILABLE", "The model is overloaded."),
        ],
        { done: false },
      ),
    );
    const out = await assembleStream(await h.post("/v1/chat/completions", chatBody({ stream: true })));
    expect(out.content).toBe("Hel");
    expect(out.done).toBe(false);
    expect(out.error).toMatchObject({ message: "The model is overloaded.", code: "UNAVAILABLE" });
  });

  test.each([
    ["null", "null", "not a JSON object"],
    ["a list", "[]", "not a JSON object"],
    ["candidates that are not a list", '{"candidates":5}', "without any candidate"],
  ])(
    "a 200 whose body is %s is a 502 upstream_error, chat and embeddings alike",
    async (_name, body, message) => {
      h = await harness(json(200, body));
      const response = await h.post("/v1/chat/completions", chatBody());
      expect(response.status).toBe(502);
      expect((await response.json()).error).toMatchObject({
        code: "upstream_error",
        message: expect.stringContaining(message),
      });
      if (body === '{"candidates":5}') return;
      const embeddings = await h.post("/v1/embeddings", { model: "text-embedding-004", input: "x" });
      expect(embeddings.status).toBe(502);
      expect((await embeddings.json()).error.message).toContain("not a JSON object");
    },
  );

  test("a streamed request refused up front keeps the status", async () => {
    h = await harness(json(429, googleBody(429, "RESOURCE_EXHAUSTED", "quota")));
    const response = await h.post("/v1/chat/completions", chatBody({ stream: true }));
    expect(response.status).toBe(429);
    expect(h.upstream.requests[0]!.path).toBe(
      "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
    );
  });
});

describe("transport failures", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  test("a connection reset before any answer is a 503", async () => {
    h = await harness(reset());
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(503);
    expect((await response.json()).error.code).toBe("upstream_unavailable");
  });

  test("no headers within timeoutMs is a 504", async () => {
    h = await harness(delay(2_000, json(200, {})), { config: { timeoutMs: 100 } });
    const response = await h.post("/v1/chat/completions", chatBody());
    expect(response.status).toBe(504);
    expect((await response.json()).error.message).toBe("Gemini API did not answer within 100 ms.");
  });

  test("endpoints Google does not have are a clear 400", async () => {
    h = await harness(json(200, {}));
    const response = await h.post("/v1/images/generations", { model: "imagen", prompt: "a cat" });
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe("Gemini API does not support images.generations.");
    expect(h.upstream.requests).toHaveLength(0);
  });
});

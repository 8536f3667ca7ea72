// Anthropic's errors as the client sees them: status and message kept, 529 overloaded as 503
// upstream_unavailable (retry-after kept), 429 stays 429; connection failures 503, a silent
// upstream 504; endpoints Anthropic lacks are a 400 before any call; keys never leak.
import { json, reset, stall, text as textReply } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { anthropicMessage, chatBody, type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const anthropicError = (type: string, message: string) => ({
  type: "error",
  error: { type, message },
  request_id: "req_018EeWyXxfu5pfWkrYcMdjWG",
});

describe("upstream error answers", () => {
  it("turns 529 overloaded_error into 503 upstream_unavailable, keeping message and retry-after", async () => {
    h = await harness(json(529, anthropicError("overloaded_error", "Overloaded"), { "retry-after": "7" }));
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("7");
    expect(await res.json()).toEqual({
      error: { message: "Overloaded", type: "overloaded_error", code: "upstream_unavailable", param: null },
    });
    const record = await finished;
    expect(record.attempts[0]).toMatchObject({ provider: "anthropic", status: 503 });
  });

  it("keeps 429 rate_limit_error as 429 with retry-after", async () => {
    h = await harness(
      json(
        429,
        anthropicError(
          "rate_limit_error",
          "Number of request tokens has exceeded your per-minute rate limit",
        ),
        {
          "retry-after": "30",
        },
      ),
    );
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("30");
    expect((await res.json()).error).toMatchObject({ type: "rate_limit_error", code: "rate_limited" });
  });

  it.each([
    [400, "invalid_request_error", "messages: text content blocks must be non-empty", "invalid_request"],
    [401, "authentication_error", "invalid x-api-key", "unauthorized"],
    [403, "permission_error", "Your API key does not have permission", "forbidden"],
    [404, "not_found_error", "model: claude-nope", "not_found"],
    [413, "request_too_large", "Request exceeds the maximum allowed number of bytes.", "payload_too_large"],
    [500, "api_error", "Internal server error", "upstream_error"],
  ])("keeps status %i (%s) and its message", async (status, type, message, code) => {
    h = await harness(json(status, anthropicError(type, message)));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(status);
    expect((await res.json()).error).toEqual({ message, type, code, param: null });
  });

  it("keeps the status of a non-JSON error page (Cloudflare's 413)", async () => {
    h = await harness(textReply(413, "<html>413 Request Entity Too Large</html>", "text/html"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toContain("413 Request Entity Too Large");
  });

  it("never puts the API key in an error", async () => {
    h = await harness(json(401, anthropicError("authentication_error", "invalid x-api-key")));
    const text = await (await h.post("/v1/chat/completions", chatBody())).text();
    expect(text).not.toContain(TEST_KEY);
  });
});

describe("transport failures", () => {
  it("answers 503 upstream_unavailable when Anthropic cannot be reached", async () => {
    h = await harness(reset());
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("upstream_unavailable");
  });

  it("answers 504 upstream_timeout when no headers come within timeoutMs", async () => {
    h = await harness(stall(), { config: { timeoutMs: 200 } });
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(504);
    expect((await res.json()).error.code).toBe("upstream_timeout");
  });
});

describe("endpoints Anthropic does not have", () => {
  it.each([
    ["/v1/embeddings", { model: "claude-sonnet-4-5", input: "hello" }, "embeddings"],
    ["/v1/completions", { model: "claude-sonnet-4-5", prompt: "hello" }, "legacy text completions"],
    ["/v1/images/generations", { model: "claude-sonnet-4-5", prompt: "a cat" }, "image generation"],
  ])("refuses %s with a clear 400", async (path, body, what) => {
    h = await harness(json(200, anthropicMessage([])));
    const res = await h.post(path, body);
    expect(res.status).toBe(400);
    const error = (await res.json()).error;
    expect(error.type).toBe("invalid_request_error");
    expect(error.message).toContain(`Anthropic does not support ${what}`);
    expect(h.upstream.requests).toHaveLength(0);
  });
});

// Non-streamed chat through the real engine against a fake OpenAI: bytes, headers, errors, usage,
// and 200 answers that are not a chat completion (502).
import { chatCompletion, json, openAIError, reset, sequence, text } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();

describe("chat completions (non-streamed)", () => {
  it("forwards the client's exact bytes and returns the upstream's exact text", async () => {
    const answer = JSON.stringify(chatCompletion({ content: "Hello there" }), null, 1);
    h = await harness(json(200, answer));
    // Odd spacing and key order that a re-serialisation would change.
    const sent =
      '{ "messages":[{"role":"user","content":"Hi"}],   "model":"gpt-4o-mini" ,"temperature":0.50}';
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", sent);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(answer);
    const recorded = h.upstream.requests[0]!;
    expect(recorded.method).toBe("POST");
    expect(recorded.path).toBe("/v1/chat/completions");
    expect(recorded.body).toEqual(encoder.encode(sent));
    expect(recorded.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(recorded.headers["content-type"]).toBe("application/json");
    const record = await finished;
    expect(record.annotations.usage).toEqual({ prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 });
    expect(record.attempts).toEqual([
      expect.objectContaining({ target: "llm", model: "gpt-4o-mini", status: 200 }),
    ]);
  });

  it("forwards unknown fields, response_format and vision content parts untouched", async () => {
    h = await harness(json(200, chatCompletion()));
    const body = chatBody({
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is in this image?" },
            { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgo=", detail: "low" } },
          ],
        },
      ],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "answer",
          strict: true,
          schema: { type: "object", properties: { a: { type: "string" } } },
        },
      },
      provider_specific: { top_k: 40, safe_prompt: true },
      logit_bias: { "50256": -100 },
    });
    const res = await h.post("/v1/chat/completions", body);
    expect(res.status).toBe(200);
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("re-serialises (keeping unknown fields) only when the node forces a model", async () => {
    h = await harness(json(200, chatCompletion()), { config: { model: "llama-3.1-8b" } });
    await h.post("/v1/chat/completions", chatBody({ x_custom: [1, 2] }));
    expect(h.upstream.requests[0]!.json()).toEqual(chatBody({ model: "llama-3.1-8b", x_custom: [1, 2] }));
  });

  it("sends OpenAI-Organization, OpenAI-Project and static headers", async () => {
    h = await harness(json(200, chatCompletion()), {
      config: { organization: "org-123", project: "proj_abc", headers: { "X-Title": "aigw tests" } },
    });
    await h.post("/v1/chat/completions", chatBody());
    const headers = h.upstream.requests[0]!.headers;
    expect(headers["openai-organization"]).toBe("org-123");
    expect(headers["openai-project"]).toBe("proj_abc");
    expect(headers["x-title"]).toBe("aigw tests");
  });

  it("does not forward the client's own headers", async () => {
    h = await harness(json(200, chatCompletion()));
    await h.post("/v1/chat/completions", chatBody(), {
      headers: { authorization: "Bearer client-virtual-key", cookie: "a=b" },
    });
    const headers = h.upstream.requests[0]!.headers;
    expect(headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(headers.cookie).toBeUndefined();
  });

  it.each([
    [
      400,
      openAIError("Invalid value for 'temperature'.", {
        type: "invalid_request_error",
        param: "temperature",
        code: "invalid_value",
      }),
    ],
    [
      401,
      openAIError("Incorrect API key provided.", { type: "invalid_request_error", code: "invalid_api_key" }),
    ],
    [
      429,
      openAIError("Rate limit reached for gpt-4o-mini.", { type: "requests", code: "rate_limit_exceeded" }),
    ],
    [500, openAIError("The server had an error while processing your request.", { type: "server_error" })],
  ])("passes an upstream %i through in OpenAI's shape with its status", async (status, body) => {
    h = await harness(json(status, body, status === 429 ? { "retry-after": "7" } : {}));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(status);
    // The upstream's error passes through exactly: message, type, param and code (null included).
    expect(await res.json()).toEqual({ error: body.error });
    if (status === 429) expect(res.headers.get("retry-after")).toBe("7");
  });

  it("keeps the status of a non-JSON upstream error", async () => {
    h = await harness(text(502, "<html>Bad Gateway</html>", "text/html"));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
    const body = (await res.json()) as { error: { message: string; type: string } };
    expect(body.error.message).toBe("<html>Bad Gateway</html>");
  });

  it("answers 503 upstream_unavailable when the connection is reset before an answer", async () => {
    h = await harness(sequence(reset(), json(200, chatCompletion())));
    const finished = h.nextFinished();
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_unavailable");
    expect((await finished).attempts[0]).toMatchObject({
      status: 503,
      error: "upstream_unavailable",
    });
    expect((await h.post("/v1/chat/completions", chatBody())).status).toBe(200);
  });

  it("answers 502 when a JSON answer is cut off after its headers", async () => {
    h = await harness(reset({ afterHeaders: true }));
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(502);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("upstream_error");
  });

  it.each([
    ["JSON cut short", JSON.stringify(chatCompletion()).slice(0, 60), "is not valid JSON"],
    ["an HTML page", "<html><body>502 Bad Gateway</body></html>", "127.0.0.1:"],
    ["JSON that is not a chat completion", '{"id":"x","object":"chat.completion"}', 'no "choices" list'],
    ["an error body", JSON.stringify(openAIError("The server had an error")), "The server had an error"],
  ])(
    "answers 502 upstream_error, recorded as an error, when a 200 carries %s",
    async (_name, body, message) => {
      h = await harness(json(200, body));
      const finished = h.nextFinished();
      const res = await h.post("/v1/chat/completions", chatBody());
      expect(res.status).toBe(502);
      expect(res.headers.get("x-aigw-route")).toBe("llm:502");
      const error = ((await res.json()) as { error: { code: string; message: string; type: string } }).error;
      expect(error).toMatchObject({ code: "upstream_error", type: "server_error" });
      expect(error.message).toContain(message);
      const record = await finished;
      expect(record).toMatchObject({
        status: 502,
        outcome: "error",
        error: { code: "upstream_error", node: "llm" },
      });
      expect(record.attempts).toEqual([
        expect.objectContaining({ target: "llm", status: 502, error: "upstream_error" }),
      ]);
    },
  );

  it("forwards legacy completions to /completions", async () => {
    const answer = {
      id: "cmpl-1",
      object: "text_completion",
      created: 1,
      model: "gpt-3.5-turbo-instruct",
      choices: [{ text: "!", index: 0, logprobs: null, finish_reason: "stop" }],
      usage: { prompt_tokens: 2, completion_tokens: 1, total_tokens: 3 },
    };
    h = await harness(json(200, answer));
    const finished = h.nextFinished();
    const res = await h.post("/v1/completions", { model: "gpt-3.5-turbo-instruct", prompt: "Say !" });
    expect(await res.json()).toEqual(answer);
    expect(h.upstream.requests[0]!.path).toBe("/v1/completions");
    expect((await finished).annotations.usage?.total_tokens).toBe(3);
  });
});

// Everything but chat: embeddings (OpenAI-shaped both ways, dimensions renamed), endpoints
// Mistral lacks (400), errors (status kept, Mistral's messages made readable), the key, models.
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { chatBody, type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();
const embeddings = {
  id: "embd-aad6fc62b17349b192ef09225058bc45",
  object: "list",
  data: [{ object: "embedding", embedding: [-0.016632080078125, 0.0701904296875], index: 0 }],
  model: "mistral-embed",
  usage: { prompt_tokens: 6, total_tokens: 6, completion_tokens: 0 },
};

describe("embeddings", () => {
  it("posts the exact bytes to /v1/embeddings and returns Mistral's text, recording usage", async () => {
    const text = JSON.stringify(embeddings);
    h = await harness(json(200, text));
    const finished = h.nextFinished();
    const sent = '{"model":"mistral-embed","input":["Embed this sentence."], "encoding_format":"float"}';
    const res = await h.post("/v1/embeddings", sent);
    expect(await res.text()).toBe(text);
    expect(h.upstream.requests[0]!.path).toBe("/v1/embeddings");
    expect(h.upstream.requests[0]!.body).toEqual(encoder.encode(sent));
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 6,
      completion_tokens: 0,
      total_tokens: 6,
    });
  });

  it("renames dimensions to output_dimension and drops user", async () => {
    h = await harness(json(200, embeddings));
    await h.post("/v1/embeddings", { model: "codestral-embed", input: "x", dimensions: 256, user: "u1" });
    expect(h.upstream.requests[0]!.json()).toEqual({
      model: "codestral-embed",
      input: "x",
      output_dimension: 256,
    });
  });

  it("refuses token-id input with a 400", async () => {
    h = await harness(json(200, embeddings));
    const res = await h.post("/v1/embeddings", { model: "mistral-embed", input: [[1, 2, 3]] });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { param: "input" } });
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("endpoints Mistral lacks", () => {
  it.each([
    ["/v1/completions", { model: "m", prompt: "x" }, "completions"],
    ["/v1/images/generations", { model: "m", prompt: "a cat" }, "images.generations"],
    ["/v1/audio/speech", { model: "m", input: "hi", voice: "alloy" }, "audio.speech"],
  ])("%s answers 400 naming the endpoint", async (path, body, endpoint) => {
    h = await harness(json(200, {}));
    const res = await h.post(path, body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      `Mistral AI does not support ${endpoint}`,
    );
    expect(h.upstream.requests).toHaveLength(0);
  });
});

describe("errors", () => {
  it("a 422 validation error keeps its status, with the detail as a readable message", async () => {
    h = await harness(
      json(422, {
        object: "error",
        message: {
          detail: [
            {
              type: "extra_forbidden",
              loc: ["body", "some_field"],
              msg: "Extra inputs are not permitted",
              input: true,
            },
          ],
        },
        type: "invalid_request_error",
        param: null,
        code: null,
      }),
    );
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: {
        message: "body.some_field: Extra inputs are not permitted",
        type: "invalid_request_error",
        code: null,
        param: null,
      },
    });
  });

  it("reads the detail from a JSON string or a top-level detail too", async () => {
    h = await harness(
      json(422, {
        object: "error",
        message: JSON.stringify({ detail: [{ loc: ["body", "n"], msg: "Input should be less than 5" }] }),
        type: "internal_error_proxy",
        param: null,
        code: "1000",
      }),
    );
    let body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      error: Record<string, unknown>;
    };
    expect(body.error).toMatchObject({ message: "body.n: Input should be less than 5", code: "1000" });
    h.upstream.setScript(
      json(422, {
        object: "Error",
        detail: [{ loc: ["body", "tools"], msg: "Extra inputs are not permitted" }],
        type: "invalid_request_error",
        code: 3001,
      }),
    );
    body = (await (await h.post("/v1/chat/completions", chatBody())).json()) as {
      error: Record<string, unknown>;
    };
    expect(body.error).toMatchObject({ message: "body.tools: Extra inputs are not permitted", code: "3001" });
  });

  it("keeps a 400's message and code, and a 429's retry-after", async () => {
    h = await harness(
      json(400, {
        object: "error",
        message: "Tool call id was call_0fypS1hVX but must be a-z, A-Z, 0-9, with a length of 9.",
        type: "invalid_function_call",
        param: null,
        code: "3280",
      }),
    );
    let res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { message: expect.stringContaining("length of 9"), type: "invalid_function_call", code: "3280" },
    });
    h.upstream.setScript(json(429, { message: "Requests rate limit exceeded" }, { "retry-after": "2" }));
    res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
    expect(await res.json()).toMatchObject({
      error: { message: "Requests rate limit exceeded", code: "rate_limited" },
    });
  });
});

describe("key and models", () => {
  it("a missing key warns at boot and fails calls with internal_error naming MISTRAL_API_KEY", async () => {
    h = await harness(json(200, {}), { env: {} });
    expect(h.warnings.some((w) => w.includes("MISTRAL_API_KEY"))).toBe(true);
    const res = await h.post("/v1/chat/completions", chatBody());
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("MISTRAL_API_KEY");
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("lists Mistral's models with the key, once for concurrent callers, then from the cache", async () => {
    h = await harness(
      json(200, {
        object: "list",
        data: [
          { id: "mistral-small-latest", object: "model", created: 1_732_000_000, owned_by: "mistralai" },
          { id: "mistral-embed", object: "model", created: 1_732_000_000, owned_by: "mistralai" },
        ],
      }),
    );
    const list = () => h!.gateway.fetch(new Request("http://gateway.test/v1/models"));
    const answers = await Promise.all([list(), list()]);
    await list();
    for (const res of answers) {
      const ids = ((await res.json()) as { data: { id: string }[] }).data.map((m) => m.id);
      expect(ids).toEqual(expect.arrayContaining(["mistral-small-latest", "mistral-embed"]));
    }
    expect(h.upstream.requests).toHaveLength(1);
    expect(h.upstream.requests[0]!.path).toBe("/v1/models");
    expect(h.upstream.requests[0]!.headers.authorization).toBe("Bearer mistral-test-key");
  });
});

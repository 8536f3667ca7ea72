// Embeddings through InvokeModel: Titan (one signed call per input, run concurrently, order
// kept, token counts summed), Cohere (one call per 96 texts, both response shapes), base64
// encoding, and what is refused.
import type { RecordedRequest } from "@aigw/testkit";
import { json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { embeddingFamily } from "./embeddings.js";
import { type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

type EmbeddingsBody = {
  data: { index: number; embedding: number[] | string }[];
  model: string;
  usage: { prompt_tokens: number; total_tokens: number };
};

describe("Titan text embeddings", () => {
  it("calls InvokeModel once per input, concurrently, keeping the input order", async () => {
    let inFlight = 0;
    let peak = 0;
    h = await harness(async (request: RecordedRequest) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      const { inputText } = request.json<{ inputText: string }>();
      // Later inputs answer first, so the order must come from the input, not the arrival.
      await new Promise((r) => setTimeout(r, 60 - inputText.length * 10));
      inFlight--;
      return json(200, { embedding: [inputText.length, 0.5], inputTextTokenCount: inputText.length });
    });
    const finished = h.nextFinished();
    const res = await h.post("/v1/embeddings", {
      model: "amazon.titan-embed-text-v2:0",
      input: ["a", "bb", "ccc"],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EmbeddingsBody;
    expect(body).toMatchObject({
      object: "list",
      model: "amazon.titan-embed-text-v2:0",
      data: [
        { object: "embedding", index: 0, embedding: [1, 0.5] },
        { object: "embedding", index: 1, embedding: [2, 0.5] },
        { object: "embedding", index: 2, embedding: [3, 0.5] },
      ],
      usage: { prompt_tokens: 6, total_tokens: 6 },
    });
    expect(peak).toBeGreaterThan(1);
    expect(h.upstream.requests.map((r) => r.path)).toEqual(
      Array(3).fill("/model/amazon.titan-embed-text-v2%3A0/invoke"),
    );
    expect(h.upstream.requests[0]!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 /);
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 6,
      completion_tokens: 0,
      total_tokens: 6,
    });
  });

  it("passes dimensions, and encodes base64 vectors as little-endian float32", async () => {
    h = await harness(json(200, { embedding: [1, -2.5], inputTextTokenCount: 2 }));
    const res = await h.post("/v1/embeddings", {
      model: "amazon.titan-embed-text-v2:0",
      input: "hello",
      dimensions: 256,
      encoding_format: "base64",
    });
    expect(h.upstream.requests[0]!.json()).toEqual({ inputText: "hello", dimensions: 256 });
    const body = (await res.json()) as EmbeddingsBody;
    const bytes = Uint8Array.from(atob(body.data[0]!.embedding as string), (c) => c.charCodeAt(0));
    expect([...new Float32Array(bytes.buffer)]).toEqual([1, -2.5]);
  });

  it("fails as a whole when one call fails, with Bedrock's error", async () => {
    h = await harness((request: RecordedRequest) =>
      request.json<{ inputText: string }>().inputText === "bad"
        ? json(429, { message: "Too many requests" }, { "x-amzn-errortype": "ThrottlingException:" })
        : json(200, { embedding: [1], inputTextTokenCount: 1 }),
    );
    const res = await h.post("/v1/embeddings", {
      model: "amazon.titan-embed-text-v1",
      input: ["ok", "bad", "ok"],
    });
    expect(res.status).toBe(429);
  });
});

describe("Cohere embed", () => {
  it("sends texts with input_type in batches of 96, reads both embeddings shapes and the token-count header", async () => {
    h = await harness((request: RecordedRequest) => {
      const { texts } = request.json<{ texts: string[] }>();
      const vectors = texts.map((t) => [Number(t)]);
      return json(200, texts.length > 90 ? { embeddings: vectors } : { embeddings: { float: vectors } }, {
        "x-amzn-bedrock-input-token-count": String(texts.length),
      });
    });
    const input = Array.from({ length: 100 }, (_, i) => String(i));
    const res = await h.post("/v1/embeddings", { model: "cohere.embed-english-v3", input });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EmbeddingsBody;
    expect(body.data.map((d) => d.embedding)).toEqual(input.map((t) => [Number(t)]));
    expect(body.usage.prompt_tokens).toBe(100);
    const sent = h.upstream.requests.map((r) => r.json<{ texts: string[]; input_type: string }>());
    expect(sent.map((s) => s.texts.length).sort((a, b) => a - b)).toEqual([4, 96]);
    expect(sent[0]!.input_type).toBe("search_document");
  });

  it("uses the configured input_type", async () => {
    h = await harness(json(200, { embeddings: [[0.1]] }), { config: { cohereInputType: "search_query" } });
    await h.post("/v1/embeddings", { model: "us.cohere.embed-v4:0", input: "q" });
    expect(h.upstream.requests[0]!.json()).toEqual({ texts: ["q"], input_type: "search_query" });
  });
});

describe("refusals", () => {
  it.each([
    [{ model: "amazon.titan-embed-text-v2:0", input: [1, 2, 3] }, /token-id/],
    [{ model: "amazon.titan-embed-text-v2:0", input: [] }, /non-empty/],
    [{ model: "meta.llama3-8b-instruct-v1:0", input: "x" }, /cannot tell how/],
  ])("%o -> 400", async (body, message) => {
    h = await harness(json(200, {}));
    const res = await h.post("/v1/embeddings", body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("other endpoints are not supported", async () => {
    h = await harness(json(200, {}));
    const res = await h.post("/v1/images/generations", {
      model: "amazon.titan-image-generator-v2:0",
      prompt: "a cat",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /does not support images.generations/,
    );
  });

  it("picks the family from the model id, ARNs and regional prefixes included", () => {
    expect(embeddingFamily("amazon.titan-embed-text-v1", {})).toBe("titan");
    expect(
      embeddingFamily("arn:aws:bedrock:us-east-1::foundation-model/cohere.embed-multilingual-v3", {}),
    ).toBe("cohere");
    expect(embeddingFamily("my-alias", { embeddings: "titan" })).toBe("titan");
  });
});

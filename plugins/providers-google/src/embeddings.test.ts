/**
 * Embeddings: the Gemini API's batchEmbedContents and Vertex AI's predict, answered in OpenAI's
 * shape (floats or base64), with dimensions, token counts where Google reports them, and a clear
 * 400 for token-id input.
 */
import { json } from "@aigw/testkit";
import { base64ToBytes } from "@aigw/wire-kit";
import { afterEach, describe, expect, test } from "vitest";
import { type Harness, harness } from "./testing/harness.js";

describe("embeddings", () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  test("Gemini API: batchEmbedContents, one request per input, outputDimensionality", async () => {
    h = await harness(json(200, { embeddings: [{ values: [0.1, 0.2] }, { values: [0.3, 0.4] }] }));
    const finished = h.nextFinished();
    const response = await h.post("/v1/embeddings", {
      model: "gemini-embedding-001",
      input: ["first", "second"],
      dimensions: 2,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      object: "list",
      data: [
        { object: "embedding", index: 0, embedding: [0.1, 0.2] },
        { object: "embedding", index: 1, embedding: [0.3, 0.4] },
      ],
      model: "gemini-embedding-001",
      usage: { prompt_tokens: 0, total_tokens: 0 },
    });
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe("/v1beta/models/gemini-embedding-001:batchEmbedContents");
    expect(seen.json()).toEqual({
      requests: [
        {
          model: "models/gemini-embedding-001",
          content: { parts: [{ text: "first" }] },
          outputDimensionality: 2,
        },
        {
          model: "models/gemini-embedding-001",
          content: { parts: [{ text: "second" }] },
          outputDimensionality: 2,
        },
      ],
    });
    expect((await finished).annotations.servedBy?.model).toBe("gemini-embedding-001");
  });

  test("encoding_format base64: little-endian float32, as OpenAI sends it", async () => {
    h = await harness(json(200, { embeddings: [{ values: [1, -2.5] }] }));
    const body = await (
      await h.post("/v1/embeddings", { model: "text-embedding-004", input: "x", encoding_format: "base64" })
    ).json();
    const bytes = base64ToBytes(body.data[0].embedding);
    const view = new DataView(bytes.buffer);
    expect([view.getFloat32(0, true), view.getFloat32(4, true)]).toEqual([1, -2.5]);
  });

  test("Vertex AI: predict with instances, token counts from statistics", async () => {
    h = await harness(
      json(200, {
        predictions: [
          { embeddings: { values: [0.5], statistics: { token_count: 3, truncated: false } } },
          { embeddings: { values: [0.6], statistics: { token_count: 4, truncated: false } } },
        ],
      }),
      {
        config: { api: "vertex", project: "p", location: "us-central1", accessTokenEnv: "T" },
        env: { T: "tok" },
      },
    );
    const body = await (
      await h.post("/v1/embeddings", { model: "text-embedding-005", input: ["a", "b"] })
    ).json();
    expect(body.data.map((d: { embedding: number[] }) => d.embedding)).toEqual([[0.5], [0.6]]);
    expect(body.usage).toEqual({ prompt_tokens: 7, total_tokens: 7 });
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe(
      "/v1/projects/p/locations/us-central1/publishers/google/models/text-embedding-005:predict",
    );
    expect(seen.json()).toEqual({ instances: [{ content: "a" }, { content: "b" }] });
  });

  test("Vertex AI gemini-embedding models take one input per request: sent in parallel, order kept", async () => {
    h = await harness(
      (request) => {
        const content = request.json<{ instances: { content: string }[] }>().instances[0]!.content;
        return json(200, {
          predictions: [
            { embeddings: { values: [content === "a" ? 1 : 2], statistics: { token_count: 1 } } },
          ],
        });
      },
      { config: { api: "vertex", project: "p", accessTokenEnv: "T" }, env: { T: "tok" } },
    );
    const body = await (
      await h.post("/v1/embeddings", { model: "gemini-embedding-001", input: ["a", "b"], dimensions: 768 })
    ).json();
    expect(body.data.map((d: { embedding: number[] }) => d.embedding)).toEqual([[1], [2]]);
    expect(h.upstream.requests).toHaveLength(2);
    expect(h.upstream.requests[0]!.json()).toMatchObject({ parameters: { outputDimensionality: 768 } });
  });

  test("token-id input is a 400; a count mismatch from Google is a 502", async () => {
    h = await harness(json(200, { embeddings: [{ values: [1] }] }));
    const tokens = await h.post("/v1/embeddings", { model: "text-embedding-004", input: [1, 2, 3] });
    expect(tokens.status).toBe(400);
    expect((await tokens.json()).error.param).toBe("input");
    expect(h.upstream.requests).toHaveLength(0);
    const mismatch = await h.post("/v1/embeddings", { model: "text-embedding-004", input: ["a", "b"] });
    expect(mismatch.status).toBe(502);
  });
});

/**
 * Embeddings through the real engine against a fake Embed API v2: the request Cohere gets
 * (texts, input_type, embedding_types, output_dimension, batches of 96), the OpenAI answer
 * (float vectors, or base64 float32 little-endian exactly as OpenAI encodes them) and usage.
 */
import { json, type RecordedRequest } from "@aigw/testkit";
import { floatsToBase64 } from "@aigw/wire-kit";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A fake Embed API: one vector per text ([batch-local index, text length]) and 2 billed tokens per text. */
const embedApi = (request: RecordedRequest) => {
  const body = request.json<{ texts: string[] }>();
  return json(200, {
    id: "da6e531f-0000-4000-8000-000000000002",
    embeddings: { float: body.texts.map((t) => [Number(t.slice(1)), t.length]) },
    texts: body.texts,
    meta: { api_version: { version: "2" }, billed_units: { input_tokens: body.texts.length * 2 } },
    response_type: "embeddings_by_type",
  });
};

describe("embeddings", () => {
  it("sends texts with input_type and float embedding types, and answers in OpenAI's shape", async () => {
    h = await harness(embedApi);
    const finished = h.nextFinished();
    const res = await h.post("/v1/embeddings", { model: "embed-v4.0", input: ["t0", "t1"], dimensions: 256 });
    expect(res.status).toBe(200);
    const seen = h.upstream.requests[0]!;
    expect(seen.path).toBe("/v2/embed");
    expect(seen.json()).toEqual({
      model: "embed-v4.0",
      texts: ["t0", "t1"],
      input_type: "search_document",
      embedding_types: ["float"],
      output_dimension: 256,
    });
    expect(await res.json()).toEqual({
      object: "list",
      data: [
        { object: "embedding", index: 0, embedding: [0, 2] },
        { object: "embedding", index: 1, embedding: [1, 2] },
      ],
      model: "embed-v4.0",
      usage: { prompt_tokens: 4, total_tokens: 4 },
    });
    const record = await finished;
    expect(record.annotations.usage).toEqual({ prompt_tokens: 4, completion_tokens: 0, total_tokens: 4 });
    expect(record.annotations.servedBy).toEqual({ provider: "cohere", model: "embed-v4.0", node: "llm" });
  });

  it("takes input_type from the request, else from the node, and the node's embedding model", async () => {
    h = await harness(embedApi, {
      config: { inputType: "clustering", embeddingModel: "embed-multilingual-v3.0" },
    });
    await h.post("/v1/embeddings", { model: "text-embedding-3-small", input: "t0" });
    await h.post("/v1/embeddings", {
      model: "text-embedding-3-small",
      input: "t0",
      input_type: "search_query",
    });
    expect(h.upstream.requests[0]!.json()).toMatchObject({
      model: "embed-multilingual-v3.0",
      input_type: "clustering",
      texts: ["t0"],
    });
    expect(h.upstream.requests[1]!.json()).toMatchObject({ input_type: "search_query" });
  });

  it("sends more than 96 texts in batches of 96, in order, and sums usage", async () => {
    h = await harness(embedApi);
    const input = Array.from({ length: 200 }, (_, i) => `t${i}`);
    const body = await (await h.post("/v1/embeddings", { model: "embed-v4.0", input })).json();
    expect(h.upstream.requests.map((r) => r.json<{ texts: string[] }>().texts.length)).toEqual([96, 96, 8]);
    expect(h.upstream.requests[2]!.json<{ texts: string[] }>().texts[0]).toBe("t192");
    expect(body.data).toHaveLength(200);
    expect(body.data.map((d: { index: number; embedding: number[] }) => [d.index, d.embedding[0]])).toEqual(
      input.map((_, i) => [i, i]),
    );
    expect(body.usage).toEqual({ prompt_tokens: 400, total_tokens: 400 });
  });

  it("encodes base64 as little-endian float32, exactly as OpenAI does", async () => {
    const vector = [0.1, -2.5, 3.25, 1e-8, 0];
    h = await harness(
      json(200, { embeddings: { float: [vector] }, meta: { billed_units: { input_tokens: 1 } } }),
    );
    const body = await (
      await h.post("/v1/embeddings", { model: "embed-v4.0", input: "x", encoding_format: "base64" })
    ).json();
    const encoded: string = body.data[0].embedding;
    expect(typeof encoded).toBe("string");
    // Decode with the platform's own base64 and read the floats back.
    const raw = Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));
    expect(raw.length).toBe(vector.length * 4);
    const view = new DataView(raw.buffer);
    expect(vector.map((_, i) => view.getFloat32(i * 4, true))).toEqual(vector.map((v) => Math.fround(v)));
    // Little-endian: 1.0f is 00 00 80 3f.
    expect(floatsToBase64([1])).toBe(btoa(String.fromCharCode(0, 0, 0x80, 0x3f)));
    expect(floatsToBase64([1, 2])).toBe(btoa(String.fromCharCode(0, 0, 0x80, 0x3f, 0, 0, 0, 0x40)));
  });

  it("round-trips any float32 vector through the base64 encoding (checked against atob)", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true }), { maxLength: 40 }), (vector) => {
        const raw = Uint8Array.from(atob(floatsToBase64(vector)), (c) => c.charCodeAt(0));
        const view = new DataView(raw.buffer);
        expect(Array.from({ length: raw.length / 4 }, (_, i) => view.getFloat32(i * 4, true))).toEqual(
          vector,
        );
      }),
    );
  });

  it.each([
    ["token ids", { input: [1, 2, 3] }, "input"],
    ["an empty input", { input: [] }, "input"],
    ["an unknown input_type", { input: "x", input_type: "image" }, "input_type"],
  ])("refuses %s with a 400", async (_name, extra, param) => {
    h = await harness(embedApi);
    const res = await h.post("/v1/embeddings", { model: "embed-v4.0", ...extra });
    expect(res.status).toBe(400);
    expect((await res.json()).error.param).toBe(param);
    expect(h.upstream.requests).toHaveLength(0);
  });

  it("fails when Cohere answers with fewer vectors than texts", async () => {
    h = await harness(json(200, { embeddings: { float: [[1]] } }));
    const res = await h.post("/v1/embeddings", { model: "embed-v4.0", input: ["a", "b"] });
    expect(res.status).toBe(502);
  });
});

// The non-chat endpoints through the real engine: embeddings, moderations, images, speech
// (binary, streamed through), and transcriptions (rebuilt as multipart around the uploaded file).
import {
  bodyChunks,
  bytes,
  embeddingResponse,
  json,
  moderationResponse,
  openAIError,
  sse,
  text,
} from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness, TEST_KEY } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const encoder = new TextEncoder();

describe("embeddings", () => {
  it("forwards the exact bytes to /embeddings and records usage", async () => {
    const answer = embeddingResponse([
      [0.1, -0.2, 0.3],
      [0.4, 0.5, -0.6],
    ]);
    h = await harness(json(200, answer));
    const finished = h.nextFinished();
    const sent =
      '{"model":"text-embedding-3-small","input":["a","b"],"encoding_format":"float","dimensions":3}';
    const res = await h.post("/v1/embeddings", sent);
    expect(await res.json()).toEqual(answer);
    expect(h.upstream.requests[0]!.path).toBe("/v1/embeddings");
    expect(h.upstream.requests[0]!.body).toEqual(encoder.encode(sent));
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 8,
      completion_tokens: 0,
      total_tokens: 8,
    });
  });

  it("finds the usage of a large answer without parsing it whole", async () => {
    const vectors = Array.from({ length: 64 }, () => Array.from({ length: 256 }, (_, i) => i / 1000));
    const answer = embeddingResponse(vectors);
    h = await harness(json(200, answer));
    const finished = h.nextFinished();
    const res = await h.post("/v1/embeddings", { model: "text-embedding-3-small", input: "x" });
    expect((await res.text()).length).toBeGreaterThan(64 * 1024);
    expect((await finished).annotations.usage?.prompt_tokens).toBe(256);
  });
});

describe("moderations", () => {
  it("forwards the exact bytes to /moderations and passes the answer through", async () => {
    const answer = moderationResponse([
      { scores: { violence: 0.93, harassment: 0.01 }, flagged: ["violence"] },
      { scores: { violence: 0.02, harassment: 0.01 } },
    ]);
    h = await harness(json(200, answer));
    const sent = '{"model":"omni-moderation-latest","input":["one","two"]}';
    const res = await h.post("/v1/moderations", sent);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(answer);
    const upstream = h.upstream.requests[0]!;
    expect(upstream.path).toBe("/v1/moderations");
    expect(upstream.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(upstream.body).toEqual(encoder.encode(sent));
  });

  it("sends a multimodal input as it came, model left to OpenAI's default", async () => {
    h = await harness(json(200, moderationResponse([{ scores: { sexual: 0.01 } }])));
    const body = {
      input: [
        { type: "text", text: "caption" },
        { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
      ],
    };
    expect((await h.post("/v1/moderations", body)).status).toBe(200);
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("keeps an upstream refusal's status and message", async () => {
    h = await harness(json(404, openAIError("The model `nope` does not exist", { code: "model_not_found" })));
    const res = await h.post("/v1/moderations", { model: "nope", input: "x" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("does not exist");
  });
});

describe("images", () => {
  it("forwards to /images/generations and normalises GPT Image usage", async () => {
    const answer = {
      created: 1_700_000_000,
      data: [{ b64_json: "iVBORw0KGgo=" }],
      usage: {
        input_tokens: 10,
        output_tokens: 4160,
        total_tokens: 4170,
        input_tokens_details: { text_tokens: 10, image_tokens: 0 },
      },
    };
    h = await harness(json(200, answer));
    const finished = h.nextFinished();
    const body = { model: "gpt-image-1", prompt: "a sea otter", size: "1024x1024", quality: "low" };
    const res = await h.post("/v1/images/generations", body);
    expect(await res.json()).toEqual(answer);
    expect(h.upstream.requests[0]!.path).toBe("/v1/images/generations");
    expect(h.upstream.requests[0]!.json()).toEqual(body);
    expect((await finished).annotations.usage).toEqual({
      prompt_tokens: 10,
      completion_tokens: 4160,
      total_tokens: 4170,
    });
  });

  it("streams partial images, ending cleanly on the completed event", async () => {
    const events = [
      { type: "image_generation.partial_image", b64_json: "AAA", partial_image_index: 0 },
      {
        type: "image_generation.completed",
        b64_json: "BBB",
        usage: { input_tokens: 5, output_tokens: 7, total_tokens: 12 },
      },
    ];
    h = await harness(sse(events, { done: false }));
    const finished = h.nextFinished();
    const res = await h.post("/v1/images/generations", {
      model: "gpt-image-1",
      prompt: "otter",
      stream: true,
      partial_images: 1,
    });
    const text = await res.text();
    expect(text).toBe(`${events.map((e) => `data: ${JSON.stringify(e)}\n\n`).join("")}data: [DONE]\n\n`);
    const record = await finished;
    expect(record.outcome).toBe("ok");
    expect(record.annotations.usage?.total_tokens).toBe(12);
  });
});

describe("audio", () => {
  it("streams speech audio through as binary, part by part", async () => {
    const parts = [new Uint8Array([0xff, 0xfb, 0x90, 0x44]), new Uint8Array([1, 2, 3, 4, 5])];
    h = await harness(bytes(200, "audio/mpeg", parts, { delayMs: 30 }));
    const body = { model: "gpt-4o-mini-tts", input: "Hello", voice: "coral", response_format: "mp3" };
    const res = await h.post("/v1/audio/speech", body);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    const received: number[] = [];
    for await (const chunk of bodyChunks(res)) received.push(...chunk);
    expect(received).toEqual([...parts[0]!, ...parts[1]!]);
    expect(h.upstream.requests[0]!.path).toBe("/v1/audio/speech");
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("sends a transcription as multipart with the file, fields and arrays", async () => {
    h = await harness(json(200, { text: "Hello world.", usage: { type: "duration", seconds: 2 } }));
    const audio = new Uint8Array([82, 73, 70, 70, 0, 1, 2, 3, 254, 255]);
    const form = new FormData();
    form.append("file", new Blob([audio], { type: "audio/wav" }), "speech.wav");
    form.append("model", "whisper-1");
    form.append("language", "en");
    form.append("temperature", "0.2");
    form.append("timestamp_granularities[]", "word");
    form.append("timestamp_granularities[]", "segment");
    form.append("response_format", "verbose_json");
    const res = await h.gateway.fetch(
      new Request("http://gateway.test/v1/audio/transcriptions", { method: "POST", body: form }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ text: "Hello world.", usage: { type: "duration", seconds: 2 } });
    const recorded = h.upstream.requests[0]!;
    expect(recorded.path).toBe("/v1/audio/transcriptions");
    expect(recorded.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(recorded.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const sent = await recorded.formData();
    const file = sent.get("file") as File;
    expect(file.name).toBe("speech.wav");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(audio);
    expect(sent.get("model")).toBe("whisper-1");
    expect(sent.get("language")).toBe("en");
    expect(sent.get("temperature")).toBe("0.2");
    expect(sent.get("response_format")).toBe("verbose_json");
    expect(sent.getAll("timestamp_granularities[]")).toEqual(["word", "segment"]);
  });

  it("passes a plain-text transcription through with its content type, and forces the model", async () => {
    h = await harness(text(200, "1\n00:00:00,000 --> 00:00:01,000\nHello\n", "application/x-subrip"), {
      config: { model: "whisper-large-v3" },
    });
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([1, 2])], { type: "audio/mpeg" }), "a.mp3");
    form.append("model", "whisper-1");
    form.append("response_format", "srt");
    const res = await h.gateway.fetch(
      new Request("http://gateway.test/v1/audio/transcriptions", { method: "POST", body: form }),
    );
    expect(res.headers.get("content-type")).toBe("application/x-subrip");
    expect(await res.text()).toBe("1\n00:00:00,000 --> 00:00:01,000\nHello\n");
    const sent = await h.upstream.requests[0]!.formData();
    expect(sent.getAll("model")).toEqual(["whisper-large-v3"]);
  });
});

// The non-chat endpoints on their deployments: speech (binary, streamed through) and
// transcriptions (multipart, rebuilt around the uploaded file, the content type its own); and
// moderations, which Azure OpenAI does not serve.
import { bodyChunks, bytes, json } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, harness } from "./testing/harness.js";

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("audio on deployments", () => {
  it("streams speech audio through as binary from the speech deployment", async () => {
    const parts = [new Uint8Array([0xff, 0xfb, 0x90, 0x44]), new Uint8Array([1, 2, 3])];
    h = await harness(bytes(200, "audio/mpeg", parts), {
      config: { apiVersion: "2025-04-01-preview", deployments: { "gpt-4o-mini-tts": "tts-prod" } },
    });
    const body = { model: "gpt-4o-mini-tts", input: "Hello", voice: "coral" };
    const res = await h.post("/v1/audio/speech", body);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    const received: number[] = [];
    for await (const chunk of bodyChunks(res)) received.push(...chunk);
    expect(received).toEqual([...parts[0]!, ...parts[1]!]);
    expect(h.upstream.requests[0]!.path).toBe(
      "/openai/deployments/tts-prod/audio/speech?api-version=2025-04-01-preview",
    );
    expect(h.upstream.requests[0]!.json()).toEqual(body);
  });

  it("sends a transcription as multipart form data with the file", async () => {
    h = await harness(json(200, { text: "hello world" }), {
      config: { deployments: { "whisper-1": "whisper" } },
    });
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array([82, 73, 70, 70])], { type: "audio/wav" }), "speech.wav");
    form.append("model", "whisper-1");
    form.append("language", "en");
    const res = await h.gateway.fetch(
      new Request("http://gateway.test/v1/audio/transcriptions", { method: "POST", body: form }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ text: "hello world" });
    const recorded = h.upstream.requests[0]!;
    expect(recorded.path).toBe("/openai/deployments/whisper/audio/transcriptions?api-version=2024-10-21");
    expect(recorded.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(recorded.headers["api-key"]).toBe("azure-test-key");
    const sent = await recorded.formData();
    expect((sent.get("file") as File).name).toBe("speech.wav");
    expect(sent.get("language")).toBe("en");
  });
});

describe("moderations", () => {
  it("is a 400 invalid_request naming the endpoint, and Azure is never called", async () => {
    h = await harness(json(200, {}));
    const res = await h.post("/v1/moderations", { model: "omni-moderation-latest", input: "hello" });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe("invalid_request");
    expect(error.message).toContain("moderations is not supported by this provider");
    expect(h.upstream.requests).toHaveLength(0);
  });
});

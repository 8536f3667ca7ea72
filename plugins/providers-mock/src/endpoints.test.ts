// The other endpoints through the real engine: completions, embeddings, images, audio, moderations, models.
import { inflateSync } from "node:zlib";
import type {
  Completion,
  CompletionChunk,
  EmbeddingResponse,
  ImagesResponse,
  ModelList,
} from "@aigw/plugin-api";
import { afterEach, describe, expect, it } from "vitest";
import { crc32 } from "./png.js";
import { type MockGateway, mockGateway, payloads, readSse } from "./testing/gateway.js";

let open: MockGateway | undefined;
async function gw(...args: Parameters<typeof mockGateway>): Promise<MockGateway> {
  open = await mockGateway(...args);
  return open;
}
afterEach(async () => {
  await open?.gateway.close();
  open = undefined;
});

describe("completions", () => {
  it("answers a text_completion, one choice per prompt", async () => {
    const { post } = await gw();
    const res = await post("/v1/completions", { model: "mock", prompt: ["Say hi", "Say bye"] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Completion;
    expect(body.object).toBe("text_completion");
    expect(body.id).toMatch(/^cmpl-[0-9a-f]{24}$/);
    expect(body.choices.map((c) => [c.index, c.text, c.finish_reason])).toEqual([
      [0, "Mock completion of: Say hi", "stop"],
      [1, "Mock completion of: Say bye", "stop"],
    ]);
    expect(body.usage).toEqual({
      prompt_tokens: 4,
      completion_tokens: 7 + 7,
      total_tokens: 18,
    });
  });

  it("echoes the prompt and accepts token-id prompts", async () => {
    const { post } = await gw({ reply: " world" });
    const echoed = (await (
      await post("/v1/completions", { model: "m", prompt: "hello", echo: true })
    ).json()) as Completion;
    expect(echoed.choices[0]!.text).toBe("hello world");
    const ids = (await (
      await post("/v1/completions", { model: "m", prompt: [1, 2, 3] })
    ).json()) as Completion;
    expect(ids.choices).toHaveLength(1);
    expect(ids.usage!.prompt_tokens).toBe(3);
  });

  it("streams text_completion chunks with a finish chunk and usage", async () => {
    const { post } = await gw({ reply: "one two three" });
    const res = await post("/v1/completions", {
      model: "mock",
      prompt: "x",
      stream: true,
      stream_options: { include_usage: true },
    });
    const events = await readSse(res);
    expect(events.at(-1)).toEqual({ done: true });
    const chunks = payloads<CompletionChunk>(events);
    expect(chunks.every((c) => c.object === "text_completion")).toBe(true);
    expect(chunks.map((c) => c.choices[0]?.text ?? "").join("")).toBe("one two three");
    expect(chunks.at(-2)!.choices[0]!.finish_reason).toBe("stop");
    expect(chunks.at(-1)!.choices).toEqual([]);
    expect(chunks.at(-1)!.usage).toEqual({ prompt_tokens: 1, completion_tokens: 4, total_tokens: 5 });
  });
});

describe("embeddings", () => {
  const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

  it("answers deterministic 8-dimension unit vectors, one per input", async () => {
    const { post } = await gw();
    const res = await post("/v1/embeddings", { model: "mock-embed", input: ["hello world", "other text"] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as EmbeddingResponse;
    expect(body.object).toBe("list");
    expect(body.model).toBe("mock-embed");
    expect(body.data.map((d) => [d.object, d.index])).toEqual([
      ["embedding", 0],
      ["embedding", 1],
    ]);
    const [a, b] = body.data.map((d) => d.embedding as number[]);
    expect(a).toHaveLength(8);
    expect(norm(a!)).toBeCloseTo(1, 5);
    expect(norm(b!)).toBeCloseTo(1, 5);
    expect(a).not.toEqual(b);
    const again = (await (
      await post("/v1/embeddings", { model: "x", input: "hello world" })
    ).json()) as EmbeddingResponse;
    expect(again.data[0]!.embedding).toEqual(a);
    expect(body.usage).toEqual({ prompt_tokens: 3 + 3, total_tokens: 6 });
  });

  it("honours dimensions and base64 encoding (little-endian float32)", async () => {
    const { post } = await gw();
    const floats = (await (
      await post("/v1/embeddings", { model: "m", input: "abc", dimensions: 16 })
    ).json()) as EmbeddingResponse;
    const vector = floats.data[0]!.embedding as number[];
    expect(vector).toHaveLength(16);
    const encoded = (await (
      await post("/v1/embeddings", { model: "m", input: "abc", dimensions: 16, encoding_format: "base64" })
    ).json()) as EmbeddingResponse;
    const bytes = Uint8Array.from(atob(encoded.data[0]!.embedding as string), (c) => c.charCodeAt(0));
    const view = new DataView(bytes.buffer);
    expect(Array.from({ length: 16 }, (_, i) => view.getFloat32(i * 4, true))).toEqual(vector);
    const bad = await post("/v1/embeddings", { model: "m", input: "abc", dimensions: 0 });
    expect(bad.status).toBe(400);
  });

  it("puts texts that share words closer than unrelated texts", async () => {
    const { post } = await gw();
    const body = (await (
      await post("/v1/embeddings", {
        model: "m",
        input: ["the cat sat on the mat", "the cat sat on a mat", "quantum chromodynamics lecture"],
        dimensions: 64,
      })
    ).json()) as EmbeddingResponse;
    const [a, b, c] = body.data.map((d) => d.embedding as number[]);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!));
    expect(cosine(a!, b!)).toBeGreaterThan(0.8);
  });
});

/** Checks a PNG's structure: signature, chunk CRCs, IHDR, and IDAT inflating to the pixel rows. */
function checkPng(bytes: Uint8Array): { width: number; height: number; rgb: number[] } {
  expect(Array.from(bytes.subarray(0, 8))).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  const types: string[] = [];
  let width = 0;
  let height = 0;
  let idat: Uint8Array = new Uint8Array();
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    types.push(type);
    expect(view.getUint32(offset + 8 + length)).toBe(crc32(typeAndData));
    const data = typeAndData.subarray(4);
    if (type === "IHDR") {
      width = new DataView(data.buffer, data.byteOffset).getUint32(0);
      height = new DataView(data.buffer, data.byteOffset).getUint32(4);
    }
    if (type === "IDAT") idat = data;
    offset += 12 + length;
  }
  expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
  const raw = inflateSync(idat);
  expect(raw.length).toBe(height * (1 + width * 3));
  return { width, height, rgb: Array.from(raw.subarray(1, 4)) };
}

describe("images.generations", () => {
  it("answers valid PNGs as b64_json, the same image for the same prompt", async () => {
    const { post } = await gw();
    const res = await post("/v1/images/generations", { model: "mock-image", prompt: "a red fox", n: 2 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as ImagesResponse;
    expect(typeof body.created).toBe("number");
    expect(body.data).toHaveLength(2);
    const decode = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const first = checkPng(decode(body.data[0]!.b64_json!));
    expect(first).toMatchObject({ width: 8, height: 8 });
    checkPng(decode(body.data[1]!.b64_json!));
    const again = (await (
      await post("/v1/images/generations", { prompt: "a red fox", n: 2 })
    ).json()) as ImagesResponse;
    expect(again.data).toEqual(body.data);
    const other = (await (
      await post("/v1/images/generations", { prompt: "a blue whale" })
    ).json()) as ImagesResponse;
    expect(other.data[0]!.b64_json).not.toBe(body.data[0]!.b64_json);
  });

  it("answers a data: URL when response_format is url", async () => {
    const { post } = await gw();
    const body = (await (
      await post("/v1/images/generations", { prompt: "x", response_format: "url" })
    ).json()) as ImagesResponse;
    const url = body.data[0]!.url!;
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    checkPng(Uint8Array.from(atob(url.slice("data:image/png;base64,".length)), (c) => c.charCodeAt(0)));
  });
});

describe("audio", () => {
  it("speaks silence as a valid WAV", async () => {
    const { post } = await gw();
    const res = await post("/v1/audio/speech", {
      model: "mock-tts",
      input: "hello there world",
      voice: "alloy",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/wav");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const view = new DataView(bytes.buffer);
    const ascii = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
    expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint32(40, true)).toBe(bytes.length - 44);
    // Three words, a tenth of a second each, 24 kHz 16-bit mono.
    expect(bytes.length - 44).toBe(0.3 * 24_000 * 2);
    expect(bytes.subarray(44).every((b) => b === 0)).toBe(true);
  });

  it("answers raw PCM when asked", async () => {
    const { post } = await gw();
    const res = await post("/v1/audio/speech", {
      model: "m",
      input: "hi",
      voice: "alloy",
      response_format: "pcm",
    });
    expect(res.headers.get("content-type")).toBe("audio/pcm");
    expect((await res.arrayBuffer()).byteLength).toBe(0.1 * 24_000 * 2);
  });

  it("transcribes an upload by its file name, in JSON or text", async () => {
    const { gateway } = await gw();
    const send = (format?: string) => {
      const form = new FormData();
      form.set("model", "mock-whisper");
      form.set("file", new File([new Uint8Array([1, 2, 3])], "meeting.wav", { type: "audio/wav" }));
      if (format) form.set("response_format", format);
      return gateway.fetch(
        new Request("http://gateway.test/v1/audio/transcriptions", { method: "POST", body: form }),
      );
    };
    const json = await send();
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual({ text: "mock transcription of meeting.wav" });
    const text = await send("text");
    expect(text.headers.get("content-type")).toContain("text/plain");
    expect(await text.text()).toBe("mock transcription of meeting.wav\n");
    const verbose = (await (await send("verbose_json")).json()) as { text: string; segments: unknown[] };
    expect(verbose.text).toBe("mock transcription of meeting.wav");
    expect(verbose.segments).toHaveLength(1);
  });
});

describe("models", () => {
  it("lists the default models", async () => {
    const { gateway } = await gw();
    const res = await gateway.fetch(new Request("http://gateway.test/v1/models"));
    const body = (await res.json()) as ModelList;
    expect(body.data.map((m) => [m.id, m.object, m.owned_by])).toEqual([
      ["mock", "model", "aigw-mock"],
      ["mock-large", "model", "aigw-mock"],
    ]);
  });

  it("lists the configured models", async () => {
    const { gateway } = await gw({ models: ["gpt-4o-mini", "text-embedding-3-small"] });
    const one = await gateway.fetch(new Request("http://gateway.test/v1/models/gpt-4o-mini"));
    expect(((await one.json()) as { id: string }).id).toBe("gpt-4o-mini");
    const missing = await gateway.fetch(new Request("http://gateway.test/v1/models/mock"));
    expect(missing.status).toBe(404);
  });
});

describe("moderations", () => {
  type Moderation = {
    id: string;
    model: string;
    results: {
      flagged: boolean;
      categories: Record<string, boolean>;
      category_scores: Record<string, number>;
      category_applied_input_types: Record<string, string[]>;
    }[];
  };
  const moderate = async (body: unknown) => {
    const { post } = await gw();
    const res = await post("/v1/moderations", body);
    return { status: res.status, body: (await res.json()) as Moderation };
  };

  it("flags listed words by category, one result per text, the other categories low and unflagged", async () => {
    const { status, body } = await moderate({
      model: "omni-moderation-latest",
      input: ["I will KILL you, idiot", "a nice day"],
    });
    expect(status).toBe(200);
    expect(body.id).toMatch(/^modr-[0-9a-f]{24}$/);
    expect(body.model).toBe("omni-moderation-latest");
    const [bad, good] = body.results;
    expect(Object.keys(bad!.categories)).toHaveLength(13);
    expect(bad).toMatchObject({
      flagged: true,
      categories: { violence: true, harassment: true, hate: false, sexual: false },
      category_scores: { violence: 0.75, harassment: 0.75 },
      category_applied_input_types: { violence: ["text"] },
    });
    expect(good!.flagged).toBe(false);
    for (const score of Object.values(good!.category_scores)) expect(score).toBeLessThan(0.01);
  });

  it("scores more found words higher; the same text always scores the same", async () => {
    const once = await moderate({ input: "bomb" });
    const twice = await moderate({ input: "bomb, then another bomb" });
    expect(once.body.results[0]!.category_scores.violence).toBe(0.75);
    expect(twice.body.results[0]!.category_scores.violence).toBe(0.875);
    const again = await moderate({ input: "bomb" });
    expect(again.body.results[0]).toEqual(once.body.results[0]);
  });

  it("matches whole words only", async () => {
    const { body } = await moderate({ input: "skill and explicitly bombastic" });
    expect(body.results[0]!.flagged).toBe(false);
  });

  it("judges the text parts of a multimodal input together, as one input", async () => {
    const { body } = await moderate({
      input: [
        { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
        { type: "text", text: "nsfw" },
        { type: "text", text: "caption" },
      ],
    });
    expect(body.results).toHaveLength(1);
    expect(body.results[0]!.categories.sexual).toBe(true);
  });

  it.each([
    ["an empty list", []],
    ["texts mixed with parts", ["a", { type: "text", text: "b" }]],
  ])("refuses %s with a 400 on input", async (_name, input) => {
    const { status, body } = await moderate({ input });
    expect(status).toBe(400);
    expect((body as unknown as { error: { param: string } }).error.param).toBe("input");
  });
});

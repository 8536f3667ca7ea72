// Simulated upstream behaviour through the real engine: failure injection, latency, pacing, abort,
// cut streams, and determinism.
import type { ChatCompletion, ChatCompletionChunk, EmbeddingResponse } from "@aigw/plugin-api";
import { afterEach, describe, expect, it } from "vitest";
import type { MockProviderConfig } from "./config.gen.js";
import { frozenClock, type MockGateway, mockGateway, payloads, readSse } from "./testing/gateway.js";

const opened: MockGateway[] = [];
async function gw(...args: Parameters<typeof mockGateway>): Promise<MockGateway> {
  const g = await mockGateway(...args);
  opened.push(g);
  return g;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((g) => g.gateway.close()));
});

/** Sends `count` chat requests one after another; returns their statuses. */
async function statuses(g: MockGateway, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await g.chat({});
    await res.arrayBuffer();
    out.push(res.status);
  }
  return out;
}

describe("failure injection", () => {
  it("fails every Nth call with the configured status and message", async () => {
    const g = await gw({ failEvery: 3, failMessage: "planned outage" });
    expect(await statuses(g, 7)).toEqual([200, 200, 503, 200, 200, 503, 200]);
    const res = await g.chat({});
    await res.arrayBuffer();
    const failed = await g.chat({});
    expect(res.status).toBe(200);
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("1");
    expect(await failed.json()).toEqual({
      error: { message: "planned outage", type: "server_error", code: "upstream_unavailable", param: null },
    });
    await g.gateway.drain();
    const record = g.records.at(-1)!;
    expect(record.outcome).toBe("error");
    expect(record.error).toMatchObject({
      code: "upstream_unavailable",
      plugin: "providers-mock",
      node: "mock",
    });
  });

  it("maps the status to the catalogue code: 429 rate_limited, 500 upstream_error", async () => {
    const limited = await gw({ failEvery: 1, failStatus: 429 });
    const a = await limited.chat({});
    expect(a.status).toBe(429);
    expect(((await a.json()) as { error: { code: string; type: string } }).error).toMatchObject({
      code: "rate_limited",
      type: "rate_limit_error",
    });
    const broken = await gw({ failEvery: 1, failStatus: 500 });
    const b = await broken.chat({});
    expect(b.status).toBe(500);
    expect(((await b.json()) as { error: { code: string } }).error.code).toBe("upstream_error");
  });

  it("fails a reproducible share of calls for a given seed", async () => {
    const config: MockProviderConfig = { failRate: 0.3, seed: 42 };
    const first = await statuses(await gw(config), 200);
    const second = await statuses(await gw(config), 200);
    expect(second).toEqual(first);
    const failures = first.filter((s) => s === 503).length;
    expect(failures).toBeGreaterThan(30);
    expect(failures).toBeLessThan(90);
    const other = await statuses(await gw({ ...config, seed: 7 }), 200);
    expect(other).not.toEqual(first);
    expect((await statuses(await gw({ failRate: 0 }), 50)).every((s) => s === 200)).toBe(true);
    expect((await statuses(await gw({ failRate: 1 }), 20)).every((s) => s === 503)).toBe(true);
  });

  it("fails streamed requests before the stream starts", async () => {
    const g = await gw({ failEvery: 1 });
    const res = await g.chat({ stream: true });
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("application/json");
  });
});

describe("latency and pacing", () => {
  it("waits latencyMs before answering", async () => {
    const g = await gw({ latencyMs: 150 });
    const start = performance.now();
    const res = await g.chat({});
    await res.json();
    expect(performance.now() - start).toBeGreaterThanOrEqual(140);
    const fast = await gw();
    const t = performance.now();
    await (await fast.chat({})).json();
    expect(performance.now() - t).toBeLessThan(100);
  });

  it("waits chunkDelayMs between chunks", async () => {
    const g = await gw({ reply: "a b c d", chunkDelayMs: 40 });
    // From the request: the gateway answers once the first content chunk is in, not at the role chunk.
    const start = performance.now();
    const res = await g.chat({ stream: true });
    const reader = res.body!.getReader();
    const arrivals: number[] = [];
    for (;;) {
      const { done } = await reader.read();
      if (done) break;
      arrivals.push(performance.now() - start);
    }
    // role + 4 words + stop + [DONE]: 5 gaps of 40 ms between the 6 chunks.
    expect(arrivals.length).toBeGreaterThanOrEqual(6);
    expect(arrivals.at(-1)!).toBeGreaterThanOrEqual(5 * 40 - 10);
  });
});

describe("abort", () => {
  it("stops waiting as soon as the client goes away", async () => {
    const g = await gw({ latencyMs: 5_000 });
    const controller = new AbortController();
    const start = performance.now();
    setTimeout(() => controller.abort(), 50);
    const res = await g.chat({}, { signal: controller.signal });
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(res.status).toBe(499);
    await g.gateway.drain();
    expect(g.records[0]!.outcome).toBe("client_closed");
  });

  it("ends the latency wait when the node times out", async () => {
    const g = await gw({ latencyMs: 5_000 }, { timeoutMs: 50 });
    const start = performance.now();
    const res = await g.chat({});
    expect(res.status).toBe(504);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("plugin_timeout");
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it("stops a paced stream when the client cancels, with usage for what was sent", async () => {
    const g = await gw({ reply: "one two three four five six", chunkDelayMs: 30 });
    const res = await g.chat({ stream: true });
    const reader = res.body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    await g.gateway.drain();
    const record = g.records[0]!;
    expect(record.outcome).toBe("client_closed");
    // Only the role chunk and "one " went out.
    expect(record.annotations.usage?.completion_tokens).toBe(1);
  });
});

describe("cut streams", () => {
  it("cuts the stream with an error event after cutStreamAfter chunks", async () => {
    const g = await gw({ reply: "a b c d e f", cutStreamAfter: 3 });
    const events = await readSse(await g.chat({ stream: true }));
    expect(events.some((e) => e.done)).toBe(false);
    const data = payloads<ChatCompletionChunk | { error: { code: string; message: string } }>(events);
    expect(data).toHaveLength(4);
    expect(data.slice(0, 3).every((d) => "object" in d && d.object === "chat.completion.chunk")).toBe(true);
    expect(data[3]).toEqual({
      error: {
        message: "Mock stream cut after 3 chunks.",
        type: "server_error",
        code: "upstream_error",
        param: null,
      },
    });
    await g.gateway.drain();
    expect(g.records[0]!.outcome).toBe("stream_error");
    expect(g.records[0]!.annotations.usage?.completion_tokens).toBe(1);
  });
});

describe("determinism", () => {
  const withoutCreated = (body: unknown) => ({ ...(body as Record<string, unknown>), created: 0 });

  it("answers the same request with the same body, apart from created", async () => {
    const a = await gw();
    const b = await gw();
    const request = { messages: [{ role: "user", content: "What is 2 + 2?" }], temperature: 0.7 };
    const one = (await (await a.chat(request)).json()) as ChatCompletion;
    await new Promise((r) => setTimeout(r, 1_100));
    const two = (await (await b.chat(request)).json()) as ChatCompletion;
    expect(two.created).toBeGreaterThan(one.created);
    expect(withoutCreated(two)).toEqual(withoutCreated(one));
    const other = (await (
      await a.chat({ messages: [{ role: "user", content: "What is 3 + 3?" }] })
    ).json()) as ChatCompletion;
    expect(other.id).not.toBe(one.id);
    expect(other.choices[0]!.message.content).toBe("Mock reply to: What is 3 + 3?");
  });

  it("answers byte-identical bodies and streams under a fixed clock", async () => {
    const clock = frozenClock(1_700_000_000_000);
    const a = await gw({}, { clock });
    const b = await gw({ latencyMs: 5 }, { clock });
    const request = {
      messages: [{ role: "user", content: "Stream me" }],
      stream: true,
      stream_options: { include_usage: true },
    };
    expect(await (await a.chat(request)).text()).toBe(await (await b.chat(request)).text());
    const embed = { model: "m", input: ["a", "b"] };
    const e1 = (await (await a.post("/v1/embeddings", embed)).json()) as EmbeddingResponse;
    const e2 = (await (await b.post("/v1/embeddings", embed)).json()) as EmbeddingResponse;
    expect(e2).toEqual(e1);
  });

  it("gives a streamed answer the same id as the JSON answer", async () => {
    const g = await gw();
    const json = (await (await g.chat({})).json()) as ChatCompletion;
    const chunks = payloads<ChatCompletionChunk>(await readSse(await g.chat({ stream: true })));
    expect(chunks[0]!.id).toBe(json.id);
  });
});

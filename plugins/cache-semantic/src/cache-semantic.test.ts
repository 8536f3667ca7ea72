/**
 * The semantic cache through a real engine: the embedding request goes through the engine's
 * `uses` to the hashed-embedding provider, a close paraphrase is answered from the cache with
 * the model never called, and each context (system prompt, parameters, caller) is its own.
 */
import { randomUUID } from "node:crypto";
import { redisStores } from "@aigw/engine";
import { manualClock } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import { cacheGateway, contentOf, gatewayStarter, QUESTION, REWORDED } from "./testing/gateway.js";
import { redisDelete } from "./testing/redis.js";

const start = gatewayStarter();

describe("hits and misses", () => {
  test("a miss stores the answer; a close rewording is answered from it without the model", async () => {
    const t = await start();
    const first = await t.chat(QUESTION);
    expect(first.status).toBe(200);
    expect(first.headers.get("x-aigw-cache")).toBe("miss");
    const answer = await contentOf(first);
    const missRecord = await t.lastRecord();
    expect(missRecord.cache).toMatchObject({
      status: "miss",
      kind: "semantic",
      node: "semantic",
      stored: true,
    });

    const second = await t.chat(REWORDED);
    expect(second.status).toBe(200);
    expect(second.headers.get("x-aigw-cache")).toBe("hit");
    expect(await contentOf(second)).toBe(answer);
    expect(t.model.calls).toBe(1);
    const hit = await t.lastRecord();
    expect(hit.outcome).toBe("ended_early");
    expect(hit.endedBy).toBe("semantic");
    expect(hit.attempts).toEqual([]);
    expect(hit.cache).toMatchObject({ status: "hit", kind: "semantic", savedTokens: 15 });
    expect(hit.cache!.similarity).toBeGreaterThan(0.845);
    expect(Number(second.headers.get("x-aigw-cache-similarity"))).toBeCloseTo(hit.cache!.similarity!, 3);
    // The embedding calls went to the embedder node, outside the route.
    expect(t.embedder.inputs).toEqual([QUESTION, REWORDED]);
  });

  test("a different question is a miss, and the model answers it", async () => {
    const t = await start();
    await t.chat(QUESTION);
    const other = await t.chat("How many legs does a spider have?");
    expect(other.headers.get("x-aigw-cache")).toBe("miss");
    expect(await contentOf(other)).toContain("spider");
    expect(t.model.calls).toBe(2);
  });

  test("the threshold decides: at 1 only the same text hits", async () => {
    const t = await start({ cache: { threshold: 0.9999 } });
    await t.chat(QUESTION);
    expect((await t.chat(REWORDED)).headers.get("x-aigw-cache")).toBe("miss");
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("hit");
  });

  test("base64 vectors are read as floats are", async () => {
    const t = await start({ cache: { encodingFormat: "base64" } });
    await t.chat(QUESTION);
    expect((await t.chat(REWORDED)).headers.get("x-aigw-cache")).toBe("hit");
  });

  test("legacy completions are cached on their prompt", async () => {
    const t = await start();
    const body = { model: "gpt-test-instruct", prompt: QUESTION };
    await t.post("/v1/completions", body);
    const again = await t.post("/v1/completions", { ...body, prompt: REWORDED });
    expect(again.headers.get("x-aigw-cache")).toBe("hit");
    expect(((await again.json()) as { choices: { text: string }[] }).choices[0]!.text).toBe(
      `answer to: ${QUESTION}`,
    );
    expect(t.model.calls).toBe(1);
  });

  test("an entry expires ttlSeconds after it was stored", async () => {
    const clock = manualClock();
    const t = await start({ cache: { ttlSeconds: 60 }, services: { clock } });
    await t.chat(QUESTION);
    clock.advance(59_000);
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("hit");
    clock.advance(2_000);
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("miss");
    expect(t.model.calls).toBe(2);
  });
});

describe("partitions: a hit never crosses a context", () => {
  test("another system prompt, temperature, or tool set is a miss", async () => {
    const t = await start();
    const system = { role: "system", content: "Answer in French." };
    const ask = (extra: Record<string, unknown>, messages = [{ role: "user", content: QUESTION }]) =>
      t.post("/v1/chat/completions", { model: "gpt-test", messages, ...extra });
    await ask({});
    expect((await ask({}, [system, { role: "user", content: QUESTION }])).headers.get("x-aigw-cache")).toBe(
      "miss",
    );
    expect((await ask({ temperature: 0.2 })).headers.get("x-aigw-cache")).toBe("miss");
    const tools = [{ type: "function", function: { name: "lookup", parameters: { type: "object" } } }];
    expect((await ask({ tools })).headers.get("x-aigw-cache")).toBe("miss");
    expect((await ask({ model: "gpt-other" })).headers.get("x-aigw-cache")).toBe("miss");
    // ...while what does not shape the answer does not split it.
    expect((await ask({ user: "someone", temperature: null })).headers.get("x-aigw-cache")).toBe("hit");
    expect(t.model.calls).toBe(5);
  });

  test("partition: key keeps each key's answers apart; a request with no caller is not cached", async () => {
    const t = await start({ cache: { partition: "key" } });
    await t.chat(QUESTION, {}, { "x-test-key": "k1" });
    expect((await t.chat(QUESTION, {}, { "x-test-key": "k2" })).headers.get("x-aigw-cache")).toBe("miss");
    expect((await t.chat(QUESTION, {}, { "x-test-key": "k1" })).headers.get("x-aigw-cache")).toBe("hit");
    const anonymous = await t.chat(QUESTION);
    expect(anonymous.headers.get("x-aigw-cache")).toBe("bypass");
    const record = await t.lastRecord();
    expect(record.cache).toMatchObject({ status: "bypass", kind: "semantic" });
    expect(record.tags.cacheBypass).toContain("no caller");
  });

  test("partition: team shares within a team only", async () => {
    const t = await start({ cache: { partition: "team" } });
    await t.chat(QUESTION, {}, { "x-test-key": "k1", "x-test-team": "red" });
    expect(
      (await t.chat(QUESTION, {}, { "x-test-key": "k2", "x-test-team": "red" })).headers.get("x-aigw-cache"),
    ).toBe("hit");
    expect(
      (await t.chat(QUESTION, {}, { "x-test-key": "k3", "x-test-team": "blue" })).headers.get("x-aigw-cache"),
    ).toBe("miss");
  });

  test("turns: last-user ignores earlier turns; all does not", async () => {
    const history = (topic: string) => [
      { role: "user", content: `Tell me about ${topic}.` },
      { role: "assistant", content: `Here is something about ${topic}.` },
      { role: "user", content: "And its population?" },
    ];
    const last = await start();
    await last.post("/v1/chat/completions", { model: "gpt-test", messages: history("France") });
    const followUp = await last.post("/v1/chat/completions", {
      model: "gpt-test",
      messages: history("Japan"),
    });
    expect(followUp.headers.get("x-aigw-cache")).toBe("hit");

    const all = await start({ cache: { turns: "all" } });
    await all.post("/v1/chat/completions", { model: "gpt-test", messages: history("France") });
    const other = await all.post("/v1/chat/completions", { model: "gpt-test", messages: history("Japan") });
    expect(other.headers.get("x-aigw-cache")).toBe("miss");
    const same = await all.post("/v1/chat/completions", { model: "gpt-test", messages: history("France") });
    expect(same.headers.get("x-aigw-cache")).toBe("hit");
  });
});

describe("what is never stored or served", () => {
  test.each([
    ["refusal", "a refusal"],
    ["content_filter", "a content_filter stop"],
  ] as const)("%s: %s is passed on and not stored", async (mode, _what) => {
    const t = await start();
    t.model.mode = mode;
    expect((await t.chat(QUESTION)).status).toBe(200);
    expect((await t.lastRecord()).cache).toMatchObject({ status: "miss", stored: false });
    t.model.mode = "quote";
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("miss");
    expect(t.model.calls).toBe(2);
  });

  test("an upstream error is the client's error and is not stored", async () => {
    const t = await start();
    t.model.mode = "error";
    expect((await t.chat(QUESTION)).status).toBe(502);
    t.model.mode = "quote";
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("miss");
  });

  test("images and a last turn that is not the user's pass uncached, as a bypass", async () => {
    const t = await start();
    await t.chat(QUESTION);
    const image = [
      { type: "text", text: QUESTION },
      { type: "image_url", image_url: { url: "https://example.com/a.png" } },
    ];
    expect(
      (await t.chat("", { messages: [{ role: "user", content: image }] })).headers.get("x-aigw-cache"),
    ).toBe("bypass");
    expect((await t.lastRecord()).cache).toMatchObject({ status: "bypass", kind: "semantic" });
    expect((await t.lastRecord()).tags.cacheBypass).toContain("non-text");
    const toolTurn = [
      { role: "user", content: QUESTION },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "c1", type: "function", function: { name: "f", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "c1", content: "Paris" },
    ];
    await t.chat("", { messages: toolTurn });
    expect((await t.lastRecord()).tags.cacheBypass).toBe("the last message is not the user's");
    expect(t.embedder.calls).toBe(1);
  });

  test("text longer than maxChars is not embedded", async () => {
    const t = await start({ cache: { maxChars: 10 } });
    await t.chat(QUESTION);
    expect((await t.lastRecord()).cache).toMatchObject({ status: "bypass" });
    expect(t.embedder.calls).toBe(0);
  });

  test("other endpoints pass untouched", async () => {
    const t = await start();
    const response = await t.post("/v1/embeddings", { model: "hashed", input: "hello" });
    expect(response.status).toBe(200);
    expect((await t.lastRecord()).cache).toBeUndefined();
  });
});

describe("failures are misses", () => {
  test("the embedding node down: every request goes to the model, logged once, and its return is logged", async () => {
    const t = await start();
    t.embedder.failing = true;
    for (let i = 0; i < 3; i++) {
      const response = await t.chat(QUESTION);
      expect(response.status).toBe(200);
      expect(response.headers.get("x-aigw-cache")).toBe("miss");
    }
    expect((await t.lastRecord()).cache).toMatchObject({ status: "miss", stored: false });
    expect(t.model.calls).toBe(3);
    expect(t.logs.warn.filter((line) => line.includes('embedding node "embedder" failed'))).toHaveLength(1);
    t.embedder.failing = false;
    await t.chat(QUESTION);
    expect(t.logs.info.filter((line) => line.includes("is back"))).toHaveLength(1);
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("hit");
  });

  test("a slow embedding node: a miss after embeddingTimeoutMs, the model answers", async () => {
    const t = await start({ cache: { embeddingTimeoutMs: 50 } });
    t.embedder.delayMs = 1_000;
    const began = Date.now();
    const response = await t.chat(QUESTION);
    expect(response.status).toBe(200);
    expect(Date.now() - began).toBeLessThan(900);
    expect(t.model.calls).toBe(1);
    expect(t.logs.warn.some((line) => line.includes("failed"))).toBe(true);
  });
});

describe("index: shared", () => {
  test("on Redis, a miss is published and a rewording hits; closing the gateway stops the sync", async () => {
    const id = `semantic${randomUUID().replace(/-/g, "")}`;
    const t = await start({
      id,
      cache: { index: "shared", syncIntervalMs: 20, ttlSeconds: 60, storeTimeoutMs: 5_000 },
      stores: { type: "redis", url: "redis://127.0.0.1:6379" },
    });
    const stores = await redisStores("redis://127.0.0.1:6379");
    try {
      await t.chat(QUESTION);
      const store = stores.open(`cache-semantic:${id}`);
      // The answer is written, then its vector published to its slot for every other instance
      // (both in the background).
      let slot = await store.get("slot:1");
      for (let i = 0; i < 1_000 && slot === undefined; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        slot = await store.get("slot:1");
      }
      expect(await store.increment("seq", 0)).toBe(1);
      expect(slot).toMatchObject({ seq: 1, partition: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect((await t.chat(REWORDED)).headers.get("x-aigw-cache")).toBe("hit");
      await store.delete("slot:1");
    } finally {
      await stores.close();
      await t.close();
      await redisDelete(`aigw:counter:cache-semantic:${id}:seq`, `aigw:counter:cache-semantic:${id}:ring`);
    }
  });
});

describe("boot", () => {
  test("the embedding node must be in uses", async () => {
    await expect(cacheGateway({ uses: ["llm"] })).rejects.toThrow(/not in this node's uses/);
  });

  test("index: shared needs a shared store", async () => {
    await expect(cacheGateway({ cache: { index: "shared" } })).rejects.toThrow(/stores: \{ type: redis \}/);
  });

  test("a bad config is refused with the field named", async () => {
    await expect(cacheGateway({ cache: { threshold: 2 } })).rejects.toThrow(/threshold/);
  });
});

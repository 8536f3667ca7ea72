/**
 * The exact cache's conformance suite, end to end through a real gateway: hits and misses,
 * the key's indifference to key order, whitespace and delivery fields, streams stored and
 * replayed chunk for chunk, stream and JSON answering each other, what is never stored, the
 * caller's headers, TTL rules, partitions, bounds, and the record. Run once per store (memory,
 * Redis) by the test files next to it.
 */
import type { JsonObject, JsonValue, Principal } from "@aigw/plugin-api";
import { manualClock } from "@aigw/testkit";
import { afterEach, describe, expect, test } from "vitest";
import type { ExactCacheConfig } from "./config.gen.js";
import {
  type CacheGateway,
  cacheGateway,
  type HarnessOptions,
  PATHS,
  type Reply,
} from "./testing/harness.js";

/** How to run the gateways of this suite: their store, and a reader of it. */
export type CacheSubject = Pick<HarnessOptions, "stores" | "peek"> & { name: string };

const chat = (content: string, extra: JsonObject = {}): JsonObject => ({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content }],
  ...extra,
});

const streamed = (content: string, extra: JsonObject = {}) => chat(content, { stream: true, ...extra });

/** The text of a JSON chat answer. */
function contentOf(reply: Reply): unknown {
  const body = reply.json as { choices?: { message?: { content?: unknown } }[] };
  return body?.choices?.[0]?.message?.content;
}

/** The text a streamed chat answer adds up to. */
function streamedContent(reply: Reply): string {
  let text = "";
  for (const event of reply.events ?? []) {
    const chunk = JSON.parse(event) as { choices?: { delta?: { content?: string } }[] };
    text += chunk.choices?.[0]?.delta?.content ?? "";
  }
  return text;
}

export function describeExactCache(subject: CacheSubject): void {
  describe(`cache-exact over ${subject.name}`, () => {
    const open: CacheGateway[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((g) => g.close()));
    });

    async function gateway(
      config: ExactCacheConfig = {},
      options: HarnessOptions = {},
    ): Promise<CacheGateway> {
      const g = await cacheGateway(config, { stores: subject.stores, peek: subject.peek, ...options });
      open.push(g);
      return g;
    }

    test("a repeated request is answered from the cache: no upstream call, the same answer, hit in the header and the record with what it saved", async () => {
      const g = await gateway();
      const first = await g.post(chat("hello"));
      expect(first.status).toBe(200);
      expect(first.headers.get("x-aigw-cache")).toBe("miss");
      await g.stored(chat("hello"));
      const second = await g.post(chat("hello"));
      expect(second.status).toBe(200);
      expect(second.headers.get("x-aigw-cache")).toBe("hit");
      expect(second.headers.get("age")).toMatch(/^\d+$/);
      expect(second.json).toEqual(first.json);
      expect(g.upstream.calls).toBe(1);
      const [miss, hit] = await g.settledRecords();
      expect(miss!.cache).toEqual({ status: "miss", kind: "exact", node: g.node, stored: true });
      expect(miss!.tokens).toMatchObject({ prompt: 10, completion: 20, total: 30 });
      expect(hit!.cache).toMatchObject({ status: "hit", kind: "exact", node: g.node, savedTokens: 30 });
      expect(hit!.cache!.savedUsd).toBeCloseTo((10 * 0.15 + 20 * 0.6) / 1e6, 12);
      expect(hit!.cost?.totalUsd).toBe(0);
      expect(hit!.tokens).toBeUndefined();
      expect(hit!.attempts).toEqual([]);
      expect(hit!).toMatchObject({
        provider: "openai",
        modelServed: "gpt-4o-mini",
        servedBy: g.node,
        status: 200,
      });
    });

    test("key order, whitespace and delivery fields do not change the key; any answer-changing field does", async () => {
      const g = await gateway();
      await g.post(chat("order", { temperature: 0.3, max_tokens: 50 }));
      await g.stored(chat("order", { temperature: 0.3, max_tokens: 50 }));
      const reordered = `{ "max_tokens" : 50,\n  "messages": [ {"content":"order",  "role":"user"} ],\r\n\t"temperature":0.3, "model":"gpt-4o-mini",
        "user": "someone", "metadata": {"a": "b"}, "store": true, "service_tier": "auto", "safety_identifier": "x", "prompt_cache_key": "y" }`;
      expect((await g.post(reordered)).headers.get("x-aigw-cache")).toBe("hit");
      expect(g.upstream.calls).toBe(1);
      for (const changed of [
        chat("order", { temperature: 0.4, max_tokens: 50 }),
        chat("order", { temperature: 0.3, max_tokens: 51 }),
        chat("order", { temperature: 0.3, max_tokens: 50, seed: 1 }),
        chat("Order", { temperature: 0.3, max_tokens: 50 }),
        { ...chat("order", { temperature: 0.3, max_tokens: 50 }), model: "gpt-4o" },
      ]) {
        expect((await g.post(changed)).headers.get("x-aigw-cache")).toBe("miss");
      }
      expect(g.upstream.calls).toBe(6);
    });

    test("a stream is stored once complete and replayed chunk for chunk", async () => {
      const g = await gateway();
      const first = await g.post(streamed("tell me", { stream_options: { include_usage: true } }));
      expect(first.headers.get("x-aigw-cache")).toBe("miss");
      expect(first.done).toBe(true);
      await g.stored(streamed("tell me"));
      const second = await g.post(streamed("tell me", { stream_options: { include_usage: true } }));
      expect(second.headers.get("x-aigw-cache")).toBe("hit");
      expect(second.done).toBe(true);
      expect(second.events).toEqual(first.events);
      expect(g.upstream.calls).toBe(1);
      const records = await g.settledRecords();
      expect(records[0]!.cache).toMatchObject({ status: "miss", stored: true });
      expect(records[1]!.cache).toMatchObject({ status: "hit", savedTokens: 30 });
      expect(records[1]!.stream).toBe(true);
    });

    test("a JSON answer answers a streamed request, and a stored stream a JSON request", async () => {
      const g = await gateway();
      const json = await g.post(chat("json first"));
      await g.stored(chat("json first"));
      const asStream = await g.post(streamed("json first"));
      expect(asStream.headers.get("x-aigw-cache")).toBe("hit");
      expect(asStream.done).toBe(true);
      expect(streamedContent(asStream)).toBe(contentOf(json));

      const stream = await g.post(streamed("stream first"));
      await g.stored(chat("stream first"));
      const asJson = await g.post(chat("stream first"));
      expect(asJson.headers.get("x-aigw-cache")).toBe("hit");
      expect(contentOf(asJson)).toBe(streamedContent(stream));
      expect(asJson.json).toMatchObject({ object: "chat.completion", usage: { total_tokens: 30 } });
      expect(g.upstream.calls).toBe(2);
    });

    test("errors, refusals, filtered answers, answers a check denied and broken streams are never stored", async () => {
      const g = await gateway({}, { guard: true });
      const cases: [JsonObject, number][] = [
        [chat("error"), 500],
        [chat("refuse"), 200],
        [chat("filter"), 200],
        [chat("this is forbidden"), 422],
        [streamed("refuse"), 200],
        [streamed("filter"), 200],
        [streamed("break"), 200],
        [streamed("forbidden too"), 200],
      ];
      for (const [body, status] of cases) {
        for (let i = 0; i < 2; i++) {
          const reply = await g.post(body);
          expect(reply.status, JSON.stringify(body)).toBe(status);
          if (reply.events)
            expect(reply.done, JSON.stringify(body)).toBe(!/break|forbidden/.test(JSON.stringify(body)));
        }
      }
      expect(g.upstream.calls).toBe(cases.length * 2);
      const records = await g.settledRecords();
      for (const record of records) expect(record.cache?.stored ?? false).toBe(false);
    });

    test("headers: refresh asks upstream and stores, no-store does not store, bypass skips the cache", async () => {
      const g = await gateway();
      await g.post(chat("h"));
      await g.stored(chat("h"));
      const refreshed = await g.post(chat("h"), { "x-aigw-cache": "refresh" });
      expect(refreshed.headers.get("x-aigw-cache")).toBe("refresh");
      expect(contentOf(refreshed)).toBe("echo: h #2");
      const noCache = await g.post(chat("h"), { "cache-control": "no-cache" });
      expect(noCache.headers.get("x-aigw-cache")).toBe("refresh");
      await g.stored(chat("h"), { containing: "#3" });
      expect(contentOf(await g.post(chat("h")))).toBe("echo: h #3");
      expect(g.upstream.calls).toBe(3);

      const notStored = await g.post(chat("n"), { "x-aigw-cache": "no-store" });
      expect(notStored.headers.get("x-aigw-cache")).toBe("miss");
      expect((await g.post(chat("n"), { "cache-control": "no-store" })).headers.get("x-aigw-cache")).toBe(
        "miss",
      );
      expect(g.upstream.calls).toBe(5);

      const bypassed = await g.post(chat("h"), { "x-aigw-cache": "bypass" });
      expect(bypassed.headers.get("x-aigw-cache")).toBe("bypass");
      expect(g.upstream.calls).toBe(6);

      const bad = await g.post(chat("h"), { "x-aigw-cache": "sometimes" });
      expect(bad.status).toBe(400);
      expect(bad.json).toMatchObject({ error: { type: "invalid_request_error", param: "x-aigw-cache" } });
      expect(g.upstream.calls).toBe(6);
      const records = await g.settledRecords();
      expect(records.map((r) => r.cache?.status)).toEqual([
        "miss",
        "refresh",
        "refresh",
        "hit",
        "miss",
        "miss",
        "bypass",
        undefined,
      ]);
      expect(records[4]!.cache!.stored).toBe(false);
    });

    test("max-age: only an entry young enough answers", async () => {
      const clock = manualClock();
      const g = await gateway({}, { clock });
      await g.post(chat("aged"));
      await g.stored(chat("aged"));
      clock.advance(10_000);
      const young = await g.post(chat("aged"), { "cache-control": "max-age=20" });
      expect(young.headers.get("x-aigw-cache")).toBe("hit");
      expect(young.headers.get("age")).toBe("10");
      const tooOld = await g.post(chat("aged"), { "cache-control": "max-age=5" });
      expect(tooOld.headers.get("x-aigw-cache")).toBe("miss");
      expect(g.upstream.calls).toBe(2);
    });

    test("TTL rules: the first matching rule sets the TTL, 0 is not cached, others get the default", async () => {
      const clock = manualClock();
      const g = await gateway(
        {
          ttlSeconds: 100,
          rules: [
            { when: { field: "model", eq: "never" }, ttlSeconds: 0 },
            { when: { field: "body.temperature", gt: 0.5 }, ttlSeconds: 10 },
            { when: { field: "body.temperature", gt: 0.1 }, ttlSeconds: 1000 },
          ],
        },
        { clock },
      );
      const hot = chat("t", { temperature: 0.9 });
      const plain = chat("t");
      await g.post(hot);
      await g.post(plain);
      await g.stored(hot);
      await g.stored(plain);
      clock.advance(9_000);
      expect((await g.post(hot)).headers.get("x-aigw-cache")).toBe("hit");
      clock.advance(2_000);
      expect((await g.post(hot)).headers.get("x-aigw-cache")).toBe("miss");
      expect((await g.post(plain)).headers.get("x-aigw-cache")).toBe("hit");
      const never = { ...chat("t"), model: "never" };
      expect((await g.post(never)).headers.get("x-aigw-cache")).toBe("bypass");
      expect((await g.post(never)).headers.get("x-aigw-cache")).toBe("bypass");
      expect(g.upstream.calls).toBe(5);
    });

    test("partitions: by key, and by team (a key without a team is its own partition)", async () => {
      const byKey = await gateway({ partition: "key" });
      await byKey.post(chat("p"), { "x-key": "k1" });
      await byKey.stored(chat("p"), { principal: { keyId: "k1" } });
      expect((await byKey.post(chat("p"), { "x-key": "k2" })).headers.get("x-aigw-cache")).toBe("miss");
      expect((await byKey.post(chat("p"), { "x-key": "k1" })).headers.get("x-aigw-cache")).toBe("hit");
      expect((await byKey.post(chat("p"))).headers.get("x-aigw-cache")).toBe("miss");

      const byTeam = await gateway({ partition: "team" });
      const team: Principal = { keyId: "k1", team: "red" };
      await byTeam.post(chat("p"), { "x-key": "k1", "x-team": "red" });
      await byTeam.stored(chat("p"), { principal: team });
      expect(
        (await byTeam.post(chat("p"), { "x-key": "k2", "x-team": "red" })).headers.get("x-aigw-cache"),
      ).toBe("hit");
      expect(
        (await byTeam.post(chat("p"), { "x-key": "k3", "x-team": "blue" })).headers.get("x-aigw-cache"),
      ).toBe("miss");
      expect((await byTeam.post(chat("p"), { "x-key": "k1" })).headers.get("x-aigw-cache")).toBe("miss");
    });

    test("vary: a configured header goes into the key", async () => {
      const g = await gateway({ vary: ["header.x-tier"] });
      await g.post(chat("v"), { "x-tier": "gold" });
      await g.stored(chat("v"), { headers: { "x-tier": "gold" } });
      expect((await g.post(chat("v"), { "x-tier": "silver" })).headers.get("x-aigw-cache")).toBe("miss");
      expect((await g.post(chat("v"), { "x-tier": "gold" })).headers.get("x-aigw-cache")).toBe("hit");
      expect(g.upstream.calls).toBe(2);
      const records = await g.settledRecords();
      expect(records.map((r) => r.cache?.stored)).toEqual([true, true, undefined]);
    });

    test("bounds: maxEntries keeps the latest answers", async () => {
      const g = await gateway({ maxEntries: 2 });
      for (const content of ["one", "two", "three"]) {
        await g.post(chat(content));
        await g.stored(chat(content));
      }
      expect((await g.post(chat("three"))).headers.get("x-aigw-cache")).toBe("hit");
      expect((await g.post(chat("two"))).headers.get("x-aigw-cache")).toBe("hit");
      expect((await g.post(chat("one"))).headers.get("x-aigw-cache")).toBe("miss");
    });

    test("bounds: an answer larger than maxEntryBytes is passed on and not stored", async () => {
      const g = await gateway({ maxEntryBytes: 256 });
      const big = chat("x".repeat(400));
      expect((await g.post(big)).status).toBe(200);
      expect((await g.post(big)).headers.get("x-aigw-cache")).toBe("miss");
      expect(g.upstream.calls).toBe(2);
      const records = await g.settledRecords();
      expect(records[0]!.cache!.stored).toBe(false);
    });

    test("endpoints: completions and embeddings by default; others pass untouched", async () => {
      const g = await gateway();
      const completion = { model: "gpt-4o-mini", prompt: "2+2=" };
      await g.post(completion, {}, PATHS.completions);
      await g.stored(completion, { endpoint: "completions" });
      expect((await g.post(completion, {}, PATHS.completions)).headers.get("x-aigw-cache")).toBe("hit");
      const asStream = await g.post({ ...completion, stream: true }, {}, PATHS.completions);
      expect(asStream.headers.get("x-aigw-cache")).toBe("hit");
      expect(
        asStream
          .events!.map((e) => (JSON.parse(e) as { choices: { text: string }[] }).choices[0]!.text)
          .join(""),
      ).toBe("echo: 2+2= #1");
      const embedding = { model: "text-embedding-3-small", input: "hi" };
      const first = await g.post(embedding, {}, PATHS.embeddings);
      await g.stored(embedding, { endpoint: "embeddings" });
      const again = await g.post(embedding, {}, PATHS.embeddings);
      expect(again.headers.get("x-aigw-cache")).toBe("hit");
      expect(again.json).toEqual(first.json);
      expect(g.upstream.calls).toBe(2);

      const only = await gateway({ endpoints: ["embeddings"] });
      const reply = await only.post(chat("untouched"));
      expect(reply.headers.get("x-aigw-cache")).toBeNull();
      expect((await only.settledRecords())[0]!.cache).toBeUndefined();
    });

    test("pace: a stored stream is replayed at the pace it arrived", async () => {
      const g = await gateway({ pace: true });
      await g.post(streamed("slow"));
      await g.stored(streamed("slow"));
      const started = performance.now();
      const paced = await g.post(streamed("slow"));
      expect(paced.headers.get("x-aigw-cache")).toBe("hit");
      // Three chunks after the first, each ~40 ms after the one before.
      expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    });

    test("a request that asks for usage the stored stream lacks gets it from the stored usage", async () => {
      const g = await gateway();
      await g.post(streamed("u"));
      await g.stored(streamed("u"));
      const reply = await g.post(streamed("u", { stream_options: { include_usage: true } }));
      expect(reply.headers.get("x-aigw-cache")).toBe("hit");
      expect(JSON.parse(reply.events!.at(-1)!) as JsonValue).toMatchObject({
        choices: [],
        usage: { total_tokens: 30 },
      });
    });
  });
}

/**
 * Two gateways in this process on the real Redis (127.0.0.1:6379), their cache nodes on one
 * store namespace (the same node id, unique to the run): an answer one gateway stored, JSON or
 * streamed, is a hit on the other once its index has synced, in either form, without its model.
 * And a Redis that goes away under a gateway: every request is answered as a miss, the outage is
 * logged once for the node (answers and index alike), its end once, and hits come back with it.
 */
import { randomUUID } from "node:crypto";
import { redisStores } from "@aigw/engine";
import type { StoreFactory } from "@aigw/plugin-api";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import {
  type CacheGateway,
  cacheGateway,
  contentOf,
  QUESTION,
  REWORDED,
  readStream,
} from "./testing/gateway.js";
import { type RedisProxy, redisDelete, redisProxy } from "./testing/redis.js";

const REDIS = "redis://127.0.0.1:6379";
const ids: string[] = [];
const open: CacheGateway[] = [];
let peek: StoreFactory | undefined;
let proxy: RedisProxy | undefined;

/** A node id unique to this run (its store namespace is `cache-semantic:<id>`). */
function nodeId(): string {
  const id = `semantic${randomUUID().replace(/-/g, "")}`;
  ids.push(id);
  return id;
}

async function start(id: string, url = REDIS, cache = {}): Promise<CacheGateway> {
  const t = await cacheGateway({
    id,
    // A deadline a busy test machine cannot miss, unless a test is about missing it.
    cache: { index: "shared", syncIntervalMs: 20, ttlSeconds: 60, storeTimeoutMs: 5_000, ...cache },
    stores: { type: "redis", url },
  });
  open.push(t);
  return t;
}

/** Waits until the node's shared index has published `count` entries to Redis. */
async function published(id: string, count: number): Promise<void> {
  peek ??= await redisStores(REDIS);
  const store = peek.open(`cache-semantic:${id}`);
  const deadline = Date.now() + 10_000;
  while ((await store.get(`slot:${count}`)) === undefined) {
    if (Date.now() > deadline) throw new Error(`entry ${count} was never published`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Asks `t` (without storing) until it answers from the cache: its index syncs in the background. */
async function untilHit(t: CacheGateway, content: string, extra = {}): Promise<Response> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const reply = await t.chat(content, extra, { "x-aigw-cache": "no-store" });
    if (reply.headers.get("x-aigw-cache") === "hit") return reply;
    await reply.text();
    if (Date.now() > deadline) throw new Error(`"${content}" never hit`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  // A gateway closes its Redis connection only once it can reach Redis.
  proxy?.restore();
  await Promise.all(open.splice(0).map((t) => t.close()));
});

afterAll(async () => {
  await proxy?.close();
  await peek?.close();
  for (const id of ids)
    await redisDelete(`aigw:counter:cache-semantic:${id}:seq`, `aigw:counter:cache-semantic:${id}:ring`);
});

describe("two gateways on one Redis", () => {
  test("an answer one stored, JSON or streamed, is a hit on the other in either form", async () => {
    const id = nodeId();
    const [a, b] = [await start(id), await start(id)];
    const first = await a.chat(QUESTION);
    expect(first.headers.get("x-aigw-cache")).toBe("miss");
    const answer = await contentOf(first);
    await published(id, 1);
    const hit = await untilHit(b, REWORDED);
    expect(await contentOf(hit)).toBe(answer);
    // While b's index was catching up its model answered (nothing stored); once it hit, never.
    const calls = b.model.calls;
    const asStream = await b.chat(REWORDED, { stream: true });
    expect(asStream.headers.get("x-aigw-cache")).toBe("hit");
    expect((await readStream(asStream)).content).toBe(answer);
    expect(b.model.calls).toBe(calls);

    const spider = "How many legs does a spider have?";
    const streamed = await readStream(await a.chat(spider, { stream: true }));
    expect(streamed.done).toBe(true);
    await published(id, 2);
    const streamHit = await untilHit(b, spider, { stream: true });
    expect((await readStream(streamHit)).events).toEqual(streamed.events);
    const callsThen = b.model.calls;
    const asJson = await b.chat(`${spider} Please.`);
    expect(asJson.headers.get("x-aigw-cache")).toBe("hit");
    expect(await contentOf(asJson)).toBe(streamed.content);

    expect(a.model.calls).toBe(2);
    expect(b.model.calls).toBe(callsThen);
    const record = await b.lastRecord();
    expect(record.cache).toMatchObject({ status: "hit", kind: "semantic", savedTokens: 15 });
  }, 30_000);
});

describe("a Redis that goes down", () => {
  test("is a miss, not an error: one warning for the node, one line when it is back", async () => {
    proxy = await redisProxy();
    const id = nodeId();
    const t = await start(id, proxy.url, { storeTimeoutMs: 1_000 });
    await t.chat(QUESTION);
    await published(id, 1);
    expect((await t.chat(QUESTION)).headers.get("x-aigw-cache")).toBe("hit");

    proxy.cut();
    for (let i = 0; i < 10; i++) {
      const reply = await t.chat(i % 2 === 0 ? QUESTION : `Question number ${i}?`);
      expect(reply.status).toBe(200);
      expect(reply.headers.get("x-aigw-cache")).toBe("miss");
      await reply.text();
    }
    expect(t.model.calls).toBe(11);
    expect(t.logs.warn).toEqual([
      "cache store unavailable: lookups are misses and answers are not stored until it answers again",
    ]);

    proxy.restore();
    // The client reconnects on its own schedule, and the store is tried again a second after
    // its last failure: ask until the stored answer is found again.
    const deadline = Date.now() + 20_000;
    let hit = false;
    while (!hit && Date.now() < deadline) {
      const reply = await t.chat(QUESTION);
      hit = reply.headers.get("x-aigw-cache") === "hit";
      await reply.text();
      if (!hit) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(hit).toBe(true);
    expect(t.logs.warn).toHaveLength(1);
    expect(t.logs.info.filter((line) => line === "cache store available again")).toHaveLength(1);
  }, 60_000);
});

// Redis going away under a running gateway: every request is still answered (from the upstream,
// as a miss), the outage is logged once, not per request, and its end once; once Redis is back,
// answers are stored and hit again. Redis is reached through a TCP proxy this test takes down and
// brings back, so the real server is never touched.
import { redisStores } from "@aigw/engine";
import { afterAll, describe, expect, test } from "vitest";
import { type CacheGateway, cacheGateway } from "./testing/harness.js";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy.js";

let proxy: TcpProxy | undefined;
let gateway: CacheGateway | undefined;

afterAll(async () => {
  await proxy?.up().catch(() => undefined);
  await gateway?.close();
  await proxy?.close();
});

const chat = (content: string) => ({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });

describe("a Redis store that goes down", () => {
  test("is a miss, not an error: every request answered, one log line down and one back up", async () => {
    proxy = await startTcpProxy(6379);
    const url = `redis://127.0.0.1:${proxy.port}`;
    gateway = await cacheGateway(
      { storeTimeoutMs: 250 },
      {
        stores: () => redisStores(url),
        peek: async (namespace) => {
          const stores = await redisStores("redis://127.0.0.1:6379");
          const store = stores.open(namespace);
          return { get: (key) => store.get(key), close: () => stores.close() };
        },
      },
    );
    const g = gateway;
    await g.post(chat("before"));
    await g.stored(chat("before"));
    expect((await g.post(chat("before"))).headers.get("x-aigw-cache")).toBe("hit");

    await proxy.down();
    const calls = g.upstream.calls;
    for (let i = 0; i < 20; i++) {
      const reply = await g.post(chat(i % 2 === 0 ? "before" : `during ${i}`));
      expect(reply.status).toBe(200);
      expect(reply.headers.get("x-aigw-cache")).toBe("miss");
    }
    expect(g.upstream.calls).toBe(calls + 20);
    const warnings = () => g.logs.filter((l) => l.level === "warn" || l.level === "error");
    expect(warnings().map((l) => l.message)).toEqual([
      "cache store unavailable: lookups are misses and answers are not stored until it answers again",
    ]);

    await proxy.up();
    // The client reconnects on its own schedule, and the cache tries the store again a second
    // after its last failure: ask until an answer is stored and found again.
    const deadline = Date.now() + 20_000;
    let hit = false;
    while (!hit && Date.now() < deadline) {
      await g.post(chat("after"));
      hit = (await g.post(chat("after"))).headers.get("x-aigw-cache") === "hit";
      if (!hit) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(hit).toBe(true);
    expect(warnings()).toHaveLength(1);
    expect(g.logs.filter((l) => l.message === "cache store available again")).toHaveLength(1);
  }, 60_000);
});

/**
 * Services are wired once per engine (child container), overridable by runtimes, and handed to
 * plugins; stores are namespaced per node, in memory or in the real Redis.
 */
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { memoryStores, redisStores } from "./stores.js";

describe("services", () => {
  test("overrides reach plugins, and each engine has its own container", async () => {
    let seen: { id: string; now: number } | undefined;
    const plugin = definePlugin({
      manifest: {
        name: "peek",
        kind: "provider",
        version: "1.0.0",
        engine: "^0.1.0",
        hooks: ["call"],
        services: ["clock", "ids"],
        configSchema: { type: "object" },
      },
      create: (_config, init) => ({
        call: async (ctx) => {
          seen = { id: ctx.requestId, now: init.services.clock.now() };
          return jsonResult("{}");
        },
      }),
    });
    const config = { pipeline: { nodes: [{ id: "p", plugin: "peek" }] } };
    const a = await createGateway({
      config,
      plugins: [plugin],
      services: {
        logger: silentLogger(),
        ids: { next: () => "fixed-id" },
        clock: { now: () => 42, monotonic: () => 0 },
      },
    });
    const b = await createGateway({ config, plugins: [plugin], services: { logger: silentLogger() } });
    const request = () =>
      new Request("http://gw/v1/embeddings", {
        method: "POST",
        body: JSON.stringify({ model: "m", input: "x" }),
      });
    const response = await a.fetch(request());
    expect(response.headers.get("x-request-id")).toBe("fixed-id");
    expect(seen).toEqual({ id: "fixed-id", now: 42 });
    await b.fetch(request());
    expect(seen!.id).not.toBe("fixed-id");
    expect(seen!.now).toBeGreaterThan(1_600_000_000_000);
  });

  for (const [name, open] of [
    ["memory", async () => memoryStores()],
    ["redis", async () => redisStores("redis://127.0.0.1:6379")],
  ] as const) {
    test(`${name} stores are namespaced, expire, and delete`, async () => {
      const stores = await open();
      const suffix = Math.random().toString(36).slice(2);
      const a = stores.open(`test:a-${suffix}`);
      const b = stores.open(`test:b-${suffix}`);
      await a.set("k", { v: 1 });
      await b.set("k", "other");
      expect(await a.get("k")).toEqual({ v: 1 });
      expect(await b.get("k")).toBe("other");
      await a.set("short", 1, 30);
      await new Promise((r) => setTimeout(r, 80));
      expect(await a.get("short")).toBeUndefined();
      expect(await a.delete("k")).toBe(true);
      expect(await a.get("k")).toBeUndefined();
      await stores.close();
    });
  }

  for (const [name, open] of [
    ["memory", async () => memoryStores()],
    ["redis", async () => redisStores("redis://127.0.0.1:6379")],
  ] as const) {
    test(`${name} counters add atomically under concurrency and expire from their first write`, async () => {
      const stores = await open();
      const store = stores.open(`test:counter-${Math.random().toString(36).slice(2)}`);
      const results = await Promise.all(Array.from({ length: 200 }, () => store.increment("hits", 1, 200)));
      expect(results.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      expect(await store.increment("hits", 0.5)).toBe(200.5);
      await new Promise((r) => setTimeout(r, 260));
      expect(await store.increment("hits", 1, 200)).toBe(1);
      await stores.close();
    });
  }

  test("two stores on the same Redis share data (as two gateway instances would)", async () => {
    const one = await redisStores("redis://127.0.0.1:6379");
    const two = await redisStores("redis://127.0.0.1:6379");
    const ns = `test:shared-${Math.random().toString(36).slice(2)}`;
    await one.open(ns).set("count", 7);
    expect(await two.open(ns).get("count")).toBe(7);
    await Promise.all([one.open(ns).increment("c", 2), two.open(ns).increment("c", 3)]);
    expect(await one.open(ns).increment("c", 0)).toBe(5);
    await Promise.all([one.close(), two.close()]);
  });
});

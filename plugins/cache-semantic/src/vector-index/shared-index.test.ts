/**
 * The shared index on the real Redis (127.0.0.1:6379, a unique namespace per run): two
 * instances, each with its own connection, as two gateways would be. What one adds, the other
 * finds after a sync; a slot overwritten in the ring evicts its old entry everywhere; a number
 * taken before its slot is written is picked up later; a Redis cut off leaves the local index
 * answering, logged once, and the instance catches up when it is back.
 */
import { randomUUID } from "node:crypto";
import { StoreHealth } from "@aigw/cache-kit";
import { redisStores } from "@aigw/engine";
import type { Logger, StoreFactory } from "@aigw/plugin-api";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { redisDelete, redisProxy } from "../testing/redis.js";
import { unitVector } from "../vector.js";
import { SharedIndex, type SharedIndexOptions } from "./shared-index.js";
import { slotJson } from "./slot-record.js";

const REDIS = "redis://127.0.0.1:6379";
const RUN = `cache-semantic-test:${randomUUID()}`;
const v = (...values: number[]) => unitVector(values);

const factories: StoreFactory[] = [];
const namespaces: string[] = [];
const indexes: SharedIndex[] = [];

/** A fresh namespace, as one cache node of one gateway config would have. */
function namespace(): string {
  const ns = `${RUN}:${namespaces.length}`;
  namespaces.push(ns);
  return ns;
}

/** A logger keeping warn and info lines. */
function lines() {
  const warn: string[] = [];
  const info: string[] = [];
  const logger: Logger = {
    debug: () => {},
    info: (_f, m) => void info.push(m ?? ""),
    warn: (_f, m) => void warn.push(m ?? ""),
    error: (_f, m) => void warn.push(m ?? ""),
    child: () => logger,
  };
  return { warn, info, logger };
}

/** The real clock. */
const clock = { now: Date.now, monotonic: () => performance.now() };

/** A store health as a node has, with a short pause after a failure (the tests wait it out). */
function health(logger: Logger, timeoutMs = 1_000): StoreHealth {
  return new StoreHealth(logger, clock, timeoutMs, 100);
}

/** An index on its own connection to `url` (a gateway instance), synced by hand. */
async function instance(
  ns: string,
  options: Partial<SharedIndexOptions> & { storeTimeoutMs?: number } = {},
  url = REDIS,
) {
  const stores = await redisStores(url);
  factories.push(stores);
  const store = stores.open(ns);
  const log = lines();
  const { storeTimeoutMs, ...rest } = options;
  const index = new SharedIndex({
    store,
    maxEntries: 100,
    ttlMs: 60_000,
    syncIntervalMs: 250,
    now: Date.now,
    health: health(log.logger, storeTimeoutMs),
    autoSync: false,
    ...rest,
  });
  indexes.push(index);
  return { index, store, log };
}

beforeAll(async () => {
  // Fail fast and clearly when the test Redis is not there.
  const probe = await redisStores(REDIS);
  await probe.close();
});

afterAll(async () => {
  await Promise.all(indexes.map((index) => index.close()));
  for (const ns of namespaces) {
    const stores = await redisStores(REDIS);
    const store = stores.open(ns);
    await Promise.all(Array.from({ length: 100 }, (_, slot) => store.delete(`slot:${slot}`)));
    await stores.close();
    await redisDelete(`aigw:counter:${ns}:seq`);
  }
  await Promise.all(factories.map((f) => f.close()));
});

describe("two instances on one Redis", () => {
  test("an entry added by one is found by the other after a sync", async () => {
    const ns = namespace();
    const a = await instance(ns);
    const b = await instance(ns);
    await a.index.add("p", v(1, 2, 3), "entry-1");
    expect(await b.index.search("p", v(1, 2, 3), 0.99)).toBeUndefined();
    await b.index.sync();
    const found = await b.index.search("p", v(1, 2, 3), 0.99);
    expect(found?.entryId).toBe("entry-1");
    expect(found?.similarity).toBeCloseTo(1, 5);
    // The partition travels with it.
    expect(await b.index.search("q", v(1, 2, 3), 0)).toBeUndefined();
    // And the other way round.
    await b.index.add("p", v(-1, 0, 0), "entry-2");
    await a.index.sync();
    expect((await a.index.search("p", v(-1, 0, 0), 0.99))?.entryId).toBe("entry-2");
    expect(a.log.warn).toEqual([]);
  });

  test("the ring is bounded: a slot written again evicts its old entry on every instance", async () => {
    const ns = namespace();
    const a = await instance(ns, { maxEntries: 2 });
    const b = await instance(ns, { maxEntries: 2 });
    await a.index.add("p", v(1, 0, 0), "one");
    await b.index.sync();
    expect((await b.index.search("p", v(1, 0, 0), 0.99))?.entryId).toBe("one");
    await a.index.add("p", v(0, 1, 0), "two");
    await a.index.add("p", v(0, 0, 1), "three"); // sequence 3: slot 1 again, where "one" was
    await b.index.sync();
    expect(await b.index.search("p", v(1, 0, 0), 0.99)).toBeUndefined();
    expect((await b.index.search("p", v(0, 1, 0), 0.99))?.entryId).toBe("two");
    expect((await b.index.search("p", v(0, 0, 1), 0.99))?.entryId).toBe("three");
    expect(b.index.size).toBe(2);
    expect(await a.index.search("p", v(1, 0, 0), 0.99)).toBeUndefined();
    // A new instance loads what the ring holds, no more.
    const c = await instance(ns, { maxEntries: 2 });
    await c.index.sync();
    expect(c.index.size).toBe(2);
  });

  test("a sequence number taken before its slot is written is loaded on a later sync", async () => {
    const ns = namespace();
    const a = await instance(ns);
    const seq = await a.store.increment("seq", 1); // a writer that has not written its slot yet
    await a.index.sync();
    expect(a.index.size).toBe(0);
    await a.store.set(
      `slot:${seq % 100}`,
      slotJson({ seq, partition: "p", entryId: "late", vector: v(1, 1), expiresAt: Date.now() + 60_000 }),
    );
    await a.index.sync();
    expect((await a.index.search("p", v(1, 1), 0.99))?.entryId).toBe("late");
  });

  test("an unreadable or expired slot is skipped", async () => {
    const ns = namespace();
    const a = await instance(ns);
    const b = await instance(ns);
    const seq = await a.store.increment("seq", 1);
    await a.store.set(`slot:${seq % 100}`, {
      seq,
      partition: "p",
      entryId: "bad",
      vector: "not base64!",
      expiresAt: 0,
    });
    const seq2 = await a.store.increment("seq", 1);
    await a.store.set(
      `slot:${seq2 % 100}`,
      slotJson({ seq: seq2, partition: "p", entryId: "old", vector: v(1), expiresAt: Date.now() - 1 }),
    );
    await b.index.add("p", v(0, 1), "fresh");
    await a.index.sync();
    expect(a.index.size).toBe(1);
    expect((await a.index.search("p", v(0, 1), 0.99))?.entryId).toBe("fresh");
  });
});

describe("Redis down", () => {
  test("the local index answers alone, logged once; the instance catches up when Redis is back", async () => {
    const ns = namespace();
    const proxy = await redisProxy();
    try {
      const a = await instance(ns, { storeTimeoutMs: 200 }, proxy.url);
      const b = await instance(ns);
      await a.index.add("p", v(1, 0), "before");
      proxy.cut();
      await a.index.add("p", v(0, 1), "during");
      await b.index.add("p", v(1, 1), "elsewhere");
      await a.index.sync();
      await a.index.sync();
      // Searches never wait on Redis: what this instance added is found.
      expect((await a.index.search("p", v(0, 1), 0.99))?.entryId).toBe("during");
      expect(await a.index.search("p", v(1, 1), 0.99)).toBeUndefined();
      expect(a.log.warn.filter((line) => line.startsWith("cache store unavailable"))).toHaveLength(1);
      proxy.restore();
      // The client reconnects on its own; sync until it has.
      for (let i = 0; i < 50 && !(await a.index.search("p", v(1, 1), 0.99)); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await a.index.sync();
      }
      expect((await a.index.search("p", v(1, 1), 0.99))?.entryId).toBe("elsewhere");
      expect(a.log.info.filter((line) => line === "cache store available again")).toHaveLength(1);
      expect(a.log.warn).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  }, 20_000);
});

describe("background sync", () => {
  test("with autoSync, another instance's entry arrives within a few intervals", async () => {
    const ns = namespace();
    const a = await instance(ns);
    const b = await instance(ns, { autoSync: true, syncIntervalMs: 20 });
    await a.index.add("p", v(3, 4), "auto");
    let found: Awaited<ReturnType<SharedIndex["search"]>>;
    for (let i = 0; i < 100 && !found; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = await b.index.search("p", v(3, 4), 0.99);
    }
    expect(found?.entryId).toBe("auto");
  });

  test("a store that is not shared is refused", () => {
    const store = { shared: false } as SharedIndexOptions["store"];
    expect(
      () =>
        new SharedIndex({
          store,
          maxEntries: 1,
          ttlMs: 1,
          syncIntervalMs: 10,
          now: Date.now,
          health: health(lines().logger),
        }),
    ).toThrow(/stores: \{ type: redis \}/);
  });
});

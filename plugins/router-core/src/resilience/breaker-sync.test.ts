/**
 * The breaker's hot path stays off the shared store: a healthy target costs no store call per
 * request, successes reach the store in batches, a failure sees every attempt made here, and a
 * state written by another process is seen within SYNC_MS.
 */
import { memoryStores } from "@aigw/engine";
import type { JsonValue, KeyValueStore } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { type BreakerOptions, CircuitBreaker, SYNC_MS } from "./breaker.js";

const options: BreakerOptions = {
  windowMs: 10_000,
  buckets: 5,
  minRequests: 4,
  failureRatio: 0.5,
  cooldownMs: 5_000,
  halfOpenProbes: 1,
};

/** A store that counts the calls made to it. */
function counted(store: KeyValueStore) {
  const calls = { get: 0, set: 0, increment: 0 };
  const wrapped: KeyValueStore = {
    shared: store.shared,
    get: <T extends JsonValue>(key: string) => {
      calls.get++;
      return store.get<T>(key);
    },
    set: (key, value, ttl) => {
      calls.set++;
      return store.set(key, value, ttl);
    },
    delete: (key) => store.delete(key),
    increment: (key, delta, ttl) => {
      calls.increment++;
      return store.increment(key, delta, ttl);
    },
  };
  return { store: wrapped, calls };
}

describe("circuit breaker over a shared store", () => {
  test("successes cost one read per SYNC_MS and are written in one batch", async () => {
    const clock = { t: 1_000_000 };
    const { store, calls } = counted(memoryStores(() => clock.t).open("b"));
    const breaker = new CircuitBreaker(store, options, () => clock.t);
    for (let i = 0; i < 100; i++) {
      let verdict = breaker.admit("t");
      if (verdict instanceof Promise) verdict = await verdict;
      expect(verdict.allowed).toBe(true);
      expect(breaker.record("t", verdict, true)).toBeUndefined();
    }
    expect(calls).toEqual({ get: 1, set: 0, increment: 0 });
    await breaker.flush();
    expect(calls.increment).toBe(1);
    const bucket = Math.floor(clock.t / (options.windowMs / options.buckets));
    expect(await store.increment(`cb:t:0:${bucket}:n`, 0)).toBe(100);
    clock.t += SYNC_MS;
    await breaker.admit("t");
    expect(calls.get).toBe(2);
  });

  test("a failure counts the successes not yet written: 4 ok + 1 failure does not trip at ratio 0.5", async () => {
    const clock = { t: 1_000_000 };
    const store = memoryStores(() => clock.t).open("b");
    const breaker = new CircuitBreaker(store, options, () => clock.t);
    for (let i = 0; i < 4; i++) await breaker.record("t", await breaker.admit("t"), true);
    await breaker.record("t", await breaker.admit("t"), false);
    expect(await breaker.state("t")).toBe("closed");
    for (let i = 0; i < 4; i++) await breaker.record("t", await breaker.admit("t"), false);
    expect(await breaker.state("t")).toBe("open");
    expect((await breaker.admit("t")).allowed).toBe(false);
  });

  test("a breaker opened by another process is seen within SYNC_MS", async () => {
    const clock = { t: 1_000_000 };
    const shared = memoryStores(() => clock.t);
    const a = new CircuitBreaker(shared.open("b"), options, () => clock.t);
    const b = new CircuitBreaker(shared.open("b"), options, () => clock.t);
    expect((await b.admit("t")).allowed).toBe(true);
    for (let i = 0; i < 4; i++) await a.record("t", await a.admit("t"), false);
    expect((await a.admit("t")).allowed).toBe(false);
    // B's copy is at most SYNC_MS old: it may still admit until then, never after.
    clock.t += SYNC_MS;
    expect((await b.admit("t")).allowed).toBe(false);
  });
});

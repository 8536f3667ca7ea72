// A shared store's outage as the cache sees it: operations that hang time out, failures never
// reach the caller, the outage and its end are logged once each, and while it lasts the store
// is left alone between tries. The store here is one whose operations the test decides.
import type { JsonValue, KeyValueStore } from "@aigw/plugin-api";
import { manualClock } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import type { StoredAnswer } from "../stored-answer.js";
import { keepingLogger, type LogLine } from "../testing/context.js";
import { StoreHealth, StoreTimeoutError } from "./health.js";
import { RingStorage } from "./ring.js";

type Mode = "hang" | "fail" | "ok";

/** A store in memory whose operations hang, fail or work, as `mode` says at call time. */
function switchableStore(): { store: KeyValueStore; mode: { now: Mode }; calls: () => number } {
  const data = new Map<string, JsonValue>();
  const mode: { now: Mode } = { now: "ok" };
  let calls = 0;
  const run = <T>(work: () => T): Promise<T> => {
    calls++;
    if (mode.now === "hang") return new Promise<T>(() => {});
    if (mode.now === "fail") return Promise.reject(new Error("ECONNREFUSED"));
    return Promise.resolve(work());
  };
  let counter = 0;
  const store: KeyValueStore = {
    shared: true,
    get: <T extends JsonValue>(key: string) => run(() => data.get(key) as T | undefined),
    set: (key, value) => run(() => void data.set(key, value)),
    delete: (key) => run(() => data.delete(key)),
    increment: (_key, delta) => run(() => (counter += delta)),
  };
  return { store, mode, calls: () => calls };
}

const answer: StoredAnswer = { v: 1, type: "json", status: 200, text: '"a"', storedAt: 0 };

describe("StoreHealth", () => {
  test("an operation past its deadline rejects with a timeout", async () => {
    const health = new StoreHealth(keepingLogger([]), manualClock(), 20, 1000);
    await expect(health.run(() => new Promise(() => {}))).rejects.toBeInstanceOf(StoreTimeoutError);
  });
});

describe("StoreHealth's outages", () => {
  test("a success of an operation begun before the latest failure does not end the outage", async () => {
    const lines: LogLine[] = [];
    const clock = manualClock();
    const health = new StoreHealth(keepingLogger(lines), clock, 1000, 1000);
    // Two operations on one connection; it breaks: one reports the failure, the other (a client
    // that reads a broken read as nothing found) a success.
    let fail: (error: Error) => void = () => {};
    let succeed: (value: undefined) => void = () => {};
    const failing = health.run(() => new Promise<never>((_, reject) => (fail = reject)));
    const swallowed = health.run(() => new Promise<undefined>((resolve) => (succeed = resolve)));
    fail(new Error("Socket closed unexpectedly"));
    await expect(failing).rejects.toThrow("Socket closed");
    succeed(undefined);
    await expect(swallowed).resolves.toBeUndefined();
    expect(health.available()).toBe(false);
    expect(lines.map((l) => l.level)).toEqual(["warn"]);

    clock.advance(1000);
    expect(health.available()).toBe(true);
    await health.run(() => Promise.resolve("back"));
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      [
        "warn",
        "cache store unavailable: lookups are misses and answers are not stored until it answers again",
      ],
      ["info", "cache store available again"],
    ]);
  });

  test("storages sharing one health have one outage, logged once", async () => {
    const lines: LogLine[] = [];
    const clock = manualClock();
    const { store, mode } = switchableStore();
    const health = new StoreHealth(keepingLogger(lines), clock, 20, 1000);
    const options = { maxEntries: 10, maxBytes: 1 << 20, maxEntryBytes: 1 << 16, clock, health };
    const one = new RingStorage(store, { ...options, logger: keepingLogger([]) });
    const two = new RingStorage(store, { ...options, logger: keepingLogger([]) });
    mode.now = "fail";
    expect(await one.get("a")).toBeUndefined();
    expect(await two.get("a")).toBeUndefined();
    expect(await two.set("b", answer, 60_000)).toBe(false);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});

describe("a ring over a store that goes down and comes back", () => {
  test("lookups miss and writes are skipped, never rejected; logged once down and once back", async () => {
    const lines: LogLine[] = [];
    const clock = manualClock();
    const { store, mode, calls } = switchableStore();
    const ring = new RingStorage(store, {
      maxEntries: 10,
      maxBytes: 1 << 20,
      maxEntryBytes: 1 << 16,
      clock,
      logger: keepingLogger(lines),
      timeoutMs: 20,
      retryMs: 1000,
    });
    expect(await ring.set("a", answer, 60_000)).toBe(true);
    expect(await ring.get("a")).toEqual(answer);

    mode.now = "hang";
    expect(await ring.get("a")).toBeUndefined(); // timed out
    const during = calls();
    // Within the pause, nothing touches the store: misses at once, writes skipped.
    for (let i = 0; i < 50; i++) {
      expect(await ring.get("a")).toBeUndefined();
      expect(await ring.set(`k${i}`, answer, 60_000)).toBe(false);
    }
    expect(calls()).toBe(during);

    mode.now = "fail";
    clock.advance(1000);
    expect(await ring.get("a")).toBeUndefined(); // the retry fails: still down
    expect(calls()).toBe(during + 1);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(1);

    mode.now = "ok";
    clock.advance(1000);
    expect(await ring.get("a")).toEqual(answer);
    expect(await ring.set("b", answer, 60_000)).toBe(true);
    expect(lines.map((l) => [l.level, l.message])).toEqual([
      [
        "warn",
        "cache store unavailable: lookups are misses and answers are not stored until it answers again",
      ],
      ["info", "cache store available again"],
    ]);
    expect(lines[1]!.fields).toEqual({ missed: 102 });
  });
});

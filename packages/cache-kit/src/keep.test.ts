// Keeping an answer notes whether it was stored: at once in memory; in a shared store, stored
// while the write is in flight and corrected if the write fails.
import type { CacheOutcome, JsonValue, KeyValueStore } from "@aigw/plugin-api";
import { manualClock } from "@aigw/testkit";
import { describe, expect, test } from "vitest";
import { keepAnswer } from "./keep.js";
import { LruStorage } from "./storage/lru.js";
import { RingStorage } from "./storage/ring.js";
import type { CacheStorageOptions } from "./storage/types.js";
import type { StoredAnswer } from "./stored-answer.js";
import { keepingLogger } from "./testing/context.js";

const clock = manualClock();
const options: CacheStorageOptions = {
  maxEntries: 10,
  maxBytes: 1 << 20,
  maxEntryBytes: 1024,
  clock,
  logger: keepingLogger([]),
};
const answer: StoredAnswer = { v: 1, type: "json", status: 200, text: '"a"', storedAt: 0 };
const big: StoredAnswer = { ...answer, text: `"${"x".repeat(2000)}"` };
const miss = (): CacheOutcome => ({ status: "miss", kind: "exact", stored: false });

/** A shared store in memory whose writes fail while `failing` is set. */
function sharedStore(): { store: KeyValueStore; failing: { now: boolean } } {
  const data = new Map<string, JsonValue>();
  const failing = { now: false };
  let counter = 0;
  const store: KeyValueStore = {
    shared: true,
    get: async <T extends JsonValue>(key: string) => data.get(key) as T | undefined,
    set: async (key, value) => {
      if (failing.now) throw new Error("ECONNRESET");
      data.set(key, value);
    },
    delete: async (key) => data.delete(key),
    increment: async (_key, delta) => (counter += delta),
  };
  return { store, failing };
}

describe("keepAnswer", () => {
  test("in memory: stored or not, known at once", () => {
    const storage = new LruStorage(options);
    const stored = miss();
    expect(keepAnswer(storage, "a", answer, 60_000, stored)).toBe(true);
    expect(stored.stored).toBe(true);
    const refused = miss();
    expect(keepAnswer(storage, "b", big, 60_000, refused)).toBe(false);
    expect(refused.stored).toBe(false);
  });

  test("in a shared store: stored while in flight, then what the write did", async () => {
    const { store, failing } = sharedStore();
    const storage = new RingStorage(store, options);
    const ok = miss();
    const written = keepAnswer(storage, "a", answer, 60_000, ok);
    expect(ok.stored).toBe(true);
    expect(await written).toBe(true);
    expect(ok.stored).toBe(true);

    failing.now = true;
    const failed = miss();
    const lost = keepAnswer(storage, "b", answer, 60_000, failed);
    expect(failed.stored).toBe(true);
    expect(await lost).toBe(false);
    expect(failed.stored).toBe(false);
  });
});

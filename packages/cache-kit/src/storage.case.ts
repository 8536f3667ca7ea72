/**
 * The cache storage conformance suite: what every storage promises (answers kept and returned
 * as they were, expiry by the storing clock, bounds in entries and bytes, oversized entries
 * refused, deletes), run against the in-memory LRU and against the ring over each store.
 */
import type { JsonValue, KeyValueStore } from "@aigw/plugin-api";
import { type ManualClock, manualClock } from "@aigw/testkit";
import { afterAll, describe, expect, test } from "vitest";
import type { CacheStorage, CacheStorageOptions } from "./storage/types.js";
import type { StoredAnswer } from "./stored-answer.js";
import { keepingLogger } from "./testing/context.js";

/** A storage under test, over a namespace of its own. */
export interface StorageUnderTest {
  storage: CacheStorage;
  /** The key-value store beneath a ring (to plant entries of another format). */
  store?: KeyValueStore;
}

export interface StorageSubject {
  name: string;
  open(options: CacheStorageOptions): Promise<StorageUnderTest>;
  /** Whether the storage bounds the bytes of all entries together (memory), not only each entry's. */
  boundsTotalBytes: boolean;
  /** Whether it is a ring over a key-value store (`store` is then given). */
  ring: boolean;
  close?(): Promise<void>;
}

function json(text: string, storedAt = 1): StoredAnswer {
  return {
    v: 1,
    type: "json",
    status: 200,
    text,
    storedAt,
    usage: { prompt_tokens: 1, completion_tokens: 2, total_tokens: 3 },
  };
}

function stream(chunks: string[]): StoredAnswer {
  return {
    v: 1,
    type: "stream",
    status: 200,
    chunks,
    offsets: chunks.map((_, i) => i * 7),
    storedAt: 2,
    servedBy: { provider: "openai", model: "gpt-4o-mini" },
  };
}

const MINUTE = 60_000;

export function describeStorage(subject: StorageSubject): void {
  describe(`cache storage: ${subject.name}`, () => {
    afterAll(async () => subject.close?.());

    async function open(
      overrides: Partial<CacheStorageOptions> = {},
    ): Promise<StorageUnderTest & { clock: ManualClock }> {
      const clock = manualClock();
      const opened = await subject.open({
        maxEntries: 100,
        maxBytes: 1024 * 1024,
        maxEntryBytes: 64 * 1024,
        clock,
        logger: keepingLogger([]),
        ...overrides,
      });
      return { ...opened, clock };
    }

    test("keeps JSON and stream answers and returns them as they were", async () => {
      const { storage } = await open();
      const a = json('{"id":"a","choices":[]}');
      const b = stream(['{"id":"b","choices":[]}', '{"id":"b","choices":[{"index":0}]}']);
      expect(await storage.set("a", a, MINUTE)).toBe(true);
      expect(await storage.set("b", b, MINUTE)).toBe(true);
      expect(await storage.get("a")).toEqual(a);
      expect(await storage.get("b")).toEqual(b);
      expect(await storage.get("c")).toBeUndefined();
    });

    test("a key stored again answers with the latest answer", async () => {
      const { storage } = await open();
      await storage.set("k", json('"one"'), MINUTE);
      await storage.set("k", json('"two"'), MINUTE);
      expect(await storage.get("k")).toEqual(json('"two"'));
    });

    test("an entry expires after its TTL by the storing clock", async () => {
      const { storage, clock } = await open();
      await storage.set("short", json('"s"'), 10_000);
      await storage.set("long", json('"l"'), MINUTE);
      clock.advance(9_999);
      expect(await storage.get("short")).toBeDefined();
      clock.advance(1);
      expect(await storage.get("short")).toBeUndefined();
      expect(await storage.get("long")).toBeDefined();
      expect(await storage.set("none", json('"n"'), 0)).toBe(false);
    });

    test("keeps at most maxEntries entries: the latest ones", async () => {
      const { storage } = await open({ maxEntries: 5 });
      for (let i = 0; i < 12; i++) expect(await storage.set(`key-${i}`, json(`"${i}"`), MINUTE)).toBe(true);
      const kept: number[] = [];
      for (let i = 0; i < 12; i++) if (await storage.get(`key-${i}`)) kept.push(i);
      expect(kept).toEqual([7, 8, 9, 10, 11]);
    });

    test("an answer larger than maxEntryBytes is not stored", async () => {
      const { storage } = await open({ maxEntryBytes: 2048 });
      expect(await storage.set("big", json(`"${"é".repeat(1000)}"`), MINUTE)).toBe(false);
      expect(await storage.get("big")).toBeUndefined();
      expect(await storage.set("small", json(`"${"e".repeat(1000)}"`), MINUTE)).toBe(true);
    });

    // Only storages that bound all entries together (a ring bounds each entry and their count).
    if (subject.boundsTotalBytes)
      test("all entries together stay within maxBytes", async () => {
        const { storage } = await open({ maxBytes: 8 * 1024, maxEntryBytes: 4 * 1024 });
        for (let i = 0; i < 20; i++)
          await storage.set(`key-${i}`, json(`"${String(i).repeat(1500)}"`), MINUTE);
        let kept = 0;
        for (let i = 0; i < 20; i++) if (await storage.get(`key-${i}`)) kept++;
        expect(kept).toBeGreaterThan(0);
        expect(kept * 1500).toBeLessThanOrEqual(8 * 1024);
        expect(await storage.get("key-19")).toBeDefined();
      });

    test("delete forgets a key", async () => {
      const { storage } = await open();
      await storage.set("d", json('"d"'), MINUTE);
      expect(await storage.delete("d")).toBe(true);
      expect(await storage.get("d")).toBeUndefined();
    });

    // Only rings read entries someone else may have written.
    if (subject.ring)
      test("an entry written in another format version is ignored, and a pointer to a slot another key took is a miss", async () => {
        const { storage, store } = await open({ maxEntries: 2 });
        await storage.set("mine", json('"m"'), MINUTE);
        const slot = (await store!.get("k:mine")) as number;
        const old = { v: 0, type: "json", status: 200, text: '"old"', storedAt: 1 };
        await store!.set(`s:${slot}`, {
          key: "mine",
          expiresAt: Number.MAX_SAFE_INTEGER,
          answer: old,
        } as JsonValue);
        expect(await storage.get("mine")).toBeUndefined();
        await store!.set(`s:${slot}`, {
          key: "other",
          expiresAt: Number.MAX_SAFE_INTEGER,
          answer: json('"o"') as unknown as JsonValue,
        });
        expect(await storage.get("mine")).toBeUndefined();
      });
  });
}

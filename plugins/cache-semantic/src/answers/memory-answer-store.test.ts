/** The memory answer store: bounded by count and bytes, least recently used first, expiring. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { MemoryAnswerStore } from "./memory-answer-store.js";

const answer = (text: string) => ({ text });

test("never more than maxEntries answers nor maxBytes bytes, whatever is stored", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), fc.string({ maxLength: 100 })), {
        maxLength: 40,
      }),
      async (maxEntries, puts) => {
        const store = new MemoryAnswerStore({ maxEntries, maxBytes: 1_024, ttlMs: 1_000, now: () => 0 });
        for (const [id, text] of puts) await store.put(id, answer(text));
        expect(store.size).toBeLessThanOrEqual(maxEntries);
        expect(store.bytes).toBeLessThanOrEqual(1_024);
        // The last answer stored is always there.
        const last = puts.at(-1);
        if (last) expect(await store.get(last[0])).toEqual(answer(last[1]));
      },
    ),
  );
});

test("the least recently used answer goes first; a read is a use", async () => {
  const store = new MemoryAnswerStore({ maxEntries: 2, maxBytes: 1_000_000, ttlMs: 1_000, now: () => 0 });
  await store.put("a", answer("A"));
  await store.put("b", answer("B"));
  await store.get("a");
  await store.put("c", answer("C"));
  expect(await store.get("b")).toBeUndefined();
  expect(await store.get("a")).toEqual(answer("A"));
});

test("an answer larger than an eighth of maxBytes is refused", async () => {
  const store = new MemoryAnswerStore({ maxEntries: 10, maxBytes: 1_024, ttlMs: 1_000, now: () => 0 });
  expect(await store.put("big", answer("x".repeat(65)))).toBe(false);
  expect(await store.put("fits", answer("x".repeat(64)))).toBe(true);
  expect(store.size).toBe(1);
});

test("an answer expires ttlMs after it was stored", async () => {
  let now = 0;
  const store = new MemoryAnswerStore({ maxEntries: 10, maxBytes: 1_024, ttlMs: 10, now: () => now });
  await store.put("a", answer("A"));
  now = 9;
  expect(await store.get("a")).toEqual(answer("A"));
  now = 10;
  expect(await store.get("a")).toBeUndefined();
  expect(store.size).toBe(0);
  expect(store.bytes).toBe(0);
});

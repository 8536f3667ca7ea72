/**
 * The embedded index: the best match of a partition from the threshold up (checked against a
 * plain reference search), partitions apart, bounded by entries with the least recently used
 * going first, entries expiring.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cosine, unitVector } from "../vector.js";
import { EmbeddedIndex } from "./embedded-index.js";

const clock = () => {
  let now = 1_000;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
};
const v = (...values: number[]) => unitVector(values);

describe("search", () => {
  test("finds the most similar entry of the partition from the threshold up, as a full scan does", async () => {
    const vector = fc
      .array(fc.integer({ min: -5, max: 5 }), { minLength: 3, maxLength: 3 })
      .filter((a) => a.some((x) => x !== 0));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("p", "q"), vector), { maxLength: 30 }),
        vector,
        fc.double({ min: -1, max: 1, noNaN: true }),
        async (entries, query, threshold) => {
          const index = new EmbeddedIndex({ maxEntries: 100, ttlMs: 60_000, now: () => 0 });
          for (const [k, [partition, values]] of entries.entries())
            await index.add(partition, v(...values), `e${k}`);
          const q = v(...query);
          const found = await index.search("p", q, threshold);
          const scored = entries
            .map(([partition, values], k) => ({ partition, id: `e${k}`, s: cosine(q, v(...values))! }))
            .filter((e) => e.partition === "p");
          const best = Math.max(...scored.map((e) => e.s));
          if (scored.length === 0 || best < threshold) expect(found).toBeUndefined();
          else {
            expect(found?.similarity).toBeCloseTo(best, 6);
            expect(scored.find((e) => e.id === found!.entryId)!.s).toBeCloseTo(best, 6);
          }
        },
      ),
    );
  });

  test("another partition's entry is never found, however close", async () => {
    const index = new EmbeddedIndex({ maxEntries: 10, ttlMs: 1_000, now: () => 0 });
    await index.add("a", v(1, 0), "x");
    expect(await index.search("b", v(1, 0), 0)).toBeUndefined();
    expect(await index.search("a", v(1, 0), 0.99)).toMatchObject({ entryId: "x" });
  });

  test("of entries equally close, the newest is found (a refreshed answer supersedes the old)", async () => {
    const index = new EmbeddedIndex({ maxEntries: 10, ttlMs: 1_000, now: () => 0 });
    await index.add("p", v(1, 2), "old");
    await index.add("p", v(1, 2), "new");
    expect(await index.search("p", v(1, 2), 0.99)).toMatchObject({ entryId: "new" });
    await index.add("p", v(1, 2), "newer");
    expect(await index.search("p", v(1, 2), 0.99)).toMatchObject({ entryId: "newer" });
  });

  test("vectors of another length are skipped", async () => {
    const index = new EmbeddedIndex({ maxEntries: 10, ttlMs: 1_000, now: () => 0 });
    await index.add("a", v(1, 0, 0), "long");
    expect(await index.search("a", v(1, 0), -1)).toBeUndefined();
  });
});

describe("bounds", () => {
  test("past maxEntries the least recently used entry goes; a hit is a use", async () => {
    const index = new EmbeddedIndex({ maxEntries: 2, ttlMs: 60_000, now: () => 0 });
    await index.add("p", v(1, 0, 0), "a");
    await index.add("p", v(0, 1, 0), "b");
    expect(await index.search("p", v(1, 0, 0), 0.9)).toMatchObject({ entryId: "a" });
    await index.add("q", v(0, 0, 1), "c");
    expect(index.size).toBe(2);
    expect(await index.search("p", v(0, 1, 0), 0.9)).toBeUndefined();
    expect(await index.search("p", v(1, 0, 0), 0.9)).toMatchObject({ entryId: "a" });
    expect(await index.search("q", v(0, 0, 1), 0.9)).toMatchObject({ entryId: "c" });
  });

  test("never more than maxEntries, whatever is added", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.constantFrom("a", "b", "c", "d", "e"), { maxLength: 40 }),
        async (max, ids) => {
          const index = new EmbeddedIndex({ maxEntries: max, ttlMs: 60_000, now: () => 0 });
          for (const [k, id] of ids.entries()) await index.add(k % 2 ? "p" : "q", v(1, k + 1), id);
          expect(index.size).toBe(Math.min(max, new Set(ids).size));
        },
      ),
    );
  });

  test("an entry expires ttlMs after it was added", async () => {
    const time = clock();
    const index = new EmbeddedIndex({ maxEntries: 10, ttlMs: 100, now: time.now });
    await index.add("p", v(1, 0), "a");
    time.advance(99);
    expect(await index.search("p", v(1, 0), 0.5)).toMatchObject({ entryId: "a" });
    time.advance(1);
    expect(await index.search("p", v(1, 0), 0.5)).toBeUndefined();
    expect(index.size).toBe(0);
  });

  test("removing an entry forgets it", async () => {
    const index = new EmbeddedIndex({ maxEntries: 10, ttlMs: 100, now: () => 0 });
    await index.add("p", v(1, 0), "a");
    index.remove("a");
    expect(await index.search("p", v(1, 0), 0)).toBeUndefined();
    expect(index.size).toBe(0);
  });
});

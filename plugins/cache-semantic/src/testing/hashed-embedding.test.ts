/** The deterministic test embedding: stable, unit length, lexical, sensitive to word order. */
import { expect, test } from "vitest";
import { cosine } from "../vector.js";
import { HASHED_DIMENSIONS, hashedEmbedding } from "./hashed-embedding.js";

const sim = (a: string, b: string) => cosine(hashedEmbedding(a), hashedEmbedding(b))!;

test("the same text always embeds the same, as a unit vector", () => {
  const a = hashedEmbedding("The quick brown fox");
  expect(a).toHaveLength(HASHED_DIMENSIONS);
  expect(Array.from(hashedEmbedding("The quick brown fox"))).toEqual(Array.from(a));
  expect(cosine(a, a)).toBeCloseTo(1, 5);
  // A fixed value, so a change to the embedding (and to the benchmark's figures) shows here.
  const nonZero = Array.from(a)
    .map((x, i) => [i, Number(x.toFixed(6))])
    .filter(([, x]) => x !== 0);
  expect(nonZero).toHaveLength(23);
  expect(nonZero.slice(0, 3)).toEqual([
    [6, 0.111803],
    [8, 0.223607],
    [12, -0.111803],
  ]);
});

test("case and punctuation do not count; a shared word counts; word order counts", () => {
  expect(sim("Paris, France!", "paris france")).toBeCloseTo(1, 5);
  expect(sim("flights from Paris to Rome", "flights from Paris to Milan")).toBeGreaterThan(
    sim("flights from Paris to Rome", "the weather is nice today"),
  );
  expect(sim("flights from Paris to Rome", "flights from Rome to Paris")).toBeLessThan(0.9);
});

test("a text without words still has a direction", () => {
  expect(cosine(hashedEmbedding("?!"), hashedEmbedding("?!"))).toBeCloseTo(1, 5);
  expect(hashedEmbedding("abc", 16)).toHaveLength(16);
});

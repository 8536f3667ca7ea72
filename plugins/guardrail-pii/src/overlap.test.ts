import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "./overlap.js";
import type { Span } from "./span.js";

const span = (start: number, end: number, label: string): Span => ({ start, end, label });

describe("resolveOverlaps", () => {
  it("sorts spans that do not overlap and keeps them all", () => {
    expect(resolveOverlaps([span(10, 12, "email"), span(0, 3, "phone")])).toEqual([
      span(0, 3, "phone"),
      span(10, 12, "email"),
    ]);
  });

  it("keeps the longer of two overlapping spans, and the more specific of two equal ones", () => {
    expect(resolveOverlaps([span(0, 10, "phone"), span(2, 20, "secret")])).toEqual([span(2, 20, "secret")]);
    expect(resolveOverlaps([span(0, 22, "secret"), span(0, 22, "iban")])).toEqual([span(0, 22, "iban")]);
    // A span nested in a longer one that ends before a third: only the nesting one matters.
    expect(
      resolveOverlaps([span(0, 10, "email"), span(2, 3, "phone"), span(5, 6, "card"), span(12, 14, "card")]),
    ).toEqual([span(0, 10, "email"), span(12, 14, "card")]);
  });

  it("drops empty spans", () => {
    expect(resolveOverlaps([span(3, 3, "email")])).toEqual([]);
    expect(resolveOverlaps([span(3, 3, "email"), span(0, 2, "card")])).toEqual([span(0, 2, "card")]);
  });

  const labels = fc.constantFrom("email", "phone", "card", "iban", "secret", "ip_address", "us_ssn");
  const spans = fc.array(
    fc
      .tuple(fc.nat(60), fc.integer({ min: 1, max: 15 }), labels)
      .map(([start, length, label]) => span(start, start + length, label)),
    { maxLength: 25 },
  );

  it("always answers sorted, non-overlapping spans, each one of the input", () => {
    fc.assert(
      fc.property(spans, (input) => {
        const copy = input.map((s) => ({ ...s }));
        const out = resolveOverlaps(copy);
        for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
        for (const s of out) expect(input).toContainEqual(s);
        // Maximal: every dropped span overlaps a kept one at least as long.
        for (const s of input) {
          const rivals = out.filter((k) => k.start < s.end && s.start < k.end);
          expect(rivals.some((k) => k.end - k.start >= s.end - s.start)).toBe(true);
        }
      }),
    );
  });

  it("does not depend on the order spans arrive in", () => {
    fc.assert(
      fc.property(spans, fc.nat(), (input, seed) => {
        const shuffled = [...input].sort((a, b) => ((a.start * 31 + seed) % 7) - ((b.start * 31 + seed) % 7));
        expect(resolveOverlaps(shuffled.map((s) => ({ ...s })))).toEqual(
          resolveOverlaps(input.map((s) => ({ ...s }))),
        );
      }),
    );
  });

  it("reads each span a number of times that grows as log n, not with the spans kept", () => {
    // Thousands of spans, each overlapping a neighbour, of lengths that interleave the order of
    // preference with the order in the text.
    const n = 6_000;
    let reads = 0;
    const input: Span[] = [];
    for (let i = 0; i < n; i++) {
      const start = i * 10;
      for (const s of [
        span(start, start + 3 + ((i * 7_919) % 6), "card"),
        span(start + 1, start + 2, "phone"),
      ]) {
        input.push(
          new Proxy(s, {
            get(target, key, receiver) {
              if (key === "start" || key === "end") reads++;
              return Reflect.get(target, key, receiver);
            },
          }),
        );
      }
    }
    const out = resolveOverlaps(input);
    expect(out).toHaveLength(n);
    expect(out.every((s) => s.label === "card")).toBe(true);
    const spans = 2 * n;
    expect(reads).toBeLessThanOrEqual(40 * spans * Math.log2(spans));
  });
});

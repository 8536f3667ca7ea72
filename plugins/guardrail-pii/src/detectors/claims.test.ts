import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Span } from "../span.js";
import { Claims } from "./claims.js";

const span = (start: number, end: number): Span => ({ start, end, label: "card" });

describe("Claims", () => {
  it("says whether a range lies inside one of the spans", () => {
    const claims = new Claims([span(20, 30), span(0, 10), span(2, 4)]);
    expect(claims.cover(0, 10)).toBe(true);
    expect(claims.cover(3, 11)).toBe(false);
    expect(claims.cover(5, 8)).toBe(true);
    expect(claims.cover(12, 14)).toBe(false);
    expect(claims.cover(20, 31)).toBe(false);
    expect(claims.cover(25, 30)).toBe(true);
  });

  it("refuses a range that starts before the previous one", () => {
    const claims = new Claims([span(0, 10)]);
    claims.cover(5, 6);
    expect(() => claims.cover(4, 6)).toThrow(RangeError);
  });

  it("answers as a comparison with every span would, for ranges in order of start", () => {
    const spans = fc.array(
      fc.tuple(fc.nat(80), fc.integer({ min: 1, max: 20 })).map(([s, n]) => span(s, s + n)),
      { maxLength: 20 },
    );
    const ranges = fc.array(fc.tuple(fc.nat(90), fc.integer({ min: 1, max: 20 })), { maxLength: 20 });
    fc.assert(
      fc.property(spans, ranges, (claimed, asked) => {
        const claims = new Claims(claimed);
        for (const [start, length] of [...asked].sort((a, b) => a[0] - b[0])) {
          const end = start + length;
          expect(claims.cover(start, end)).toBe(claimed.some((s) => s.start <= start && s.end >= end));
        }
      }),
    );
  });
});

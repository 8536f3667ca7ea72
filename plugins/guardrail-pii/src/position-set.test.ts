import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PositionSet } from "./position-set.js";

describe("PositionSet", () => {
  it("finds the largest member below a bound", () => {
    const set = new PositionSet(10);
    expect(set.lastBefore(10)).toBe(-1);
    set.add(3);
    set.add(7);
    set.add(7);
    expect([set.lastBefore(0), set.lastBefore(3), set.lastBefore(4), set.lastBefore(8)]).toEqual([
      -1, -1, 3, 7,
    ]);
    expect(set.lastBefore(100)).toBe(7);
    expect(set.has(7) && !set.has(6)).toBe(true);
  });

  it("answers as a scan of its members would, whatever was added", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 70 })
          .chain((size) =>
            fc.tuple(fc.constant(size), fc.array(fc.nat(size - 1)), fc.array(fc.nat(size + 2))),
          ),
        ([size, added, bounds]) => {
          const set = new PositionSet(size);
          for (const position of added) set.add(position);
          for (const bound of bounds) {
            const below = added.filter((p) => p < bound);
            expect(set.lastBefore(bound)).toBe(below.length === 0 ? -1 : Math.max(...below));
          }
          for (let p = 0; p < size; p++) expect(set.has(p)).toBe(added.includes(p));
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { maskCover } from "./mask-cover.js";
import type { Replacement } from "./types.js";

const mask = (part: number, start: number, end: number): Replacement => ({ part, start, end, text: "[X]" });

describe("maskCover", () => {
  test("a range touching a mask of its part is covered; one of another part or beside it is not", () => {
    const covered = maskCover([mask(1, 10, 20), mask(0, 0, 5), mask(1, 12, 14)]);
    expect(covered(1, 15, 25)).toBe(true);
    expect(covered(1, 0, 10)).toBe(false);
    expect(covered(1, 20, 21)).toBe(false);
    expect(covered(0, 4, 12)).toBe(true);
    expect(covered(2, 0, 100)).toBe(false);
    expect(maskCover([])(0, 0, 1)).toBe(false);
  });

  test("property: answers as a comparison with every mask would", () => {
    const masks = fc.array(
      fc
        .tuple(fc.nat(2), fc.nat(40), fc.integer({ min: 1, max: 10 }))
        .map(([part, start, length]) => mask(part, start, start + length)),
      { maxLength: 15 },
    );
    const ranges = fc.array(fc.tuple(fc.nat(3), fc.nat(50), fc.integer({ min: 1, max: 10 })), {
      maxLength: 15,
    });
    fc.assert(
      fc.property(masks, ranges, (list, asked) => {
        const covered = maskCover(list);
        for (const [part, start, length] of asked) {
          const end = start + length;
          const naive = list.some((m) => m.part === part && m.start < end && start < m.end);
          expect(covered(part, start, end)).toBe(naive);
        }
      }),
    );
  });
});

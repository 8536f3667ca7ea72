/** The caret fast path answers exactly as semver does, for any release version and caret range. */
import fc from "fast-check";
import satisfies from "semver/functions/satisfies.js";
import { describe, expect, test } from "vitest";
import { caretSatisfies, engineSatisfies } from "./engine-range.js";

const part = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 10_000 }));
const triple = fc.tuple(part, part, part).map(([a, b, c]) => `${a}.${b}.${c}`);

describe("engine ranges", () => {
  test("a caret range is read as semver reads it", () => {
    fc.assert(
      fc.property(triple, triple, (version, base) => {
        const range = `^${base}`;
        expect(caretSatisfies(version, range)).toBe(satisfies(version, range, { includePrerelease: true }));
      }),
      { numRuns: 5_000 },
    );
  });

  test("other ranges go to semver; invalid ones are not satisfied", async () => {
    expect(caretSatisfies("0.1.0", ">=0.1.0 <0.2.0")).toBeUndefined();
    expect(await engineSatisfies("0.1.0", ">=0.1.0 <0.2.0")).toBe(true);
    expect(await engineSatisfies("0.1.0", "~0.2")).toBe(false);
    expect(await engineSatisfies("0.1.0", "0.x")).toBe(true);
    expect(await engineSatisfies("0.1.0", "not a range")).toBe(false);
    expect(await engineSatisfies("0.1.0-rc.1", "^0.1.0-rc.0")).toBe(true);
  });
});

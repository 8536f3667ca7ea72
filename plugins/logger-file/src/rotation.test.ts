// When a rotation is due, against oracles written differently from the code: calendar dates for
// the daily rule, plain arithmetic for size and age; and never for an empty file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rotates, rotationDue } from "./rotation.js";

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });

describe("rotationDue", () => {
  it("with rotateDaily, rotates exactly when the UTC date changed since the file began", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 5 * 86_400_000 }), (bornAt, later) => {
        const now = bornAt + later;
        expect(rotationDue({ size: 1, bornAt }, 1, now, { daily: true })).toBe(
          utcDay(now) !== utcDay(bornAt),
        );
      }),
    );
  });

  it("rotates on size or age as soon as either rule holds, and never an empty file", () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(10_000),
        fc.integer({ min: 1024, max: 8192 }),
        instant,
        fc.nat(10_000_000),
        fc.integer({ min: 1000, max: 5_000_000 }),
        (size, incoming, maxBytes, bornAt, age, maxAgeMs) => {
          const due = rotationDue({ size, bornAt }, incoming, bornAt + age, { maxBytes, maxAgeMs });
          expect(due).toBe(size > 0 && (size + incoming > maxBytes || age >= maxAgeMs));
        },
      ),
    );
  });

  it("never rotates without a rule", () => {
    expect(rotates({})).toBe(false);
    expect(rotates({ daily: false })).toBe(false);
    expect(rotates({ maxAgeMs: 1000 })).toBe(true);
    expect(rotationDue({ size: 10 ** 9, bornAt: 0 }, 10 ** 9, Date.UTC(2099, 0, 1), {})).toBe(false);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOTAL_TTL_MS, WindowCache, windowAt } from "./windows.js";

describe("windowAt", () => {
  it("aligns minutes and days to UTC, with the time left as ttl", () => {
    const t = Date.UTC(2025, 5, 30, 23, 59, 30, 250);
    expect(windowAt("minute", t)).toEqual({
      id: `m${Math.floor(t / 60_000)}`,
      startMs: Date.UTC(2025, 5, 30, 23, 59),
      ttlMs: 29_750,
    });
    expect(windowAt("day", t).ttlMs).toBe(29_750);
    expect(windowAt("day", t).startMs).toBe(Date.UTC(2025, 5, 30));
  });

  it("ends a month at the first of the next, December included", () => {
    const t = Date.UTC(2025, 11, 31, 12);
    const w = windowAt("month", t);
    expect(w.id).toBe("M2025-12");
    expect(w.startMs).toBe(Date.UTC(2025, 11, 1));
    expect(t + w.ttlMs).toBe(Date.UTC(2026, 0, 1));
  });

  it("gives `total` one window", () => {
    expect(windowAt("total", 123)).toEqual({ id: "all", startMs: 0, ttlMs: TOTAL_TTL_MS });
  });

  it("property: the window holds the instant, ends after it, and the next instant after it is a new id", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }),
        fc.constantFrom("minute" as const, "day" as const, "month" as const),
        (t, kind) => {
          const w = windowAt(kind, t);
          expect(w.startMs).toBeLessThanOrEqual(t);
          expect(w.ttlMs).toBeGreaterThanOrEqual(1);
          expect(windowAt(kind, t + w.ttlMs - 1).id).toBe(w.id);
          expect(windowAt(kind, t + w.ttlMs).id).not.toBe(w.id);
        },
      ),
    );
  });
});

describe("WindowCache", () => {
  it("property: gives windowAt's id and ttl for any sequence of instants, backwards included", () => {
    const kinds = fc.constantFrom("minute" as const, "day" as const, "month" as const, "total" as const);
    const near = fc.integer({ min: -120_000, max: 120_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }),
        fc.array(
          fc.tuple(kinds, fc.oneof(near, fc.integer({ min: -40 * 86_400_000, max: 40 * 86_400_000 }))),
        ),
        (start, steps) => {
          const cache = new WindowCache();
          let t = start;
          for (const [kind, step] of steps) {
            t = Math.max(0, t + step);
            const w = windowAt(kind, t);
            expect(cache.id(kind, t)).toBe(w.id);
            expect(cache.ttlMs(kind, t)).toBe(w.ttlMs);
          }
        },
      ),
    );
  });
});

// Trace and span id checks: lowercase hex of the right length, never all zeros.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSpanId, isTraceId } from "./ids.js";

const hex = (length: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${length}}$`));

describe("isTraceId and isSpanId", () => {
  it("take the W3C examples and refuse the invalid ids", () => {
    expect(isTraceId("4bf92f3577b34da6a3ce929d0e0e4736")).toBe(true);
    expect(isSpanId("00f067aa0ba902b7")).toBe(true);
    for (const bad of [
      "0".repeat(32),
      "4BF92F3577B34DA6A3CE929D0E0E4736",
      "4bf92f3577b34da6",
      "g".repeat(32),
    ])
      expect(isTraceId(bad)).toBe(false);
    for (const bad of ["0".repeat(16), "00F067AA0BA902B7", "00f067aa0ba902b7ff", undefined, 7])
      expect(isSpanId(bad)).toBe(false);
  });

  it("take every lowercase hex id of the right length but the zero one", () => {
    fc.assert(
      fc.property(hex(32), hex(16), (traceId, spanId) => {
        expect(isTraceId(traceId)).toBe(!/^0+$/.test(traceId));
        expect(isSpanId(spanId)).toBe(!/^0+$/.test(spanId));
        expect(isTraceId(spanId)).toBe(false);
        expect(isSpanId(traceId)).toBe(false);
      }),
    );
  });
});

// W3C traceparent/tracestate: the examples of the spec, its rejection rules, and properties:
// formatting then parsing round trips, a valid header formats back to itself, and no input
// (however malformed) throws or yields an invalid id.
import { isSpanId, isTraceId } from "@aigw/otel-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatTraceparent, isSampled, parseTraceparent, sanitizeTracestate } from "./traceparent.js";

const SPEC_EXAMPLE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

const hex = (length: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });
const traceIds = hex(32).filter((id) => id !== "0".repeat(32));
const spanIds = hex(16).filter((id) => id !== "0".repeat(16));

describe("parseTraceparent", () => {
  it("reads the spec's example", () => {
    expect(parseTraceparent(SPEC_EXAMPLE)).toEqual({
      version: "00",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      parentId: "00f067aa0ba902b7",
      flags: 1,
    });
    expect(isSampled(parseTraceparent(SPEC_EXAMPLE)!.flags)).toBe(true);
    expect(isSampled(parseTraceparent(SPEC_EXAMPLE.replace(/01$/, "00"))!.flags)).toBe(false);
  });

  it.each([
    ["absent", null],
    ["empty", ""],
    ["uppercase hex", SPEC_EXAMPLE.toUpperCase()],
    ["an all-zero trace id", "00-00000000000000000000000000000000-00f067aa0ba902b7-01"],
    ["an all-zero parent id", "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"],
    ["version ff", SPEC_EXAMPLE.replace(/^00/, "ff")],
    ["version 00 with more after it", `${SPEC_EXAMPLE}-extra`],
    ["a short trace id", "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01"],
    ["a non-hex character", "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01"],
    ["wrong separators", "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01"],
    ["two headers combined", `${SPEC_EXAMPLE}, ${SPEC_EXAMPLE}`],
    ["a later version followed by no dash", `01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x`],
  ])("refuses %s", (_label, header) => {
    expect(parseTraceparent(header)).toBeUndefined();
  });

  it("reads a later version by its first four fields", () => {
    expect(
      parseTraceparent(`cc-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-the-future-holds`),
    ).toEqual({
      version: "cc",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      parentId: "00f067aa0ba902b7",
      flags: 1,
    });
  });

  it("round trips: parse(format(ids)) gives the ids back", () => {
    fc.assert(
      fc.property(traceIds, spanIds, fc.boolean(), (traceId, spanId, sampled) => {
        const header = formatTraceparent(traceId, spanId, sampled);
        expect(header).toHaveLength(55);
        expect(parseTraceparent(header)).toEqual({
          version: "00",
          traceId,
          parentId: spanId,
          flags: sampled ? 1 : 0,
        });
      }),
    );
  });

  it("round trips: a valid version 00 header with flags 00 or 01 formats back to itself", () => {
    fc.assert(
      fc.property(traceIds, spanIds, fc.constantFrom("00", "01"), (traceId, spanId, flags) => {
        const header = `00-${traceId}-${spanId}-${flags}`;
        const parsed = parseTraceparent(header)!;
        expect(formatTraceparent(parsed.traceId, parsed.parentId, isSampled(parsed.flags))).toBe(header);
      }),
    );
  });

  it("never throws, and whatever it accepts holds valid ids", () => {
    const nearMisses = fc
      .tuple(traceIds, spanIds, fc.nat({ max: 54 }), fc.string({ maxLength: 3 }))
      .map(([traceId, spanId, at, insert]) => {
        const header = formatTraceparent(traceId, spanId, true);
        return header.slice(0, at) + insert + header.slice(at + 1);
      });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), nearMisses), (header) => {
        const parsed = parseTraceparent(header);
        if (parsed) {
          expect(isTraceId(parsed.traceId)).toBe(true);
          expect(isSpanId(parsed.parentId)).toBe(true);
          expect(parsed.flags).toBeGreaterThanOrEqual(0);
          expect(parsed.flags).toBeLessThanOrEqual(255);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sanitizeTracestate", () => {
  it("keeps valid members, trimmed, dropping empty ones", () => {
    expect(sanitizeTracestate("rojo=00f067aa0ba902b7, congo=t61rcWkgMzE")).toBe(
      "rojo=00f067aa0ba902b7,congo=t61rcWkgMzE",
    );
    expect(sanitizeTracestate(" ,tenant@vendor=a b c,\t,x=1 ")).toBe("tenant@vendor=a b c,x=1");
  });

  it.each([
    ["absent", undefined],
    ["empty", ""],
    ["only separators", " , ,"],
    ["a key with uppercase", "Rojo=1"],
    ["a member without =", "rojo"],
    ["a value holding a control character", "rojo=a\u0001b"],
    ["a value holding a non-ASCII character", "rojo=caf\u00e9"],
    ["an empty value", "rojo="],
    ["a value holding =", "rojo=a=b"],
    ["a duplicate key", "rojo=1,rojo=2"],
    ["33 members", Array.from({ length: 33 }, (_, i) => `k${i}=v`).join(",")],
  ])("discards %s", (_label, header) => {
    expect(sanitizeTracestate(header)).toBeUndefined();
  });

  it("never throws, and what it keeps is already clean", () => {
    const member = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(..."abcxyz019_-*/@"), minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom(..."abcXYZ09 !~=,\t"), maxLength: 8 }),
      )
      .map(([key, value]) => `${key}=${value}`);
    const headers = fc.oneof(
      fc.string(),
      fc
        .tuple(fc.array(member, { maxLength: 40 }), fc.constantFrom(",", " , ", ",,", ",\t"))
        .map(([members, separator]) => members.join(separator)),
    );
    fc.assert(
      fc.property(headers, (header) => {
        const clean = sanitizeTracestate(header);
        if (clean !== undefined) {
          expect(sanitizeTracestate(clean)).toBe(clean);
          expect(clean.split(",").length).toBeLessThanOrEqual(32);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps every valid list of up to 32 distinct members as it is", () => {
    const key = fc
      .string({ unit: fc.constantFrom(..."abcdefghij0123456789_-*/"), minLength: 0, maxLength: 10 })
      .map((k) => `k${k}`);
    const value = fc.string({ unit: fc.constantFrom(..."abcXYZ0189!~"), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(key, value), { minLength: 1, maxLength: 32, selector: ([k]) => k }),
        (pairs) => {
          const header = pairs.map(([k, v]) => `${k}=${v}`).join(",");
          expect(sanitizeTracestate(header)).toBe(header);
        },
      ),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { luhnCheckDigit, luhnValid, verhoeffCheckDigit, verhoeffValid } from "./checksums.js";

const digitString = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 20 });

describe("luhnValid", () => {
  it("accepts published test numbers and rejects a changed digit", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("79927398713")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
    expect(luhnValid("79927398710")).toBe(false);
    expect(luhnValid("")).toBe(false);
  });

  it("has exactly one check digit for any body, and catches every single-digit change", () => {
    fc.assert(
      fc.property(digitString, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const full = body + luhnCheckDigit(body);
        expect(luhnValid(full)).toBe(true);
        const i = at % full.length;
        const changed = full.slice(0, i) + ((Number(full[i]) + delta) % 10) + full.slice(i + 1);
        expect(luhnValid(changed)).toBe(false);
      }),
    );
  });
});

describe("verhoeffValid", () => {
  it("accepts the textbook example and rejects a changed digit", () => {
    expect(verhoeffValid("2363")).toBe(true);
    expect(verhoeffValid("2364")).toBe(false);
    expect(verhoeffValid("")).toBe(false);
  });

  it("catches every single-digit change and every adjacent transposition", () => {
    fc.assert(
      fc.property(digitString, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, delta) => {
        const full = body + verhoeffCheckDigit(body);
        expect(verhoeffValid(full)).toBe(true);
        const i = at % full.length;
        const changed = full.slice(0, i) + ((Number(full[i]) + delta) % 10) + full.slice(i + 1);
        expect(verhoeffValid(changed)).toBe(false);
        if (i + 1 < full.length && full[i] !== full[i + 1]) {
          const swapped = full.slice(0, i) + full[i + 1] + full[i] + full.slice(i + 2);
          expect(verhoeffValid(swapped)).toBe(false);
        }
      }),
    );
  });
});

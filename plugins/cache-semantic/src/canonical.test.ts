/** Canonical JSON: it parses back to the same value, and key order never shows. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { canonicalHash, canonicalJson } from "./canonical.js";

test("canonical JSON parses back to the value", () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    }),
  );
});

test("objects with the same entries in another order have the same text and hash", () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (object) => {
      const reversed = Object.fromEntries(Object.entries(object).reverse());
      expect(canonicalJson(reversed)).toBe(canonicalJson(object));
      expect(canonicalHash(reversed)).toBe(canonicalHash(object));
    }),
  );
});

test("undefined members are dropped as JSON drops them; in arrays they are null", () => {
  expect(canonicalJson({ b: 1, a: undefined, c: [undefined, 2] })).toBe('{"b":1,"c":[null,2]}');
});

test("different values hash differently", () => {
  expect(canonicalHash({ a: 1 })).not.toBe(canonicalHash({ a: "1" }));
  expect(canonicalHash([1, 2])).not.toBe(canonicalHash([2, 1]));
});

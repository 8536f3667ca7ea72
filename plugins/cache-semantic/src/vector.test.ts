/** Unit vectors and their base64 form. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { cosine, unitVector, vectorFromBase64, vectorToBase64 } from "./vector.js";

const vectors = fc
  .array(fc.float({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }), {
    minLength: 1,
    maxLength: 64,
  })
  .filter((v) => v.some((x) => Math.abs(x) > 1e-3));

test("a unit vector has length 1 and the same direction", () => {
  fc.assert(
    fc.property(vectors, (values) => {
      const unit = unitVector(values);
      expect(cosine(unit, unit)).toBeCloseTo(1, 5);
      const scaled = unitVector(values.map((v) => v * 3));
      expect(cosine(unit, scaled)).toBeCloseTo(1, 5);
    }),
  );
});

test("empty, zero and non-number vectors are refused with a reason", () => {
  expect(() => unitVector([])).toThrow(/empty/);
  expect(() => unitVector([0, 0])).toThrow(/zeros/);
  expect(() => unitVector([1, Number.NaN])).toThrow(/non-number at 1/);
  expect(() => unitVector([1, "2" as unknown as number])).toThrow(/non-number/);
});

test("vectors of different lengths are never similar", () => {
  expect(cosine(unitVector([1, 0]), unitVector([1, 0, 0]))).toBeUndefined();
});

test("base64 float32 round-trips a unit vector", () => {
  fc.assert(
    fc.property(vectors, (values) => {
      const unit = unitVector(values);
      expect(Array.from(vectorFromBase64(vectorToBase64(unit)))).toEqual(
        Array.from(unit).map((v) => expect.closeTo(v, 6)),
      );
    }),
  );
});

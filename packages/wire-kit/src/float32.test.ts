// Base64 embeddings: any float32 vector round-trips, byte order is little-endian.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToBytes } from "./base64.js";
import { base64ToFloats, floatsToBase64 } from "./float32.js";

describe("float32 vectors", () => {
  it("round-trips any float32 vector", () => {
    fc.assert(
      fc.property(fc.array(fc.float({ noNaN: true }), { maxLength: 64 }), (vector) => {
        expect(base64ToFloats(floatsToBase64(vector))).toEqual(vector);
      }),
    );
  });

  it("rounds doubles to float32", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true }), { maxLength: 16 }), (vector) => {
        expect(base64ToFloats(floatsToBase64(vector))).toEqual(vector.map(Math.fround));
      }),
    );
  });

  it("writes little-endian float32s", () => {
    expect([...base64ToBytes(floatsToBase64([1]))]).toEqual([0, 0, 0x80, 0x3f]);
  });

  it("refuses bytes that are not whole float32s", () => {
    expect(() => base64ToFloats("AAAA")).toThrow(/not float32s/);
  });
});

// Base64 helpers: round trips for any bytes, agreement with the platform's atob/btoa.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { base64ToBytes, bytesToBase64, bytesToBase64Url, isBase64 } from "./base64.js";

const platform = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

describe("base64", () => {
  it("round-trips any bytes, standard and URL-safe", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
        expect(base64ToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });

  it("encodes as btoa does, and URL-safe without padding", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const standard = bytesToBase64(bytes);
        expect(standard).toBe(platform(bytes));
        expect(isBase64(standard)).toBe(true);
        expect(bytesToBase64Url(bytes)).toBe(
          standard.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
        );
      }),
    );
  });

  it("encodes bodies larger than one fromCharCode slice", () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    // Compared by hand: a deep equality over 200,000 elements takes seconds.
    expect(back.length === bytes.length && back.every((b, i) => b === bytes[i])).toBe(true);
  });

  it("refuses what is not base64", () => {
    expect(() => base64ToBytes("@@@@")).toThrow();
    for (const text of ["@@@", "abc=d", "a", "ab c"]) expect(isBase64(text)).toBe(false);
    for (const text of ["", "QQ", "QQ==", "QUJD"]) expect(isBase64(text)).toBe(true);
  });
});

// The key hash is SHA-256 of the UTF-8 bytes, whichever of node:crypto's ways computes it.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { expect, test } from "vitest";
import { sha256Hex } from "./digest.js";

test("sha256Hex is the SHA-256 of the text's UTF-8 bytes", () => {
  expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), (text) => {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(new TextEncoder().encode(text)).digest("hex"));
    }),
  );
});

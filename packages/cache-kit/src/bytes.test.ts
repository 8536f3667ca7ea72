// UTF-8 sizes match what TextEncoder produces, for short strings (encoded) and long ones (counted).
import fc from "fast-check";
import { expect, test } from "vitest";
import { utf8Length } from "./bytes.js";

const encoded = (text: string) => new TextEncoder().encode(text).byteLength;

test("utf8Length is the encoded size of any well-formed string, short or long", () => {
  fc.assert(
    fc.property(
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.integer({ min: 1, max: 400 }),
      (text, times) => {
        expect(utf8Length(text)).toBe(encoded(text));
        const long = text.repeat(times) + "x".repeat(17_000);
        expect(utf8Length(long)).toBe(encoded(long));
      },
    ),
    { numRuns: 60 },
  );
});

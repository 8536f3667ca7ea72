import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countChars, countWords } from "./text-count.js";

describe("countChars", () => {
  it("counts code points, a surrogate pair as one", () => {
    expect(countChars("")).toBe(0);
    expect(countChars("héllo")).toBe(5);
    expect(countChars("a😀b")).toBe(3);
    expect(countChars("\ud83d")).toBe(1); // a lone surrogate is still one character
  });

  it("equals the length of the code point array", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 64 }), (s) => countChars(s) === [...s].length),
    );
  });
});

describe("countWords", () => {
  it("counts runs of non-whitespace", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   ")).toBe(0);
    expect(countWords(" one  two\tthree\nfour\u00a0five\u3000six ")).toBe(6);
    expect(countWords("don't stop-me now!")).toBe(3);
  });

  it("agrees with splitting on \\s", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "é", " ", "\t", "\n", "\u00a0", "\u2003", "\ufeff", ".") }),
        (s) => {
          expect(countWords(s)).toBe(s.split(/\s+/).filter((w) => w !== "").length);
        },
      ),
    );
  });
});

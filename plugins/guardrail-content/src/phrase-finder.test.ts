import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhraseFinder, type PhraseFinderOptions } from "./phrase-finder.js";

type Found = [start: number, end: number, phrase: string];

function findAll(phrases: string[], text: string, options: PhraseFinderOptions): Found[] {
  const finder = new PhraseFinder(phrases, options);
  const found: Found[] = [];
  for (let at = 0; finder.find(text, at); at = finder.end)
    found.push([finder.start, finder.end, finder.phrases[finder.id]!]);
  return found;
}

const WORD = /^[\p{L}\p{M}\p{N}_]$/u;

/** A code point at a time, so a surrogate pair is one character, as the finder sees it. */
function charBefore(text: string, offset: number): string {
  const before = [...text.slice(0, offset)];
  return before[before.length - 1] ?? "";
}
function charAt(text: string, offset: number): string {
  return [...text.slice(offset)][0] ?? "";
}

/**
 * The definition, written the slow and obvious way: at each offset from left to right, the
 * longest phrase equal to the text there (lower-cased unit by unit when ignoring case) whose
 * word-character edges are not glued to another word character; after a match, go on from its end.
 */
function reference(
  phrases: string[],
  text: string,
  { caseSensitive, wholeWord }: PhraseFinderOptions,
): Found[] {
  const fold = (s: string) => (caseSensitive ? s : [...s].map((c) => c.toLowerCase()).join(""));
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const found: Found[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = sorted.find((phrase) => {
      const end = i + phrase.length;
      if (end > text.length || fold(text.slice(i, end)) !== fold(phrase)) return false;
      if (!wholeWord) return true;
      if (WORD.test(charAt(phrase, 0)) && WORD.test(charBefore(text, i))) return false;
      if (WORD.test(charBefore(phrase, phrase.length)) && WORD.test(charAt(text, end))) return false;
      return true;
    });
    if (hit === undefined) {
      i++;
      continue;
    }
    found.push([i, i + hit.length, hit]);
    i += hit.length;
  }
  return found;
}

const ci = { caseSensitive: false, wholeWord: false };
const words = { caseSensitive: false, wholeWord: true };

describe("PhraseFinder", () => {
  it("finds phrases leftmost first, then longest", () => {
    expect(findAll(["new", "new york", "york"], "I love New York and new things", ci)).toEqual([
      [7, 15, "new york"],
      [20, 23, "new"],
    ]);
  });

  it("ignores case unless told not to", () => {
    expect(findAll(["Acme"], "ACME acme Acme", ci)).toHaveLength(3);
    expect(findAll(["Acme"], "ACME acme Acme", { caseSensitive: true, wholeWord: false })).toEqual([
      [10, 14, "Acme"],
    ]);
  });

  it("with whole words, skips phrases inside longer words (Unicode letters included)", () => {
    expect(findAll(["ass"], "a class act, assess", words)).toEqual([]);
    expect(findAll(["ass"], "you ass!", words)).toEqual([[4, 7, "ass"]]);
    // é is a letter: "cafébar" holds no whole "bar"; "naïve" is found with its non-ASCII letter.
    expect(findAll(["bar"], "cafébar", words)).toEqual([]);
    expect(findAll(["naïve"], "so naïve.", words)).toEqual([[3, 8, "naïve"]]);
    expect(findAll(["naïve"], "naïveté", words)).toEqual([]);
    // A combining accent glued to the end makes it a different word.
    expect(findAll(["cafe"], "cafe\u0301", words)).toEqual([]);
  });

  it("falls back to a shorter phrase when the longer one is glued to a word", () => {
    expect(findAll(["new", "new york"], "new yorkers", words)).toEqual([[0, 3, "new"]]);
    expect(findAll(["caf", "café"], "cafés", words)).toEqual([]);
    expect(findAll(["new", "new é"], "new éx", words)).toEqual([[0, 3, "new"]]);
  });

  it("checks an edge only where the phrase has a word character", () => {
    expect(findAll(["c++"], "I write c++code", words)).toEqual([[8, 11, "c++"]]);
    expect(findAll(["#tag"], "a#tag", words)).toEqual([[1, 5, "#tag"]]);
  });

  it("treats regex syntax in phrases literally", () => {
    expect(findAll(["a.b", "(x)", "[y]", "1+1", "\\d"], "a.b axb (x) [y] 1+1 \\d d", ci)).toEqual([
      [0, 3, "a.b"],
      [8, 11, "(x)"],
      [12, 15, "[y]"],
      [16, 19, "1+1"],
      [20, 22, "\\d"],
    ]);
  });

  it("deduplicates phrases that differ only in case", () => {
    const finder = new PhraseFinder(["Foo", "FOO", "foo", "bar"], ci);
    expect(finder.phrases).toEqual(["Foo", "bar"]);
  });

  it("handles astral characters next to a phrase", () => {
    expect(findAll(["hi"], "😀hi😀", words)).toEqual([[2, 4, "hi"]]);
    expect(findAll(["hi"], "𝒜hi", words)).toEqual([]); // U+1D49C is a letter
  });

  it.each(["regex", "trie"] as const)("finds every phrase of a long list (%s), ignoring case", (strategy) => {
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    const finder = new PhraseFinder(words, { caseSensitive: false, wholeWord: true, strategy });
    const text = `${words
      .filter((_, i) => i % 97 === 0)
      .join(" ")
      .toUpperCase()} w1xy wzzzx w2xx_`;
    const found: string[] = [];
    for (let at = 0; finder.find(text, at); at = finder.end) found.push(finder.phrases[finder.id]!);
    expect(found).toEqual(words.filter((_, i) => i % 97 === 0));
    expect(finder.find(`zz ${words[5]}`, 0) && [finder.start, finder.end]).toEqual([3, 3 + words[5]!.length]);
  });

  it("rejects an empty list or an empty phrase", () => {
    expect(() => new PhraseFinder([], ci)).toThrow(/no phrases/);
    expect(() => new PhraseFinder(["a", ""], ci)).toThrow(/empty/);
  });

  describe("matches the reference definition on generated texts", () => {
    // A small alphabet so phrases actually occur, with the cases that matter: letters of both
    // cases, non-ASCII letters, a combining mark, digits, underscore, spaces and punctuation.
    const unit = fc.constantFrom(..."abAB éÉ\u0301ß_1 .-+".split(""));
    const phrase = fc.string({ unit, minLength: 1, maxLength: 4 });
    const text = fc.string({ unit, maxLength: 60 });
    const options = fc.record({ caseSensitive: fc.boolean(), wholeWord: fc.boolean() });

    it("for any phrase list, text and options", () => {
      fc.assert(
        fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), text, options, (phrases, t, o) => {
          const finder = new PhraseFinder(phrases, o);
          // Compare offsets, and the phrase up to case (the finder reports the first spelling).
          const fold = (s: string) => (o.caseSensitive ? s : s.toLowerCase());
          const actual = findAll(phrases, t, o).map(([s, e, p]) => [s, e, fold(p)]);
          const expected = reference(finder.phrases as string[], t, o).map(([s, e, p]) => [s, e, fold(p)]);
          expect(actual).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });

    it("with the trie walk that long lists use", () => {
      fc.assert(
        fc.property(fc.array(phrase, { minLength: 1, maxLength: 8 }), text, options, (phrases, t, o) => {
          const walked = { ...o, strategy: "trie" as const };
          const finder = new PhraseFinder(phrases, walked);
          const fold = (s: string) => (o.caseSensitive ? s : s.toLowerCase());
          const actual = findAll(phrases, t, walked).map(([s, e, p]) => [s, e, fold(p)]);
          const expected = reference(finder.phrases as string[], t, o).map(([s, e, p]) => [s, e, fold(p)]);
          expect(actual).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
    });

    it("for phrases inserted into the text", () => {
      const inserted = fc
        .tuple(
          fc.array(phrase, { minLength: 1, maxLength: 5 }),
          fc.array(text, { minLength: 2, maxLength: 5 }),
        )
        .map(([phrases, pieces]) => ({
          phrases,
          text: pieces.reduce((acc, piece, i) => acc + phrases[i % phrases.length] + piece),
        }));
      fc.assert(
        fc.property(inserted, options, ({ phrases, text: t }, o) => {
          const finder = new PhraseFinder(phrases, o);
          const fold = (s: string) => (o.caseSensitive ? s : s.toLowerCase());
          const actual = findAll(phrases, t, o).map(([s, e, p]) => [s, e, fold(p)]);
          const expected = reference(finder.phrases as string[], t, o).map(([s, e, p]) => [s, e, fold(p)]);
          expect(actual).toEqual(expected);
        }),
        { numRuns: 1000 },
      );
    });
  });
});

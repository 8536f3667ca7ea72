/**
 * Lookup tables for the normaliser, built once at module load so the per-character work is an
 * array read: ASCII classes, Latin letters with diacritics folded to their base letter, letters of
 * other scripts that look like Latin ones (homoglyphs), leetspeak digits, and the invisible,
 * bidi and space characters that have to be told apart from ordinary text.
 */

// Classes of ASCII code units. Plain constants rather than an enum: the build keeps enums as
// objects, and a property read per character is measurable on the hot path.
export const ASCII_PUNCT = 0;
export const ASCII_LOWER = 1;
export const ASCII_UPPER = 2;
export const ASCII_DIGIT = 3;
export const ASCII_SPACE = 4;
export const ASCII_NEWLINE = 5;
/** `@` and `$`: part of a word inside one (leetspeak), punctuation elsewhere. */
export const ASCII_LEET_SYMBOL = 6;

/** The class of every ASCII code unit. */
export const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (c >= 0x61 && c <= 0x7a) table[c] = ASCII_LOWER;
    else if (c >= 0x41 && c <= 0x5a) table[c] = ASCII_UPPER;
    else if (c >= 0x30 && c <= 0x39) table[c] = ASCII_DIGIT;
    else if (c === 0x0a || c === 0x0d) table[c] = ASCII_NEWLINE;
    else if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) table[c] = ASCII_SPACE;
    else if (c === 0x40 || c === 0x24) table[c] = ASCII_LEET_SYMBOL;
    else table[c] = ASCII_PUNCT;
  }
  return table;
})();

/** Whether an ASCII code unit belongs to the base64 alphabet (standard or URL-safe, no padding). */
export const BASE64_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = 1;
  return table;
})();

/**
 * Leetspeak: the letter a digit or symbol stands for inside a word (`1gn0r3`), 0 where none.
 * 2, 6, 8 and 9 are left alone: they stand for too many letters to help.
 */
export const LEET: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const pairs: [string, string][] = [
    ["0", "o"],
    ["1", "i"],
    ["3", "e"],
    ["4", "a"],
    ["5", "s"],
    ["7", "t"],
    ["@", "a"],
    ["$", "s"],
  ];
  for (const [from, to] of pairs) table[from.charCodeAt(0)] = to.charCodeAt(0);
  return table;
})();

/** First code point of the folded Latin range. */
export const FOLD_FIRST = 0xc0;
/** One past the last code point of the folded Latin range (Latin-1 Supplement to Latin Extended-B). */
export const FOLD_END = 0x250;

/**
 * Latin letters with diacritics (U+00C0..U+024F): the lowercase ASCII base letter, 0 for a
 * non-letter (×, ÷). Letters that fold to two (ß, æ, œ, ĳ, þ) have the second in FOLD_SECOND.
 * Derived from Unicode's canonical decomposition, plus the letters that have none (ø, ł, đ...).
 */
export const FOLD: Uint16Array = new Uint16Array(FOLD_END - FOLD_FIRST);
/** The second letter of a two-letter fold (ß -> ss), else 0. */
export const FOLD_SECOND: Uint16Array = new Uint16Array(FOLD_END - FOLD_FIRST);
(() => {
  for (let cp = FOLD_FIRST; cp < FOLD_END; cp++) {
    const base = String.fromCharCode(cp).normalize("NFD").charAt(0).toLowerCase();
    const code = base.charCodeAt(0);
    if (code >= 0x61 && code <= 0x7a) FOLD[cp - FOLD_FIRST] = code;
  }
  const special: [number, string][] = [
    [0xdf, "ss"],
    [0xc6, "ae"],
    [0xe6, "ae"],
    [0x152, "oe"],
    [0x153, "oe"],
    [0x132, "ij"],
    [0x133, "ij"],
    [0xde, "th"],
    [0xfe, "th"],
    [0xd8, "o"],
    [0xf8, "o"],
    [0x110, "d"],
    [0x111, "d"],
    [0x126, "h"],
    [0x127, "h"],
    [0x131, "i"],
    [0x141, "l"],
    [0x142, "l"],
    [0x13f, "l"],
    [0x140, "l"],
    [0x17f, "s"],
    [0x180, "b"],
    [0x1e5, "g"],
    [0x1e4, "g"],
    [0x23a, "a"],
    [0x246, "e"],
    [0x247, "e"],
  ];
  for (const [cp, letters] of special) {
    FOLD[cp - FOLD_FIRST] = letters.charCodeAt(0);
    FOLD_SECOND[cp - FOLD_FIRST] = letters.length > 1 ? letters.charCodeAt(1) : 0;
  }
})();

/**
 * Letters of other scripts that are drawn like a Latin letter (Cyrillic `а` for `a`, Greek `ο` for
 * `o`), lowercase form -> ASCII letter. Used only inside a word that also has Latin letters, so
 * Russian or Greek text stays as it is while `іgnоrе` reads as `ignore`.
 */
export const CONFUSABLE: ReadonlyMap<number, number> = (() => {
  const pairs: [number, string][] = [
    // Cyrillic
    [0x430, "a"],
    [0x432, "b"],
    [0x435, "e"],
    [0x43a, "k"],
    [0x43c, "m"],
    [0x43d, "h"],
    [0x43e, "o"],
    [0x440, "p"],
    [0x441, "c"],
    [0x442, "t"],
    [0x443, "y"],
    [0x445, "x"],
    [0x455, "s"],
    [0x456, "i"],
    [0x457, "i"],
    [0x458, "j"],
    [0x4bb, "h"],
    [0x4cf, "l"],
    [0x501, "d"],
    [0x51b, "q"],
    [0x51d, "w"],
    // Greek
    [0x3b1, "a"],
    [0x3b2, "b"],
    [0x3b5, "e"],
    [0x3b7, "n"],
    [0x3b9, "i"],
    [0x3ba, "k"],
    [0x3bc, "m"],
    [0x3bd, "v"],
    [0x3bf, "o"],
    [0x3c1, "p"],
    [0x3c4, "t"],
    [0x3c5, "u"],
    [0x3c7, "x"],
    [0x3b6, "z"],
    // Latin letters that look like others
    [0x251, "a"],
    [0x261, "g"],
    [0x269, "i"],
    [0x1d00, "a"],
    [0x299, "b"],
    [0x1d04, "c"],
    [0x1d05, "d"],
    [0x1d07, "e"],
    [0x262, "g"],
    [0x29c, "h"],
    [0x26a, "i"],
    [0x1d0a, "j"],
    [0x1d0b, "k"],
    [0x29f, "l"],
    [0x1d0d, "m"],
    [0x274, "n"],
    [0x1d0f, "o"],
    [0x1d18, "p"],
    [0x280, "r"],
    [0x1d1b, "t"],
    [0x1d1c, "u"],
    [0x1d20, "v"],
    [0x1d21, "w"],
    [0x28f, "y"],
    [0x1d22, "z"],
  ];
  return new Map(pairs.map(([cp, letter]) => [cp, letter.charCodeAt(0)]));
})();

/** Lowercase form of a Cyrillic or Greek capital, or the code point itself. */
export function lowerNonLatin(cp: number): number {
  if (cp >= 0x410 && cp <= 0x42f) return cp + 0x20;
  if (cp >= 0x400 && cp <= 0x40f) return cp + 0x50;
  if (cp >= 0x391 && cp <= 0x3a9 && cp !== 0x3a2) return cp + 0x20;
  return cp;
}

// What the normaliser does with a non-ASCII BMP code unit outside the folded Latin range.
/** A letter or symbol of another script: part of a word, kept. */
export const SPECIAL_LETTER = 0;
/** Dropped without ending a word: combining marks, variation selectors. */
export const SPECIAL_DROP = 1;
/** Invisible formatting (zero-width space, joiner, word joiner, BOM...): dropped and counted. */
export const SPECIAL_INVISIBLE = 2;
/** Soft hyphen: dropped, not counted (ordinary in hyphenated German text). */
export const SPECIAL_SOFT_HYPHEN = 3;
/** Bidi embedding, isolate or mark: dropped (ordinary in right-to-left text). */
export const SPECIAL_BIDI = 4;
/** Bidi override (LRO, RLO): dropped and counted (it reorders what a reader sees). */
export const SPECIAL_BIDI_OVERRIDE = 5;
export const SPECIAL_SPACE = 6;
export const SPECIAL_NEWLINE = 7;
/** Punctuation: ends a word; some are rewritten to their ASCII form (see PUNCT_ASCII). */
export const SPECIAL_PUNCT = 8;

/** The class of non-ASCII code units that are not letters (sparse: everything else is a letter). */
export const SPECIAL: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  const range = (from: number, to: number, kind: number) => {
    for (let cp = from; cp <= to; cp++) map.set(cp, kind);
  };
  range(0x80, 0x9f, SPECIAL_DROP);
  map.set(0x85, SPECIAL_NEWLINE);
  map.set(0xa0, SPECIAL_SPACE);
  range(0xa1, 0xbf, SPECIAL_PUNCT);
  map.set(0xaa, SPECIAL_LETTER);
  map.set(0xb5, SPECIAL_LETTER);
  map.set(0xba, SPECIAL_LETTER);
  map.set(0xad, SPECIAL_SOFT_HYPHEN);
  range(0x300, 0x36f, SPECIAL_DROP);
  map.set(0x34f, SPECIAL_INVISIBLE);
  map.set(0x115f, SPECIAL_INVISIBLE);
  map.set(0x1160, SPECIAL_INVISIBLE);
  map.set(0x1680, SPECIAL_SPACE);
  map.set(0x180e, SPECIAL_INVISIBLE);
  range(0x2000, 0x200a, SPECIAL_SPACE);
  range(0x200b, 0x200d, SPECIAL_INVISIBLE);
  map.set(0x200e, SPECIAL_BIDI);
  map.set(0x200f, SPECIAL_BIDI);
  range(0x2010, 0x2027, SPECIAL_PUNCT);
  map.set(0x2028, SPECIAL_NEWLINE);
  map.set(0x2029, SPECIAL_NEWLINE);
  range(0x202a, 0x202c, SPECIAL_BIDI);
  map.set(0x202d, SPECIAL_BIDI_OVERRIDE);
  map.set(0x202e, SPECIAL_BIDI_OVERRIDE);
  map.set(0x202f, SPECIAL_SPACE);
  range(0x2030, 0x205e, SPECIAL_PUNCT);
  map.set(0x205f, SPECIAL_SPACE);
  range(0x2060, 0x2064, SPECIAL_INVISIBLE);
  range(0x2066, 0x2069, SPECIAL_BIDI);
  map.set(0x2212, SPECIAL_PUNCT);
  map.set(0x3000, SPECIAL_SPACE);
  range(0x3001, 0x3003, SPECIAL_PUNCT);
  map.set(0x3164, SPECIAL_INVISIBLE);
  range(0xfe00, 0xfe0f, SPECIAL_DROP);
  map.set(0xfeff, SPECIAL_INVISIBLE);
  map.set(0xffa0, SPECIAL_INVISIBLE);
  return map;
})();

/** Punctuation rewritten to ASCII so rules need one spelling: curly quotes, dashes, ellipsis. */
export const PUNCT_ASCII: ReadonlyMap<number, number> = new Map([
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x201a, 0x27],
  [0x201b, 0x27],
  [0x2032, 0x27],
  [0x201c, 0x22],
  [0x201d, 0x22],
  [0x201e, 0x22],
  [0x201f, 0x22],
  [0x2033, 0x22],
  [0xab, 0x22],
  [0xbb, 0x22],
  [0x2010, 0x2d],
  [0x2011, 0x2d],
  [0x2012, 0x2d],
  [0x2013, 0x2d],
  [0x2014, 0x2d],
  [0x2015, 0x2d],
  [0x2212, 0x2d],
  [0x2026, 0x2e],
  [0x3002, 0x2e],
  [0x3001, 0x2c],
]);

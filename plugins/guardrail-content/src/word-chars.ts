/**
 * Whether the character before or after an offset is a word character: a Unicode letter, mark,
 * digit or underscore. Whole-word matching uses it on the edges of a candidate match only, so
 * the common ASCII case is a table look-up and the Unicode class runs without allocating.
 */

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9_]/.test(String.fromCharCode(c)) ? 1 : 0;

/** Sticky, so it tests the code point at lastIndex in place. */
const UNICODE_WORD = /[\p{L}\p{M}\p{N}_]/uy;

function wordAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 128) return ASCII_WORD[unit] === 1;
  UNICODE_WORD.lastIndex = index;
  return UNICODE_WORD.test(text);
}

/** Whether the code point ending right before `offset` is a word character (false at the start). */
export function wordCharBefore(text: string, offset: number): boolean {
  if (offset <= 0) return false;
  let index = offset - 1;
  const unit = text.charCodeAt(index);
  // The second half of a surrogate pair: the code point starts one unit earlier.
  if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
    const lead = text.charCodeAt(index - 1);
    if (lead >= 0xd800 && lead <= 0xdbff) index--;
  }
  return wordAt(text, index);
}

/** Whether the code point starting at `offset` is a word character (false at the end). */
export function wordCharAt(text: string, offset: number): boolean {
  return offset < text.length && wordAt(text, offset);
}

/** Whether the first code point of a non-empty phrase is a word character. */
export function startsWithWordChar(phrase: string): boolean {
  return wordCharAt(phrase, 0);
}

/** Whether the last code point of a non-empty phrase is a word character. */
export function endsWithWordChar(phrase: string): boolean {
  return wordCharBefore(phrase, phrase.length);
}

/** Whether a unit is an ASCII word character, as the non-Unicode regex `\b` sees it. */
export function isAsciiWordUnit(unit: number): boolean {
  return unit < 128 && ASCII_WORD[unit] === 1;
}

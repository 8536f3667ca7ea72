/**
 * Words in streamed text: where the word being written starts. A check whose matches never hold
 * white space can say, with this, that only the last word of a stream's held text is still
 * undecided (its `pending`); checks that count words use the same notion of white space.
 */

/** Whether a UTF-16 unit is white space as ECMAScript's `\s` defines it. */
export function isWhiteSpace(unit: number): boolean {
  if (unit <= 0x20) return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
  if (unit < 0xa0) return false;
  return (
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

/** The start of the word that holds `text[at - 1]` (`at` itself when that is white space or `at` is 0). */
export function wordStart(text: string, at: number = text.length): number {
  let i = at;
  while (i > 0 && !isWhiteSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

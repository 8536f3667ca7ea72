/**
 * Character tests shared by the hand-written scanners. They work on UTF-16 code units
 * (`charCodeAt`), so a scan allocates nothing.
 */

/** `0-9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII `A-Z` or `a-z`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return isDigit(code) || isAsciiLetter(code);
}

/** What a regex `\w` matches: ASCII letters, digits and `_`. */
export function isWordChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 95;
}

/** The code unit at `index`, or -1 outside the text (so boundary tests need no range check). */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : -1;
}

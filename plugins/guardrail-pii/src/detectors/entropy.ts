/**
 * `secret`, unknown formats: long tokens whose characters look random, measured by their
 * Shannon entropy in bits per character. This is what catches keys of services the known
 * formats do not list, at the price of some false positives on long random-looking ids.
 *
 * A token is a maximal run of `A-Z a-z 0-9 + / = _ -` (base64 and base64url). It is flagged
 * when it is at least `minLength` long, holds both a letter and a digit (long words, camelCase
 * and kebab-case names carry no digit), is not hex only (unless `includeHex`: git hashes,
 * checksums and UUIDs are usually ids, not credentials) and reaches `minBitsPerChar`.
 * The scan is one pass with a counting table reused across calls: no allocation per token.
 */
import { isDigit } from "../chars.js";
import type { Finder } from "../finder.js";
import type { EntropyOptions } from "../options.js";

/** 1 for a token character (base64 / base64url alphabet), 0 otherwise; indexed by ASCII code. */
const TOKEN_CHAR = new Uint8Array(128);
for (let c = 48; c <= 57; c++) TOKEN_CHAR[c] = 1;
for (let c = 65; c <= 90; c++) TOKEN_CHAR[c] = 1;
for (let c = 97; c <= 122; c++) TOKEN_CHAR[c] = 1;
for (const c of "+/=_-") TOKEN_CHAR[c.charCodeAt(0)] = 1;

function isTokenChar(code: number): boolean {
  return code < 128 && TOKEN_CHAR[code] === 1;
}

function isHexOrDash(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102) || code === 45;
}

/** Per-character counts of the token being measured; zeroed again after each token. */
const counts = new Uint16Array(128);

/** Shannon entropy of `text[start, end)` (token characters only), in bits per character. */
export function bitsPerChar(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) counts[text.charCodeAt(i)]!++;
  const n = end - start;
  let sum = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const c = counts[code]!;
    if (c === 0) continue;
    sum += c * Math.log2(c);
    counts[code] = 0;
  }
  return Math.log2(n) - sum / n;
}

/** The entropy finder with the given thresholds. */
export function createEntropyFinder(options: Required<EntropyOptions>): Finder {
  const { minLength, minBitsPerChar, includeHex } = options;
  return (text, out) => {
    const length = text.length;
    // Skip scan: every token of minLength or more that starts in [i, probe] covers `probe`, so
    // when `probe` is no token character the scan jumps past it without reading the rest.
    // Text before `i` never continues a token: `i` always follows a non-token character.
    let i = 0;
    while (i + minLength <= length) {
      const probe = i + minLength - 1;
      if (!isTokenChar(text.charCodeAt(probe))) {
        i = probe + 1;
        continue;
      }
      let start = probe;
      while (start > i && isTokenChar(text.charCodeAt(start - 1))) start--;
      let end = probe + 1;
      while (end < length && isTokenChar(text.charCodeAt(end))) end++;
      if (end - start >= minLength && flagged(text, start, end, minBitsPerChar, includeHex)) {
        out.push({ start, end, label: "secret" });
      }
      i = end + 1;
    }
  };
}

/** The character tests and the entropy threshold, for one token of sufficient length. */
function flagged(text: string, start: number, end: number, minBits: number, includeHex: boolean): boolean {
  let letter = false;
  let digit = false;
  let hexOnly = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digit = true;
    else if ((code | 32) >= 97 && (code | 32) <= 122) letter = true;
    if (hexOnly && !isHexOrDash(code)) hexOnly = false;
  }
  if (!letter || !digit || (hexOnly && !includeHex)) return false;
  return bitsPerChar(text, start, end) >= minBits;
}

/**
 * `secret`, unknown formats: long tokens whose characters look random, measured by their
 * Shannon entropy in bits per character. This is what catches keys of services the known
 * formats do not list, at the price of some false positives on long random-looking ids.
 *
 * A token is a maximal run of `A-Z a-z 0-9 + / = _ -` (base64 and base64url). It is flagged
 * when it is at least `minLength` and at most `MAX_TOKEN` long (longer runs are encoded data
 * such as inline images), holds upper-case letters, lower-case letters and digits (long words,
 * snake_case, kebab-case and most identifiers lack one of them), is not hex only (unless
 * `includeHex`, and then letters and digits suffice: git hashes, checksums and UUIDs are
 * usually ids), is not a path (when it holds
 * `/`, some run between slashes must reach 16 characters), is not an integrity hash
 * (`sha512-...`), and reaches `minBitsPerChar`.
 * The scan is one pass with a counting table reused across calls: no allocation per token.
 */
import { isDigit } from "../chars.js";
import type { Finder } from "../finder.js";
import type { EntropyOptions } from "../options.js";

/** Longest token considered: beyond this a run is encoded data, not a credential. */
export const MAX_TOKEN = 1024;
/** A token holding `/` must have a run this long between slashes, or it is taken for a path. */
const MIN_SEGMENT = 16;

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
      const tokenLength = end - start;
      if (
        tokenLength >= minLength &&
        tokenLength <= MAX_TOKEN &&
        flagged(text, start, end, minBitsPerChar, includeHex)
      ) {
        out.push({ start, end, label: "secret" });
      }
      i = end + 1;
    }
  };
}

/** Integrity hashes (`sha512-<base64>`, as in lockfiles and SRI attributes) are not secrets. */
const INTEGRITY_PREFIX = /^sha(?:256|384|512)-/;

/** The character tests and the entropy threshold, for one token of sufficient length. */
function flagged(text: string, start: number, end: number, minBits: number, includeHex: boolean): boolean {
  let upper = false;
  let lower = false;
  let digit = false;
  let hexOnly = true;
  let segment = 0;
  let longestSegment = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) digit = true;
    else if (code >= 65 && code <= 90) upper = true;
    else if (code >= 97 && code <= 122) lower = true;
    if (hexOnly && !isHexOrDash(code)) hexOnly = false;
    if (code === 47) {
      segment = 0;
    } else if (++segment > longestSegment) {
      longestSegment = segment;
    }
  }
  // Hex has one letter case by nature: it needs letters and digits, and includeHex.
  if (hexOnly ? !includeHex || !digit || !(upper || lower) : !upper || !lower || !digit) return false;
  // A path ("/v1/users/Ab3/...") is short words between slashes; random base64 has long runs.
  if (longestSegment < MIN_SEGMENT) return false;
  if (INTEGRITY_PREFIX.test(text.slice(start, start + 7))) return false;
  return bitsPerChar(text, start, end) >= minBits;
}

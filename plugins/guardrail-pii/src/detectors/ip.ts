/**
 * `ip_address`: IPv4 in dotted-quad form and IPv6 in its full, compressed (`::`) and
 * IPv4-suffixed forms. Regexes only find the shape; the octet and group rules are checked in
 * code, which keeps the regexes free of nested repetition.
 *
 * IPv4: four decimal octets 0-255 without leading zeros, not glued to letters, digits or
 * further dotted parts. A dotted quad right after "v" or the word "version" is a version
 * number, not an address; any other "1.2.3.4" is reported (the text alone cannot tell).
 * IPv6: eight groups of 1-4 hex digits, or fewer around a single `::`; the last two groups may
 * be written as an IPv4 address. A bare `::` and zone ids (`%eth0`) are not recognised.
 */
import { codeAt, isDigit, isWordChar } from "../chars.js";
import type { Finder } from "../finder.js";
import type { Span } from "../span.js";

/** True when `part` is a decimal octet 0-255 without a leading zero. */
function validOctet(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > 3) return false;
  if (length > 1 && text.charCodeAt(start) === 48) return false;
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (text.charCodeAt(i) - 48);
  return value <= 255;
}

/** True when `text[start, end)` is exactly a dotted-quad IPv4 address. */
function validIpv4(text: string, start: number, end: number): boolean {
  let dots = 0;
  let partStart = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 46) {
      if (!isDigit(text.charCodeAt(i))) return false;
      continue;
    }
    if (!validOctet(text, partStart, i)) return false;
    if (i < end) dots++;
    partStart = i + 1;
  }
  return dots === 3;
}

const VERSION_WORD = /version[\s:]*$/i;

/** `1.2.3.4` after "version" / "version:" reads as a version number. */
function afterVersionWord(text: string, start: number): boolean {
  return VERSION_WORD.test(text.slice(Math.max(0, start - 10), start));
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

/** True when `text[start, end)` is one IPv6 address (see the module comment for the forms). */
export function validIpv6(text: string, start: number, end: number): boolean {
  let groups = 0;
  let compressed = false;
  let sawHex = false;
  let i = start;
  if (text.startsWith("::", i)) {
    compressed = true;
    i += 2;
    if (i === end) return false;
  } else if (text.charCodeAt(i) === 58) {
    return false;
  }
  while (i < end) {
    const groupStart = i;
    while (i < end && isHex(text.charCodeAt(i))) i++;
    const length = i - groupStart;
    if (i < end && text.charCodeAt(i) === 46) {
      // An embedded IPv4 address: the rest of the text, counting as two groups.
      if (!validIpv4(text, groupStart, end)) return false;
      groups += 2;
      sawHex = true;
      break;
    }
    if (length < 1 || length > 4) return false;
    groups++;
    sawHex = true;
    if (i === end) break;
    // text[i] is ':' (the candidate holds only hex, ':' and '.').
    i++;
    if (i < end && text.charCodeAt(i) === 58) {
      if (compressed) return false;
      compressed = true;
      i++;
    } else if (i === end) {
      return false;
    }
  }
  return sawHex && (compressed ? groups <= 7 : groups === 8);
}

/** Hex digits, `:` and `.`: what an IPv6 address is written with. */
function isIpv6Char(code: number): boolean {
  return isHex(code) || code === 58 || code === 46;
}

/**
 * IPv6 addresses, found from each `:`: the run of address characters around it is the
 * candidate. Each character is walked at most twice, since the next search starts past the run.
 */
function findIpv6(text: string, out: Span[]): void {
  let colon = text.indexOf(":");
  while (colon !== -1) {
    let start = colon;
    while (start > 0 && isIpv6Char(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && isIpv6Char(text.charCodeAt(end))) end++;
    const runEnd = end;
    // Glued to a word ("std::", "fe80::1g") or to more dotted parts: not an address.
    const glued = isWordChar(codeAt(text, start - 1)) || isWordChar(codeAt(text, end));
    while (start < end && text.charCodeAt(start) === 46) start++;
    // Sentence punctuation: "... at fe80::1." or "fe80::1: the router".
    if (text.charCodeAt(end - 1) === 46) end--;
    if (text.charCodeAt(end - 1) === 58 && text.charCodeAt(end - 2) !== 58) end--;
    if (!glued && end - start >= 2 && validIpv6(text, start, end)) {
      out.push({ start, end, label: "ip_address" });
    }
    colon = text.indexOf(":", runEnd);
  }
}

/** The `ip_address` finder. */
export function createIpFinder(): Finder {
  const ipv4 = /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/g;
  return (text, out) => {
    ipv4.lastIndex = 0;
    for (let m = ipv4.exec(text); m !== null; m = ipv4.exec(text)) {
      const end = m.index + m[0].length;
      if (validIpv4(text, m.index, end) && !afterVersionWord(text, m.index)) {
        out.push({ start: m.index, end, label: "ip_address" });
      }
    }
    findIpv6(text, out);
  };
}

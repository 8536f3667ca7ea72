/**
 * `card`: payment card numbers. A candidate is 13-19 digits, bare or in groups split by single
 * spaces or single dashes (one kind per number), standing alone (no letter, digit, dot or dash
 * glued to either end). It counts when it passes the Luhn check and its issuer prefix and
 * length belong to a known scheme; the prefix table is credit-card-type's (Visa, Mastercard
 * incl. the 2-series, American Express, Discover, JCB, Diners Club, UnionPay, Maestro, and a
 * few national schemes), kept current by its maintainers.
 */
import { isDigit } from "../chars.js";
import type { Finder } from "../finder.js";
import { knownCardScheme } from "./card-schemes.js";

/** The digits of the candidate being read, one value 0-9 each: reused, nothing allocated. */
const digits = new Uint8Array(19);

/** Luhn over the first `length` values of `digits`. */
function luhn(length: number): boolean {
  let sum = 0;
  for (let i = length - 1, double = false; i >= 0; i--, double = !double) {
    const d = digits[i]!;
    sum += double ? (d > 4 ? d * 2 - 9 : d * 2) : d;
  }
  return sum % 10 === 0;
}

/**
 * The end of the longest card number starting at `start` within the run `[start, end)`: the
 * whole run or the run less some trailing groups (a card followed by another number), or -1.
 */
function cardEnd(text: string, start: number, end: number): number {
  let count = 0;
  let separator = -1;
  let found = -1;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : -1;
    if (isDigit(code)) {
      if (count === 19) return found;
      digits[count++] = code - 48;
      continue;
    }
    // A group ends at i: is the number so far a card?
    if (count >= 13 && luhn(count) && knownCardScheme(digits, count)) found = i;
    if (i === end) break;
    // Separators must be single and all alike; past a break, no longer number can qualify.
    if (!isDigit(text.charCodeAt(i - 1)) || (separator !== -1 && separator !== code)) break;
    if (!isDigit(text.charCodeAt(i + 1))) break;
    separator = code;
  }
  return found;
}

/** The `card` finder. */
export function createCardFinder(): Finder {
  // 13-19 digits with separators in between: at most 18 separators, so at most 37 characters.
  const candidate = /(?<![\w.-])\d[\d -]{11,35}\d(?![\w]|[.-]\d)/g;
  return (text, out) => {
    candidate.lastIndex = 0;
    for (let match = candidate.exec(text); match !== null; match = candidate.exec(text)) {
      const start = match.index;
      const end = cardEnd(text, start, start + match[0].length);
      if (end !== -1) {
        out.push({ start, end, label: "card" });
        candidate.lastIndex = end;
      } else {
        // Not a card from here; a later group of the same run may still start one.
        candidate.lastIndex = start + 1;
      }
    }
  };
}

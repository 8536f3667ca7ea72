/**
 * Which card schemes issue a number: the issuer (IIN) prefixes and lengths of credit-card-type,
 * read once into flat numeric ranges. The library's own lookup clones its whole table on every
 * call (it is built for checkout forms, one call per keystroke), far too slow for every request.
 */
import creditCardType from "credit-card-type";

interface PrefixRange {
  /** Number of leading digits compared. */
  digits: number;
  low: number;
  high: number;
  /** Card lengths the scheme issues. */
  lengths: readonly number[];
}

function loadRanges(): PrefixRange[] {
  const ranges: PrefixRange[] = [];
  for (const type of Object.values(creditCardType.types)) {
    const { patterns, lengths } = creditCardType.getTypeInfo(type);
    for (const pattern of patterns) {
      const [low, high] = Array.isArray(pattern) ? pattern : [pattern, pattern];
      ranges.push({ digits: String(low).length, low: low!, high: high!, lengths });
    }
  }
  return ranges;
}

const RANGES = loadRanges();

/**
 * True when a known scheme issues card numbers of `length` digits starting with the first
 * digits of `digits` (one digit value 0-9 per element).
 */
export function knownCardScheme(digits: Uint8Array, length: number): boolean {
  for (const range of RANGES) {
    if (length < range.digits || !range.lengths.includes(length)) continue;
    let prefix = 0;
    for (let i = 0; i < range.digits; i++) prefix = prefix * 10 + digits[i]!;
    if (prefix >= range.low && prefix <= range.high) return true;
  }
  return false;
}

/**
 * `phone`: telephone numbers that libphonenumber-js (with its full "max" metadata) considers
 * valid for one of the configured regions, or valid anywhere when written in international
 * form (`+`, or a configured region's international dialling prefix).
 *
 * libphonenumber's text scan costs about 20-25 µs per candidate number (it rebuilds its pattern
 * regexes on every check), so it never sees the whole text: a cheap regex finds digit runs
 * that could be a number (digits with spaces, dashes, dots, slashes or brackets between them),
 * and only those whose digit count fits one of the regions (or written internationally), that are
 * not shaped like a date or an IPv4 address, and that no other detector has claimed already
 * are passed to it. Answers are kept in a small bounded cache keyed by the candidate text,
 * because chat requests resend the whole conversation, so the same numbers come back on every
 * turn.
 */
import {
  type CountryCode,
  findPhoneNumbersInText,
  isSupportedCountry,
  Metadata,
  type NumberingPlan,
} from "libphonenumber-js/max";
import { isDigit } from "../chars.js";
import type { Finder } from "../finder.js";
import { Claims } from "./claims.js";

/** Candidate texts whose answer is kept; the cache is emptied when it is full. */
const CACHE_SIZE = 512;
/** E.164 allows 15 digits; an international dialling prefix ("00", "011") adds up to 3. */
const MAX_INTERNATIONAL_DIGITS = 18;
const MIN_INTERNATIONAL_DIGITS = 7;

const DATE_SHAPES = [/^\d{4}([-/.])\d{1,2}\1\d{1,2}$/, /^\d{1,2}([-/.])\d{1,2}\1\d{2,4}$/];
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** A region's national numbers: digit counts without and with a trunk prefix ("0", "1"). */
interface Region {
  code: CountryCode;
  minDigits: number;
  maxDigits: number;
  /**
   * The trunk prefix a national number must be written with ("0" in most regions), or "" where
   * it is usually left out (the "1" of the North American plan) or there is none.
   */
  trunk: string;
}

/** The numbering plan as libphonenumber-js builds it; `nationalPrefix` is missing from its types. */
type PlanWithPrefix = NumberingPlan & { nationalPrefix?: () => string | undefined };

function region(code: string): Region {
  if (!isSupportedCountry(code)) {
    throw new TypeError(`guardrail-pii: phoneRegions: "${code}" is not a region libphonenumber-js knows`);
  }
  const metadata = new Metadata();
  metadata.selectNumberingPlan(code);
  const plan = metadata.numberingPlan as PlanWithPrefix | undefined;
  const lengths = plan?.possibleLengths() ?? [];
  const prefix = plan?.nationalPrefix?.() ?? "";
  return {
    code,
    minDigits: Math.min(...lengths),
    maxDigits: Math.max(...lengths) + 2,
    trunk: prefix === "1" ? "" : prefix,
  };
}

/** The `phone` finder for the given regions (ISO 3166-1 alpha-2 codes). */
export function createPhoneFinder(regionCodes: readonly string[]): Finder {
  const regions = regionCodes.map(region);
  if (regions.length === 0) throw new TypeError("guardrail-pii: phoneRegions must name at least one region");
  // Optional "+", "(" or "(+", a digit, then up to 30 digits and separators, ending on a digit.
  const candidate = /(?<![\w+.])(?:\+|\(\+|\()?\d[\d \-./()\u00A0]{4,30}\d(?!\w)/g;
  const cache = new Map<string, readonly number[]>();

  /** Offsets pairs [start, end, start, end...] of the valid numbers inside `text`. */
  function numbersIn(text: string, digits: number): readonly number[] {
    const cached = cache.get(text);
    if (cached !== undefined) return cached;
    const international = writtenInternational(text);
    const offsets: number[] = [];
    for (const { code, minDigits, maxDigits, trunk } of regions) {
      if (!international && (digits < minDigits || digits > maxDigits)) continue;
      for (const found of findPhoneNumbersInText(text, { defaultCountry: code })) {
        // "1440938160" is a valid UK number to libphonenumber, but nobody in the UK writes
        // one without its leading 0: such runs are timestamps and ids.
        if (!international && trunk !== "" && !writtenWith(text, found.startsAt, trunk)) continue;
        if (!overlapsAny(offsets, found.startsAt, found.endsAt)) offsets.push(found.startsAt, found.endsAt);
      }
      // A "+" number reads the same whatever the region.
      if (international && text.charCodeAt(0) === 43) break;
    }
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(detached(text), offsets);
    return offsets;
  }

  return (text, out) => {
    candidate.lastIndex = 0;
    // Most texts reach here with nothing claimed: no index to build then.
    const claims = out.length > 0 ? new Claims(out) : undefined;
    for (let m = candidate.exec(text); m !== null; m = candidate.exec(text)) {
      const value = m[0];
      const start = m.index;
      if (claims?.cover(start, start + value.length)) continue;
      let digits = 0;
      for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i))) digits++;
      if (!plausible(value, digits, regions)) continue;
      const offsets = numbersIn(value, digits);
      for (let i = 0; i < offsets.length; i += 2) {
        out.push({ start: start + offsets[i]!, end: start + offsets[i + 1]!, label: "phone" });
      }
    }
  };
}

/**
 * A copy of `value` built character by character. A regex match is a slice that keeps the whole
 * text it was cut from alive; a cache key must not keep the prompts of past requests in memory.
 */
function detached(value: string): string {
  let copy = "";
  for (let i = 0; i < value.length; i++) copy += value.charAt(i);
  return copy;
}

/** The cheap tests that keep most digit runs away from libphonenumber. */
function plausible(value: string, digits: number, regions: readonly Region[]): boolean {
  if (writtenInternational(value)) {
    if (digits < MIN_INTERNATIONAL_DIGITS || digits > MAX_INTERNATIONAL_DIGITS) return false;
  } else {
    let fits = false;
    for (const r of regions) if (digits >= r.minDigits && digits <= r.maxDigits) fits = true;
    if (!fits) return false;
  }
  if (DOTTED_QUAD.test(value)) return false;
  for (const shape of DATE_SHAPES) if (shape.test(value)) return false;
  return true;
}

/**
 * A number written in international form: "+", "(+", or an international dialling prefix
 * ("00" in most regions, "011" in North America; libphonenumber reads the one of the region).
 */
function writtenInternational(value: string): boolean {
  return (
    value.charCodeAt(0) === 43 || value.startsWith("(+") || value.startsWith("00") || value.startsWith("011")
  );
}

/** True when the digits written from `start` begin with `prefix` (brackets are skipped). */
function writtenWith(text: string, start: number, prefix: string): boolean {
  let matched = 0;
  for (let i = start; i < text.length && matched < prefix.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) continue;
    if (code !== prefix.charCodeAt(matched)) return false;
    matched++;
  }
  return matched === prefix.length;
}

function overlapsAny(offsets: readonly number[], start: number, end: number): boolean {
  for (let i = 0; i < offsets.length; i += 2) if (start < offsets[i + 1]! && offsets[i]! < end) return true;
  return false;
}

/**
 * `compileDetector`: turns the options into one function that finds every enabled kind of
 * personal data and secret in a text. All regexes, tables and region metadata are prepared
 * here, once, at boot; a call then runs each enabled finder over the text, drops allowed
 * values and resolves overlaps.
 */
import { createCardFinder } from "./detectors/card.js";
import { createEmailFinder } from "./detectors/email.js";
import { createEntropyFinder } from "./detectors/entropy.js";
import { createIbanFinder } from "./detectors/iban.js";
import { createIpFinder } from "./detectors/ip.js";
import {
  createCaSinFinder,
  createInAadhaarFinder,
  createUkNinoFinder,
  createUsSsnFinder,
} from "./detectors/national-ids.js";
import { createPhoneFinder } from "./detectors/phone.js";
import { createSecretFormatsFinder } from "./detectors/secrets.js";
import type { Finder } from "./finder.js";
import { type PiiOptions, resolveOptions } from "./options.js";
import { resolveOverlaps } from "./overlap.js";
import type { Span } from "./span.js";

/** A compiled detector: the spans of `text` to flag, sorted by start, never overlapping. */
export type PiiDetector = (text: string) => Span[];

/**
 * Compiles the detectors `options` enable into one function. Throws a `TypeError` on an
 * unknown label or region, a bad entropy threshold or an allow pattern that does not compile.
 * The returned function is deterministic: the same text always gives the same spans.
 */
export function compileDetector(options: PiiOptions = {}): PiiDetector {
  const resolved = resolveOptions(options);
  const on = resolved.detect;
  // Cheap and specific finders first; phone last, so it can skip what others claimed and
  // spare libphonenumber the work.
  const finders: Finder[] = [];
  if (on.has("secret")) finders.push(createSecretFormatsFinder());
  if (on.has("email")) finders.push(createEmailFinder());
  if (on.has("card")) finders.push(createCardFinder());
  if (on.has("iban")) finders.push(createIbanFinder());
  if (on.has("us_ssn")) finders.push(createUsSsnFinder());
  if (on.has("uk_nino")) finders.push(createUkNinoFinder());
  if (on.has("ca_sin")) finders.push(createCaSinFinder());
  if (on.has("in_aadhaar")) finders.push(createInAadhaarFinder());
  if (on.has("ip_address")) finders.push(createIpFinder());
  if (on.has("secret") && resolved.entropy) finders.push(createEntropyFinder(resolved.entropy));
  if (on.has("phone")) finders.push(createPhoneFinder(resolved.phoneRegions));
  const allow = resolved.allow;

  return (text) => {
    const found: Span[] = [];
    if (text.length === 0) return found;
    for (const finder of finders) finder(text, found);
    if (found.length === 0) return found;
    const kept = allow.length === 0 ? found : found.filter((span) => !allowed(allow, text, span));
    return resolveOverlaps(kept);
  };
}

function allowed(allow: readonly RegExp[], text: string, span: Span): boolean {
  const value = text.slice(span.start, span.end);
  for (const pattern of allow) if (pattern.test(value)) return true;
  return false;
}

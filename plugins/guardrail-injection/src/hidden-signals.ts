/**
 * The encoded-payload signals: text a reader does not see or does not read as an instruction,
 * but a model does. Their weights sit here, next to one another, so they are tuned together.
 */

/** A rule matched on a word spelled with leetspeak, homoglyphs or invisible characters: weight = BASE + SCALE × rule weight. */
export const OBFUSCATED_KEYWORD_BASE = 0.5;
export const OBFUSCATED_KEYWORD_SCALE = 0.5;
/** Invisible characters between Latin letters: this many make a signal. */
export const MIN_INVISIBLE_IN_WORDS = 2;
export const INVISIBLE_WEIGHT = 0.55;
/** A bidi override (U+202D, U+202E): reorders what a reader sees. */
export const BIDI_OVERRIDE_WEIGHT = 0.5;
/** Tag characters outside an emoji flag: ASCII smuggled invisibly. */
export const TAG_WEIGHT = 0.85;
/** Variation selectors of the supplement block: this many make a signal (bytes smuggled invisibly). */
export const MIN_VARIATION_SELECTORS = 4;
export const VARIATION_WEIGHT = 0.7;
/** Letter-spaced text ("s a y t h a t ..."), a way past word filters. */
export const SPACED_LETTERS_WEIGHT = 0.5;
/** Base64 that decodes to readable text. */
export const BASE64_TEXT_WEIGHT = 0.35;
/** Base64 whose decoded text matches a rule: at least this. */
export const BASE64_INJECTION_WEIGHT = 0.9;

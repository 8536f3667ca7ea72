/**
 * The shape of a detection rule and the regex pieces rules are written with. Rules read the
 * normalised text (see normalise.ts): lowercase, ASCII letters for German umlauts (ä -> a, ß -> ss),
 * one space or newline between words. A rule starts at one of its trigger words, so the scorer
 * tries it only where such a word stands; its regex must do bounded work from there (bounded
 * repetitions only), which keeps the whole scan linear in the length of the prompt.
 */
import type { Category } from "../categories.js";

/** A weighted pattern of one category. */
export interface Rule {
  /** Stable name, for tests and tuning. */
  readonly id: string;
  readonly category: Category;
  /** How strongly a match alone suggests an injection, 0..1 (combined by noisy-OR). */
  readonly weight: number;
  /**
   * Where the rule can start: a whole word as the normalised text spells it, two consecutive
   * words separated by one space (`"you are"`: for rules that start with a common word, so they
   * are tried only where the pair stands), or one ASCII punctuation character (`<`, `[`, `#`, `\`).
   */
  readonly triggers: readonly string[];
  /** Regex source (flags `yu`) for what follows the trigger. */
  readonly pattern: string;
  /** Regex source of a lookbehind that must hold before the trigger (`(?<!...)`), if any. */
  readonly before?: string;
}

/** Between two words: whitespace and light punctuation. */
export const S = `[\\s,;:"'()*\\-]{1,4}`;
/** An optional separator (`${S}?` would make S's repetition lazy instead). */
export const S0 = `(?:${S})?`;
/** One word. */
export const W = `[^\\s.!?,;:"'()*\\-]{1,30}`;
/** Up to `k` filler words, as few as possible. */
export const gap = (k: number): string => `(?:${S}${W}){0,${k}}?`;
/** The end of a word. */
export const E = "(?![\\p{L}\\p{N}])";
/** Any of the given alternatives. */
export const any = (...alternatives: readonly string[]): string => `(?:${alternatives.join("|")})`;
/** A separator, then any of the alternatives as a whole word. */
export const next = (...alternatives: readonly string[]): string => `${S}${any(...alternatives)}${E}`;

/** Every pair of a first and a second word, as pair triggers. */
export const pairs = (firsts: readonly string[], seconds: readonly string[]): string[] =>
  firsts.flatMap((first) => seconds.map((second) => `${first} ${second}`));

/**
 * The prompt-injection scorer: normalise, run the rules at their trigger words, add the hidden-
 * payload signals, and combine everything by noisy-OR (score = 1 - Π(1 - wᵢ) over distinct rules
 * and signal kinds, so one strong signal decides and several weak ones add up). Everything that
 * can be prepared is prepared in `compileScorer`; a call on an ordinary prompt allocates little
 * more than its result (strings are built only around trigger words), and one span per signal.
 */
import { Base64Probe } from "./base64-probe.js";
import { CATEGORIES, type Category, isCategory } from "./categories.js";
import {
  BASE64_INJECTION_WEIGHT,
  BASE64_TEXT_WEIGHT,
  BIDI_OVERRIDE_WEIGHT,
  INVISIBLE_WEIGHT,
  MIN_INVISIBLE_IN_WORDS,
  MIN_VARIATION_SELECTORS,
  OBFUSCATED_KEYWORD_BASE,
  OBFUSCATED_KEYWORD_SCALE,
  SPACED_LETTERS_WEIGHT,
  TAG_WEIGHT,
  VARIATION_WEIGHT,
} from "./hidden-signals.js";
import { CONFUSABLE_WORD, INVISIBLE_WORD, LEET_WORD, Normaliser } from "./normalise.js";
import { compileRules, matchRules, type RuleHits, type RuleSet, ruleHits } from "./rule-set.js";
import { BUILT_IN_RULES } from "./rules/index.js";
import type { Span } from "./span.js";

/**
 * The threshold chosen on the training split of the benchmark (see README.md): the score at or
 * above which a prompt counts as an injection.
 */
export const DEFAULT_THRESHOLD = 0.5;

/** A pattern added by configuration. */
export interface ExtraPattern {
  /**
   * A JavaScript regular expression (compiled with the `u` flag), matched against the normalised
   * prompt: lowercase, diacritics folded (ä -> a, ß -> ss), whitespace collapsed to one space.
   */
  pattern: string;
  /** How strongly a match suggests an injection, in (0, 1]. */
  weight: number;
  /** The label of its signals; `custom` by default. */
  label?: string;
}

/** What `compileScorer` takes. */
export interface ScorerOptions {
  /** The categories to detect; all by default. */
  categories?: readonly Category[];
  /** Extra patterns, scored like the built-in rules. */
  patterns?: readonly ExtraPattern[];
}

/** A prompt's score and the signals behind it. */
export interface ScoreResult {
  /** 0 (nothing found) to 1: noisy-OR of the distinct signals' weights. */
  score: number;
  /** Where each signal was found, in the original text; `label` is its category. */
  signals: Span[];
}

/** Scores one prompt. Synchronous, deterministic, linear in the prompt's length. */
export type Scorer = (text: string) => ScoreResult;

/** Most spans reported per prompt. */
const MAX_SIGNALS = 32;
/** Most matches of one extra pattern per prompt. */
const MAX_EXTRA_MATCHES = 16;

interface CompiledExtra {
  readonly regex: RegExp;
  readonly weight: number;
  readonly label: string;
}

/**
 * Builds a scorer: compiles the rules of the enabled categories and the extra patterns. Throws
 * on an unknown category or an extra pattern that does not compile or has a weight outside (0, 1].
 * The scorer keeps buffers between calls: use one per thread of execution (calls are synchronous,
 * so one per process is fine).
 */
export function compileScorer(options: ScorerOptions = {}): Scorer {
  const enabled = new Set<Category>(options.categories ?? CATEGORIES);
  for (const category of enabled)
    if (!isCategory(category)) throw new Error(`unknown injection category "${String(category)}"`);
  const set = compileRules(BUILT_IN_RULES.filter((rule) => enabled.has(rule.category)));
  const extras = (options.patterns ?? []).map(compileExtra);
  const hidden = enabled.has("encoded-payload");
  const state = {
    norm: new Normaliser(set.triggers),
    inner: new Normaliser(set.triggers),
    probe: new Base64Probe(),
    hits: ruleHits(set),
    innerHits: ruleHits(set),
    seen: new Uint8Array(set.rules.length),
  };

  return (text: string): ScoreResult => {
    const { norm, hits, seen } = state;
    norm.run(text);
    matchRules(set, norm, hits);
    const signals: Span[] = [];
    let keep = 1;

    for (let h = 0; h < hits.count; h++) {
      const index = hits.rule[h]!;
      const rule = set.rules[index]!;
      if (seen[index] === 0) {
        seen[index] = 1;
        keep *= 1 - rule.weight;
      }
      addSpan(signals, norm, text, hits.start[h]!, hits.end[h]!, rule.category, rule.weight);
    }
    for (let h = 0; h < hits.count; h++) seen[hits.rule[h]!] = 0;

    if (hidden) keep *= 1 - hiddenSignals(text, set, state, signals);

    for (let e = 0; e < extras.length; e++) {
      const extra = extras[e]!;
      const regex = extra.regex;
      regex.lastIndex = 0;
      let found = 0;
      const whole = norm.buildText();
      let match = regex.exec(whole);
      while (match !== null && found < MAX_EXTRA_MATCHES) {
        const start = match.index;
        const end = start + match[0].length;
        if (found++ === 0) keep *= 1 - extra.weight;
        if (end > start) addSpan(signals, norm, text, start, end, extra.label, extra.weight);
        if (end === start) regex.lastIndex = end + 1;
        match = regex.exec(whole);
      }
    }

    const score = 1 - keep;
    return { score: Math.min(1, Math.max(0, score)), signals };
  };
}

interface ScorerState {
  readonly norm: Normaliser;
  readonly inner: Normaliser;
  readonly probe: Base64Probe;
  readonly hits: RuleHits;
  readonly innerHits: RuleHits;
}

/**
 * The encoded-payload signals of the last normalised prompt: adds their spans and returns their
 * combined weight (noisy-OR over signal kinds, each kind counted once at its strongest).
 */
function hiddenSignals(text: string, set: RuleSet, state: ScorerState, signals: Span[]): number {
  const { norm, hits } = state;
  const label: Category = "encoded-payload";
  let keep = 1;

  let obfuscated = 0;
  for (let h = 0; h < hits.count; h++) {
    const start = hits.start[h]!;
    const end = hits.end[h]!;
    // The obfuscated words that overlap the match: from the first ending after its start.
    for (let o = norm.firstObfuscatedEndingAfter(start); o < norm.obfuscated; o++) {
      if (norm.obfuscatedStart[o]! >= end) break;
      const flags = norm.obfuscatedFlags[o]!;
      if ((flags & (LEET_WORD | CONFUSABLE_WORD | INVISIBLE_WORD)) === 0) continue;
      const weight = OBFUSCATED_KEYWORD_BASE + OBFUSCATED_KEYWORD_SCALE * set.rules[hits.rule[h]!]!.weight;
      if (weight > obfuscated) obfuscated = weight;
      addSpan(signals, norm, text, start, end, label, weight);
      break;
    }
  }
  keep *= 1 - obfuscated;

  if (norm.invisibleInWords >= MIN_INVISIBLE_IN_WORDS) {
    keep *= 1 - INVISIBLE_WEIGHT;
    pushSpan(signals, norm.invisibleAt, norm.invisibleAt + 1, label, INVISIBLE_WEIGHT);
  }
  if (norm.bidiOverrides > 0) {
    keep *= 1 - BIDI_OVERRIDE_WEIGHT;
    pushSpan(signals, norm.bidiOverrideAt, norm.bidiOverrideAt + 1, label, BIDI_OVERRIDE_WEIGHT);
  }
  if (norm.tags > 0) {
    keep *= 1 - TAG_WEIGHT;
    pushSpan(signals, norm.tagStart, norm.tagEnd, label, TAG_WEIGHT);
  }
  if (norm.variationSelectors >= MIN_VARIATION_SELECTORS) {
    keep *= 1 - VARIATION_WEIGHT;
    pushSpan(signals, norm.variationStart, norm.variationEnd, label, VARIATION_WEIGHT);
  }
  if (norm.spacedRuns > 0) {
    keep *= 1 - SPACED_LETTERS_WEIGHT;
    for (let s = 0; s < norm.spacedRuns; s++)
      pushSpan(signals, norm.spacedStart[s]!, norm.spacedEnd[s]!, label, SPACED_LETTERS_WEIGHT);
  }

  let base64 = 0;
  for (let b = 0; b < norm.base64Runs; b++) {
    const start = norm.base64Start[b]!;
    const end = norm.base64End[b]!;
    const decoded = state.probe.textAt(text, start, end);
    if (decoded === undefined) continue;
    const weight = decodedWeight(decoded, set, state);
    if (weight > base64) base64 = weight;
    pushSpan(signals, start, end, label, weight);
  }
  keep *= 1 - base64;

  return 1 - keep;
}

/** The weight of base64 that decoded to `decoded`: strong when the decoded text matches a rule. */
function decodedWeight(decoded: string, set: RuleSet, state: ScorerState): number {
  const { inner, innerHits } = state;
  inner.run(decoded);
  matchRules(set, inner, innerHits);
  let strongest = 0;
  for (let h = 0; h < innerHits.count; h++) {
    const weight = set.rules[innerHits.rule[h]!]!.weight;
    if (weight > strongest) strongest = weight;
  }
  return innerHits.count > 0 ? Math.max(BASE64_INJECTION_WEIGHT, strongest) : BASE64_TEXT_WEIGHT;
}

/** Adds the span of a normalised range, mapped back to the original text. */
function addSpan(
  signals: Span[],
  norm: Normaliser,
  text: string,
  start: number,
  end: number,
  label: string,
  score: number,
): void {
  const from = norm.origin[start]!;
  let to = end < norm.length ? norm.origin[end]! : text.length;
  const last = norm.origin[end - 1]!;
  if (to <= last) to = last + 1;
  pushSpan(signals, from, to, label, score);
}

function pushSpan(signals: Span[], start: number, end: number, label: string, score: number): void {
  if (signals.length < MAX_SIGNALS) signals.push({ start, end, label, score });
}

function compileExtra(extra: ExtraPattern, index: number): CompiledExtra {
  if (!(extra.weight > 0 && extra.weight <= 1))
    throw new Error(`patterns[${index}]: weight must be in (0, 1], got ${extra.weight}`);
  let regex: RegExp;
  try {
    regex = new RegExp(extra.pattern, "gu");
  } catch (error) {
    throw new Error(`patterns[${index}]: invalid regular expression: ${(error as Error).message}`);
  }
  return { regex, weight: extra.weight, label: extra.label ?? "custom" };
}

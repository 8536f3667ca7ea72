/**
 * @aigw/guardrail-injection: the prompt-injection guardrail plugin (the default export), and its
 * scorer for use without a gateway. `compileScorer` turns options into a function that scores a
 * prompt 0..1 and says where the signals are. It is pure (no I/O, no model download): rules and
 * weights over a normalised copy of the text, precompiled, linear in the prompt's length.
 */
export { CATEGORIES, type Category, isCategory } from "./categories.js";
export type { InjectionGuardrailConfig } from "./config.gen.js";
export { default } from "./guardrail.js";
export {
  compileScorer,
  DEFAULT_THRESHOLD,
  type ExtraPattern,
  type ScoreResult,
  type Scorer,
  type ScorerOptions,
} from "./scorer.js";
export type { Span } from "./span.js";

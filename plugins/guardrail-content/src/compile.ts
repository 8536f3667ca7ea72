/**
 * Compiles a content guardrail config into one function that evaluates every rule on a request
 * and returns their verdicts in config order. Everything that can be prepared (regexes, phrase
 * tries, globs, sets) is prepared here, once, so a request only scans.
 */
import type { ContentGuardrailConfig, ContentRule } from "./config.gen.js";
import { ContentConfigError } from "./errors.js";
import { compileContainsRule } from "./rules/contains.js";
import { compileLengthRule } from "./rules/length.js";
import { compileModelsRule } from "./rules/models.js";
import { compileParamsRule } from "./rules/params.js";
import { compileRegexRule } from "./rules/regex.js";
import type { CompiledRule } from "./rules/rule.js";
import { compileWordsRule } from "./rules/words.js";
import { loadTokenCounter, type TokenCounter, tokenEncodingsFor } from "./tokens.js";
import type { RequestInfo, TextPart, Verdict } from "./types.js";

/** The compiled rules: one verdict per rule, in config order. */
export type ContentCheck = (parts: readonly TextPart[], request: RequestInfo) => Verdict[];

/** What compiling may be given besides the config. */
export interface CompileOptions {
  /** Required when the config has a token length rule (see loadTokenCounter). */
  countTokens?: TokenCounter;
}

const DEFAULT_MAX_SPANS = 1000;

function compileRule(rule: ContentRule, maxSpans: number, options: CompileOptions): CompiledRule {
  switch (rule.type) {
    case "regex":
      return compileRegexRule(rule, maxSpans);
    case "contains":
    case "notContains":
      return compileContainsRule(rule, maxSpans);
    case "words":
      return compileWordsRule(rule, maxSpans);
    case "length":
      return compileLengthRule(rule, options.countTokens);
    case "models":
      return compileModelsRule(rule);
    case "params":
      return compileParamsRule(rule);
    default:
      throw new ContentConfigError(`unknown rule type ${JSON.stringify((rule as { type?: unknown }).type)}`);
  }
}

/**
 * Compiles the rules of `config`.
 * @throws ContentConfigError naming the rule when one cannot be compiled (a bad pattern, a
 * length rule without bounds, a duplicate name, a token rule without `options.countTokens`...).
 */
export function compileContentRules(
  config: ContentGuardrailConfig,
  options: CompileOptions = {},
): ContentCheck {
  const maxSpans = config.maxSpans ?? DEFAULT_MAX_SPANS;
  const names = new Set<string>();
  const rules = config.rules.map((rule) => {
    if (names.has(rule.name)) throw new ContentConfigError(`two rules are named "${rule.name}"`);
    names.add(rule.name);
    return compileRule(rule, maxSpans, options);
  });
  return (parts, request) => {
    const input = { parts, request };
    const verdicts = new Array<Verdict>(rules.length);
    for (let i = 0; i < rules.length; i++) verdicts[i] = rules[i]!.evaluate(input);
    return verdicts;
  };
}

/**
 * Compiles `config` after loading the token encodings its token rules need (none when it has
 * no token rule, so such a config never loads the tokenizer).
 */
export async function prepareContentRules(config: ContentGuardrailConfig): Promise<ContentCheck> {
  const encodings = tokenEncodingsFor(config);
  const countTokens = encodings.length > 0 ? await loadTokenCounter(encodings) : undefined;
  return compileContentRules(config, countTokens ? { countTokens } : {});
}

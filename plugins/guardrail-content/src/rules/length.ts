/**
 * The length rule: the selected text's size in characters (code points), words or tokens,
 * either summed over the parts or part by part, against a min and/or max. Token counts stop
 * early once past the max.
 */
import type { LengthRule } from "../config.gen.js";
import { ContentConfigError } from "../errors.js";
import { countChars, countWords } from "../text-count.js";
import { encodingForModel, type TokenCounter, type TokenEncoding } from "../tokens.js";
import { type CompiledRule, fail, pass, roleFilter } from "./rule.js";

const UNIT_NAMES = { chars: "characters", words: "words", tokens: "tokens" } as const;

/** Compiles a length rule; a token rule needs `countTokens`. */
export function compileLengthRule(rule: LengthRule, countTokens: TokenCounter | undefined): CompiledRule {
  const { name, min, max } = rule;
  if (min === undefined && max === undefined)
    throw new ContentConfigError(`rule "${name}": a length rule needs min or max`);
  if (min !== undefined && max !== undefined && min > max)
    throw new ContentConfigError(`rule "${name}": min ${min} is greater than max ${max}`);
  if (rule.unit === "tokens" && countTokens === undefined)
    throw new ContentConfigError(
      `rule "${name}": counting tokens needs a token counter (loadTokenCounter, or prepareContentRules)`,
    );
  const selected = roleFilter(rule.roles);
  const unitName = UNIT_NAMES[rule.unit];
  const pinned = rule.encoding;

  /** Measures one text; a result above `atMost` may be a lower bound. */
  const measure: (text: string, encoding: TokenEncoding, atMost: number | undefined) => number =
    rule.unit === "chars"
      ? (text) => countChars(text)
      : rule.unit === "words"
        ? (text) => countWords(text)
        : (text, encoding, atMost) => countTokens!(text, encoding, atMost);

  /** Where `count` stands against the bounds: undefined when within. */
  const outside = (count: number): string | undefined => {
    if (max !== undefined && count > max) return `more than the maximum ${max}`;
    if (min !== undefined && count < min) return `fewer than the minimum ${min}`;
    return undefined;
  };
  const shown = (count: number) => (max !== undefined && count > max ? `over ${max}` : `${count}`);

  if (rule.scope === "part") {
    return {
      name,
      evaluate({ parts, request }) {
        const encoding = pinned ?? encodingForModel(request.model);
        for (let p = 0; p < parts.length; p++) {
          const part = parts[p]!;
          if (!selected(part)) continue;
          const count = measure(part.text, encoding, max);
          const problem = outside(count);
          if (problem !== undefined)
            return fail(name, `part ${p} (${part.role}) has ${shown(count)} ${unitName}: ${problem}`);
        }
        return pass(name, `every checked part is within the ${unitName} limits`);
      },
    };
  }

  return {
    name,
    evaluate({ parts, request }) {
      const encoding = pinned ?? encodingForModel(request.model);
      let total = 0;
      for (const part of parts) {
        if (!selected(part)) continue;
        total += measure(part.text, encoding, max === undefined ? undefined : max - total);
        if (max !== undefined && total > max) break;
      }
      const problem = outside(total);
      if (problem !== undefined)
        return fail(name, `the checked text has ${shown(total)} ${unitName}: ${problem}`);
      return pass(name, `the checked text has ${total} ${unitName}, within the limits`);
    },
  };
}

// GENERATED FILE - do not edit. Source: plugins/guardrail-content/schema/config.json. Regenerate with `pnpm gen`.

/**
 * What the guardrail checks: the request (input), the answer (output), or both. Streamed answers are checked as they pass. Default: ["input"].
 *
 * @minItems 1
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailSides".
 */
export type GuardrailSides = ["input" | "output", ...("input" | "output")[]];
/**
 * What a failing verdict does. deny: refuse the request (400 content_denied) or the answer (422 answer_rejected); flag: let it through, record the verdict and add an x-aigw-guardrail-<node> header; mask: replace the offending spans (deny when a failing check gives no spans); fallback: reject the answer so a router tries its next target (set onAttempt: true on the node; on input it denies). Default: deny.
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailAction".
 */
export type GuardrailAction = "deny" | "flag" | "mask" | "fallback";
/**
 * Which parts of a request are checked, by role: system, developer, user, assistant, tool (message roles), prompt (completions), input (embeddings and moderations). Default: all of them.
 *
 * @minItems 1
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailRoles".
 */
export type GuardrailRoles = [
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input",
  ...("system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input")[]
];
/**
 * The message a denied client gets. Default: names the node and the failing checks.
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailMessage".
 */
export type GuardrailMessage = string;
/**
 * One rule; `type` says which kind, and only that kind's fields are checked. A rule's defaults are stated in its fields' descriptions.
 */
export type ContentRule = RegexRule | ContainsRule | LengthRule | ModelsRule | ParamsRule | WordsRule;
/**
 * Check only the text parts of these roles (all parts when absent).
 *
 * @minItems 1
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "Roles".
 */
export type Roles = [Role, ...Role[]];
/**
 * The role of a text part: a chat message's role (system, developer, user, assistant, tool, function), prompt for completions, input for embeddings, output for an answer's text that has no message role.
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "Role".
 */
export type Role =
  "system" | "developer" | "user" | "assistant" | "tool" | "function" | "prompt" | "input" | "output";

/**
 * Content rules checked on every request: regular expressions, required and forbidden strings, word lists by category, length limits, allowed models and parameter ranges. Each rule gives one verdict (pass or fail), in the order of the list.
 */
export interface ContentGuardrailConfig {
  on?: GuardrailSides;
  action?: GuardrailAction;
  roles?: GuardrailRoles;
  message?: GuardrailMessage;
  stream?: GuardrailStream;
  /**
   * The rules, checked in this order; each yields one verdict named after the rule (an empty list checks nothing).
   */
  rules: ContentRule[];
  /**
   * The most spans (match locations) one verdict carries; a rule stops scanning once it has this many and its reason says the count is a lower bound.
   */
  maxSpans?: number;
}
/**
 * How a streamed answer is checked: text is held back until it is at least holdBackChars from the stream's end, so a match that spans chunks is caught before it is sent.
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "GuardrailStream".
 */
export interface GuardrailStream {
  /**
   * How many characters of streamed text are held back for checking (the longest match that can be masked whole). Default: 128.
   */
  holdBackChars?: number;
}
/**
 * Fails when the regular expression matches a text part (its matches are the spans), or, with mustMatch, when it matches none.
 */
export interface RegexRule {
  /**
   * The rule kind.
   */
  type: "regex";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  roles?: Roles;
  /**
   * An ECMAScript regular expression. It runs on every request: avoid nested quantifiers such as (a+)+ that backtrack for a long time.
   */
  pattern: string;
  /**
   * Regular expression flags among i (ignore case), m (multiline), s (dot matches newlines), u or v (Unicode); the global flag is added. Default none.
   */
  flags?: string;
  /**
   * Invert the rule: fail when no selected text part matches (default false: fail when one does).
   */
  mustMatch?: boolean;
}
/**
 * contains: passes when the selected text holds any (or, with match all, every) of the values. notContains: fails when it holds any of them, with a span for each occurrence.
 */
export interface ContainsRule {
  /**
   * The rule kind.
   */
  type: "contains" | "notContains";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  roles?: Roles;
  /**
   * The strings to look for.
   *
   * @minItems 1
   */
  values: [string, ...string[]];
  /**
   * Compare letter case too (default false: ECMAScript case-insensitive comparison).
   */
  caseSensitive?: boolean;
  /**
   * Count a value only where it is not part of a longer word: no letter, mark, digit or underscore right before it (when it starts with one) or right after it (when it ends with one). Default false.
   */
  wholeWord?: boolean;
  /**
   * For contains: whether any value suffices or every value must be present (default any). Ignored by notContains.
   */
  match?: "any" | "all";
}
/**
 * Fails when the selected text is shorter than min or longer than max, counted in characters (Unicode code points), words (runs of non-whitespace) or tokens. At least one of min and max.
 */
export interface LengthRule {
  /**
   * The rule kind.
   */
  type: "length";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  roles?: Roles;
  /**
   * What is counted. Tokens use OpenAI's BPE encodings (o200k_base for the gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and o-series families, cl100k_base for other models): exact for OpenAI models, an approximation for others; message framing tokens are not counted.
   */
  unit: "chars" | "words" | "tokens";
  /**
   * The least count allowed.
   */
  min?: number;
  /**
   * The greatest count allowed.
   */
  max?: number;
  /**
   * total: the sum over the selected text parts (default); part: each selected part on its own.
   */
  scope?: "total" | "part";
  /**
   * For tokens: always use this encoding instead of choosing one by the request's model.
   */
  encoding?: "o200k_base" | "cl100k_base";
}
/**
 * At least one of allow and deny. Fails when the request's model is denied, or when an allow list is given and the model matches none of it (or the request names no model). Patterns are globs: * is any run of characters, ? one character; matching ignores case.
 */
export interface ModelsRule {
  /**
   * The rule kind.
   */
  type: "models";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  /**
   * Model patterns that are allowed, e.g. gpt-4o*.
   *
   * @minItems 1
   */
  allow?: [string, ...string[]];
  /**
   * Model patterns that are refused; they win over allow.
   *
   * @minItems 1
   */
  deny?: [string, ...string[]];
}
/**
 * At least one of ranges, values, forbidden and required. Fails when a top-level request parameter is outside its allowed range or values, is forbidden but present, or is required but absent; the reason names each such parameter. Parameters that are absent (or null) are not checked against ranges or values.
 */
export interface ParamsRule {
  /**
   * The rule kind.
   */
  type: "params";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  /**
   * Numeric parameters and their allowed range, e.g. { "temperature": { "max": 1 }, "max_tokens": { "max": 4096 } }.
   */
  ranges?: {
    [k: string]: ParamRange;
  };
  /**
   * Parameters and the values they may take, e.g. { "reasoning_effort": ["low", "medium"] }.
   */
  values?: {
    /**
     * The allowed values (compared with ===).
     *
     * @minItems 1
     */
    [k: string]: [string | number | boolean, ...(string | number | boolean)[]];
  };
  /**
   * Parameters a request may not set, e.g. logit_bias.
   *
   * @minItems 1
   */
  forbidden?: [string, ...string[]];
  /**
   * Parameters a request must set, e.g. max_tokens.
   *
   * @minItems 1
   */
  required?: [string, ...string[]];
}
/**
 * An inclusive range for a numeric parameter.
 *
 * This interface was referenced by `ContentGuardrailConfig`'s JSON-Schema
 * via the `definition` "ParamRange".
 */
export interface ParamRange {
  /**
   * The least value allowed.
   */
  min?: number;
  /**
   * The greatest value allowed.
   */
  max?: number;
  /**
   * The value must also be an integer.
   */
  integer?: boolean;
}
/**
 * Fails when the selected text holds a word or phrase of any category; matching is whole-word (as in ContainsRule.wholeWord) and each span is labelled with its category.
 */
export interface WordsRule {
  /**
   * The rule kind.
   */
  type: "words";
  /**
   * The rule's name: the `check` of its verdict. Unique within the list.
   */
  name: string;
  roles?: Roles;
  /**
   * Word lists by category, e.g. { "profanity": [...], "competitors": [...] }.
   */
  categories: {
    /**
     * The category's words or phrases.
     *
     * @minItems 1
     */
    [k: string]: [string, ...string[]];
  };
  /**
   * Compare letter case too (default false).
   */
  caseSensitive?: boolean;
}

/**
 * @aigw/guardrail-content: the content guardrail plugin (the default export), and its rules for
 * use without a gateway. `compileContentRules` turns the config's rules (regex, contains /
 * notContains, length, models, params, words) into one function returning a verdict per rule, in
 * config order.
 */

export {
  type CompileOptions,
  type ContentCheck,
  compileContentRules,
  prepareContentRules,
} from "./compile.js";
export type {
  ContainsRule,
  ContentGuardrailConfig,
  ContentRule,
  LengthRule,
  ModelsRule,
  ParamRange,
  ParamsRule,
  RegexRule,
  Role,
  WordsRule,
} from "./config.gen.js";
export { configSchema } from "./config-schema.gen.js";
export { validateConfig } from "./config-validator.gen.js";
export { ContentConfigError } from "./errors.js";
export { default } from "./guardrail.js";
export { PhraseFinder, type PhraseFinderOptions } from "./phrase-finder.js";
export {
  encodingForModel,
  loadTokenCounter,
  type TokenCounter,
  type TokenEncoding,
  tokenEncodingsFor,
} from "./tokens.js";
export type { RequestInfo, Span, TextPart, Verdict } from "./types.js";

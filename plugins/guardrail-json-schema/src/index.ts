/**
 * @aigw/guardrail-json-schema: the JSON schema guardrail plugin (the default export), and its
 * check for use without a gateway. `compileAnswerSchema` compiles the configured schemas once and
 * returns a check of an answer's content (or its tool calls' arguments) against them or against
 * the schema the request declared, one verdict per choice or call.
 */
export type { AnswerChoice, ToolCall } from "./answer-parts.js";
export { canonicalJson } from "./canonical-json.js";
export { type AnswerSchemaCheck, CHECK, compileAnswerSchema } from "./compile.js";
export type { JsonSchemaGuardrailConfig } from "./config.gen.js";
export { configSchema } from "./config-schema.gen.js";
export { validateConfig } from "./config-validator.gen.js";
export { JsonSchemaConfigError } from "./errors.js";
export { default } from "./guardrail.js";
export { stripFence } from "./json-text.js";
export type { RequestInfo, Span, TextPart, Verdict } from "./types.js";

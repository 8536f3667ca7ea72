/**
 * @aigw/guardrail-json-schema: the pure core of the JSON schema guardrail. `compileAnswerSchema`
 * compiles the configured schemas once and returns a check of an answer's content (or its tool
 * calls' arguments) against them or against the schema the request declared; the plugin
 * wrapper decides what a failing verdict does.
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

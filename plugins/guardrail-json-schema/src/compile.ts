/**
 * compileAnswerSchema: the config's schemas compiled once (a schema that is not valid fails
 * here, at boot), and a check that validates an answer's content or tool-call arguments against
 * them, or against the schema the request itself declared (compiled once per distinct schema).
 * One verdict per choice (content) or per tool call (tool_arguments).
 */

import { type AnswerChoice, answerChoices, type ToolCall } from "./answer-parts.js";
import type { JsonSchemaGuardrailConfig } from "./config.gen.js";
import { errorsText } from "./error-text.js";
import { JsonSchemaConfigError } from "./errors.js";
import { parseJson, stripFence } from "./json-text.js";
import { contentSchemaOf, toolSchemaOf } from "./request-schemas.js";
import { SchemaCache } from "./schema-cache.js";
import { type JsonSchema, SchemaCompiler, type ValidateFunction } from "./schema-compiler.js";
import type { RequestInfo, Verdict } from "./types.js";

/** The check name of every verdict. */
export const CHECK = "json-schema";

/** The compiled check of a JSON schema guardrail. */
export interface AnswerSchemaCheck {
  /** Verdicts for a complete answer (chat completion or completion): per choice, or per tool call. */
  check(answer: unknown, request?: RequestInfo): Verdict[];
  /** The verdict for the content of a streamed answer, once complete. */
  checkText(text: string, request?: RequestInfo): Verdict[];
  /** Verdicts for tool calls gathered from a streamed answer. */
  checkToolCalls(calls: readonly ToolCall[], request?: RequestInfo): Verdict[];
}

type Resolved = { validate?: ValidateFunction; error?: string };

const pass = (reason: string): Verdict => ({ check: CHECK, verdict: "pass", reason });
const fail = (reason: string): Verdict => ({ check: CHECK, verdict: "fail", reason });

function compileOwn(compiler: SchemaCompiler, schema: JsonSchema, where: string): ValidateFunction {
  try {
    return compiler.compile(schema);
  } catch (error) {
    throw new JsonSchemaConfigError(`${where} is not a valid JSON schema: ${(error as Error).message}`);
  }
}

/**
 * Compiles the config's schemas.
 * @throws JsonSchemaConfigError when `schema` or a schema of `tools` is not a valid JSON schema
 * (including an unknown keyword or format, taken for a typo).
 */
export function compileAnswerSchema(config: JsonSchemaGuardrailConfig): AnswerSchemaCheck {
  const target = config.target ?? "content";
  const allowFence = config.allowFence ?? false;
  const maxErrors = config.maxErrors ?? 3;
  const strict = new SchemaCompiler(true);
  const base =
    config.schema === undefined ? undefined : compileOwn(strict, config.schema as JsonSchema, "schema");
  const perTool = new Map<string, ValidateFunction>();
  for (const [name, schema] of Object.entries(config.tools ?? {}))
    perTool.set(name, compileOwn(strict, schema as JsonSchema, `tools.${name}`));
  const fromRequest = config.useRequestSchema
    ? new SchemaCache(new SchemaCompiler(false), config.cacheSize ?? 64)
    : undefined;

  /** The request's own schema, compiled (or why not), when the config says to use it. */
  const requestSchema = (schema: JsonSchema | undefined): Resolved | undefined =>
    fromRequest !== undefined && schema !== undefined ? fromRequest.get(schema) : undefined;

  /** Parses `text` and validates it; `what` names it in the reason. */
  function verdictFor(what: string, text: string, schema: Resolved | undefined): Verdict {
    const parsed = parseJson(text);
    if (!parsed.ok) return fail(`${what}: not valid JSON (${parsed.message})`);
    if (schema === undefined) return pass(`${what}: valid JSON`);
    if (schema.validate === undefined)
      return fail(`${what}: the request's schema cannot be compiled (${schema.error})`);
    if (schema.validate(parsed.value)) return pass(`${what}: valid JSON matching the schema`);
    return fail(`${what}: does not match the schema: ${errorsText(schema.validate.errors, maxErrors)}`);
  }

  function contentVerdict(what: string, text: string, request: RequestInfo | undefined): Verdict {
    const schema = requestSchema(contentSchemaOf(request?.body)) ?? (base ? { validate: base } : undefined);
    return verdictFor(what, allowFence ? stripFence(text) : text, schema);
  }

  function toolVerdicts(
    calls: readonly ToolCall[],
    prefix: string,
    request: RequestInfo | undefined,
  ): Verdict[] {
    return calls.map((call, i) => {
      const own = perTool.get(call.name);
      const schema =
        (own ? { validate: own } : undefined) ??
        requestSchema(toolSchemaOf(request?.body, call.name)) ??
        (base ? { validate: base } : undefined);
      return verdictFor(
        `${prefix}tool call ${i} (${call.name || "unnamed"}) arguments`,
        call.arguments,
        schema,
      );
    });
  }

  function choiceVerdicts(choice: AnswerChoice, label: string, request: RequestInfo | undefined): Verdict[] {
    if (target === "tool_arguments") {
      if (choice.toolCalls.length === 0) return [pass(`${label} calls no tool`)];
      return toolVerdicts(choice.toolCalls, `${label} `, request);
    }
    if (choice.content !== undefined && choice.content !== "")
      return [contentVerdict(`${label} content`, choice.content, request)];
    if (choice.refusal !== undefined) return [fail(`${label} is a refusal, not content`)];
    if (choice.toolCalls.length > 0) return [pass(`${label} calls tools and has no content to check`)];
    return [fail(`${label} has no content`)];
  }

  return {
    check(answer, request) {
      const choices = answerChoices(answer);
      if (choices === undefined || choices.length === 0) return [fail("the answer has no choices")];
      return choices.flatMap((choice) => choiceVerdicts(choice, `choice ${choice.index}`, request));
    },
    checkText(text, request) {
      return [contentVerdict("the content", text, request)];
    },
    checkToolCalls(calls, request) {
      if (calls.length === 0) return [pass("the answer calls no tool")];
      return toolVerdicts(calls, "", request);
    },
  };
}

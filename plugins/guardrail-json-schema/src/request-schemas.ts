/**
 * The schemas a request declares for its answer: response_format's json_schema for the content,
 * and each tool's (or legacy function's) parameters for its arguments.
 */
import type { JsonSchema } from "./schema-compiler.js";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isSchema = (value: unknown): value is JsonSchema => isRecord(value) || typeof value === "boolean";

/** `response_format.json_schema.schema` of a request body, when it has one. */
export function contentSchemaOf(body: Record<string, unknown> | undefined): JsonSchema | undefined {
  const format = body?.["response_format"];
  if (!isRecord(format) || format["type"] !== "json_schema") return undefined;
  const spec = format["json_schema"];
  return isRecord(spec) && isSchema(spec["schema"]) ? spec["schema"] : undefined;
}

/** The parameters schema of the request's tool (or legacy function) named `name`. */
export function toolSchemaOf(
  body: Record<string, unknown> | undefined,
  name: string,
): JsonSchema | undefined {
  const tools = body?.["tools"];
  if (Array.isArray(tools))
    for (const tool of tools) {
      const fn = isRecord(tool) ? tool["function"] : undefined;
      if (isRecord(fn) && fn["name"] === name && isSchema(fn["parameters"])) return fn["parameters"];
    }
  const functions = body?.["functions"];
  if (Array.isArray(functions))
    for (const fn of functions)
      if (isRecord(fn) && fn["name"] === name && isSchema(fn["parameters"])) return fn["parameters"];
  return undefined;
}

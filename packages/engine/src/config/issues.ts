/**
 * Validation errors (ajv's ErrorObject shape, from a precompiled or a runtime-compiled validator)
 * as config issues with JSON paths. Apart from ajv.ts so that reporting errors never loads ajv.
 */
import type { ConfigValidationError, JsonSchema } from "@aigw/plugin-api";
import type { ConfigIssue } from "./config-error.js";
import { tagValues } from "./tag-values.js";

/**
 * Turns validator errors into issues, prefixing `base` (the config path the validated value sits
 * at). `schema`, the validated schema, lets a discriminator's error list the tag values it knows.
 */
export function issuesFrom(
  errors: readonly ConfigValidationError[] | null | undefined,
  base = "",
  node?: string,
  schema?: JsonSchema,
): ConfigIssue[] {
  if (!errors) return [];
  const seen = new Set<string>();
  const issues: ConfigIssue[] = [];
  for (const error of errors) {
    // oneOf/anyOf failures repeat each branch's errors; keep the summary plus distinct leaves.
    let path = base + error.instancePath;
    let message = error.message ?? "is invalid";
    if (error.keyword === "additionalProperties") {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      path = `${path}/${extra}`;
      message = `unknown field "${extra}"`;
    } else if (error.keyword === "required") {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      message = `missing required field "${missing}"`;
    } else if (error.keyword === "false schema") {
      // A field a schema forbids, typically because another one is set (`dependencies`).
      const other = /\/dependencies\/([^/]+)\//.exec(error.schemaPath ?? "")?.[1];
      message = other ? `cannot be set together with "${other}"` : "is not allowed here";
    } else if (error.keyword === "discriminator") {
      ({ path, message } = discriminatorIssue(error, path, schema));
    } else if (error.keyword === "enum") {
      message = `must be one of ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
    }
    const key = `${path}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, node, message });
  }
  return issues;
}

/**
 * A discriminated oneOf (ajv's `discriminator`) checks only the alternative its tag names; when the
 * tag names none, or is missing, the one issue says which values it may take.
 */
function discriminatorIssue(
  error: ConfigValidationError,
  path: string,
  schema: JsonSchema | undefined,
): { path: string; message: string } {
  const { tag, tagValue } = error.params as { tag: string; tagValue: unknown };
  const values = schema ? tagValues(schema, error.schemaPath, tag) : undefined;
  const allowed = values ? JSON.stringify(values) : "the values its schema lists";
  if (tagValue === undefined) return { path, message: `missing required field "${tag}" (one of ${allowed})` };
  return { path: `${path}/${tag}`, message: `must be one of ${allowed}` };
}

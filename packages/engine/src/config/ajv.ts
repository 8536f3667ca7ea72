/**
 * The engine's one ajv instance setup and the translation of ajv errors into config issues with
 * JSON paths. Validators are compiled at boot, never per request.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { ConfigIssue } from "./config-error.js";

// ajv-formats is CommonJS; under NodeNext its default import is the module, the function is `.default`.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv) => Ajv }).default;

export type { Ajv, ValidateFunction };

/** A fresh ajv: all errors, defaults filled in, formats, unknown keywords rejected in schemas. */
export function createAjv(): Ajv {
  // Strict about unknown keywords (a typo in a plugin schema is a bug); lenient on style rules.
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
  });
  addFormats(ajv);
  return ajv;
}

/** Turns ajv errors into issues, prefixing `base` (the config path the validated value sits at). */
export function issuesFrom(
  errors: ErrorObject[] | null | undefined,
  base = "",
  node?: string,
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

/**
 * The reason text of a failed validation: the first few ajv errors, each with the instance path
 * it is about (`/` for the root) and the detail ajv keeps in its params (the extra property,
 * the allowed values), then how many more there were.
 */
import type { ErrorObject } from "./schema-compiler.js";

const MAX_DETAIL = 60;

function clip(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (typeof params["additionalProperty"] === "string")
    return ` (${clip(JSON.stringify(params["additionalProperty"]))})`;
  if (Array.isArray(params["allowedValues"])) return ` (${clip(JSON.stringify(params["allowedValues"]))})`;
  if ("allowedValue" in params) return ` (${clip(JSON.stringify(params["allowedValue"]))})`;
  return "";
}

/** `"/age must be integer; / must have required property 'name' (and 2 more)"`. */
export function errorsText(errors: readonly ErrorObject[] | null | undefined, max: number): string {
  if (!errors || errors.length === 0) return "invalid";
  const shown = errors
    .slice(0, max)
    .map(
      (error) =>
        `${error.instancePath === "" ? "/" : error.instancePath} ${error.message ?? error.keyword}${detail(error)}`,
    );
  const more = errors.length > max ? ` (and ${errors.length - max} more)` : "";
  return `${shown.join("; ")}${more}`;
}

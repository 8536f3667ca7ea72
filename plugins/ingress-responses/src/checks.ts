/**
 * Shape checks for a Responses API body. Each failure throws the gateway's `invalid_request`
 * (400) with OpenAI's wording and codes for it (`Invalid type for 'temperature': expected a
 * number, but got a string instead.`, code `invalid_type`, `param` the field's path as OpenAI
 * writes it: `input[0].content[1].type`).
 */
import { GatewayError, type JsonObject } from "@aigw/plugin-api";

export type Fields = Record<string, unknown>;

export function fail(param: string, message: string, code: string): never {
  throw new GatewayError("invalid_request", message, { param, publicCode: code });
}

function got(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a decimal";
  return `a ${typeof value}`;
}

function wrongType(param: string, expected: string, value: unknown): never {
  fail(
    param,
    `Invalid type for '${param}': expected ${expected}, but got ${got(value)} instead.`,
    "invalid_type",
  );
}

export function missing(param: string): never {
  fail(param, `Missing required parameter: '${param}'.`, "missing_required_parameter");
}

export function invalidValue(param: string, value: unknown, allowed: readonly string[]): never {
  fail(
    param,
    `Invalid value: '${String(value)}'. Supported values are: ${allowed.map((a) => `'${a}'`).join(", ")}.`,
    "invalid_value",
  );
}

export function isFields(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function object(value: unknown, param: string): Fields {
  if (value === undefined) missing(param);
  if (!isFields(value)) wrongType(param, "an object", value);
  return value;
}

export function string(value: unknown, param: string): string {
  if (value === undefined) missing(param);
  if (typeof value !== "string") wrongType(param, "a string", value);
  return value;
}

export function array(value: unknown, param: string): unknown[] {
  if (value === undefined) missing(param);
  if (!Array.isArray(value)) wrongType(param, "an array", value);
  return value;
}

/** Absent and `null` both mean "not given", as OpenAI takes them. */
export function given(value: unknown): boolean {
  return value !== undefined && value !== null;
}

export function optionalString(value: unknown, param: string): string | undefined {
  return given(value) ? string(value, param) : undefined;
}

export function optionalBoolean(value: unknown, param: string): boolean | undefined {
  if (!given(value)) return undefined;
  if (typeof value !== "boolean") wrongType(param, "a boolean", value);
  return value;
}

export function optionalNumber(
  value: unknown,
  param: string,
  range: { min: number; max: number },
): number | undefined {
  if (!given(value)) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) wrongType(param, "a decimal", value);
  if (value < range.min || value > range.max)
    fail(
      param,
      `Invalid '${param}': decimal ${value} is out of range; it must be between ${range.min} and ${range.max}.`,
      "decimal_out_of_range",
    );
  return value;
}

export function optionalInteger(value: unknown, param: string, min: number): number | undefined {
  if (!given(value)) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) wrongType(param, "an integer", value);
  if (value < min)
    fail(
      param,
      `Invalid '${param}': integer below minimum value. Expected a value >= ${min}, but got ${value} instead.`,
      "integer_below_min_value",
    );
  return value;
}

export function jsonObject(value: unknown, param: string): JsonObject {
  return object(value, param) as JsonObject;
}

/** One of `allowed`, else `invalid_value` listing them. */
export function oneOf<T extends string>(value: unknown, param: string, allowed: readonly T[]): T {
  const text = string(value, param);
  if (!(allowed as readonly string[]).includes(text)) invalidValue(param, text, allowed);
  return text as T;
}

/** Refuses any field not in `known`, naming it as OpenAI does (`Unknown parameter: 'x'.`). */
export function onlyKnown(fields: Fields, known: ReadonlySet<string>, at: string): void {
  for (const name in fields) {
    if (!known.has(name)) {
      const param = at === "" ? name : `${at}.${name}`;
      fail(param, `Unknown parameter: '${param}'.`, "unknown_parameter");
    }
  }
}

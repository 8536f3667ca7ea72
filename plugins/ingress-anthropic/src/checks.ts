/**
 * Small shape checks for validating a request body: each failure throws the gateway's
 * `invalid_request` error (rendered as Anthropic's 400 `invalid_request_error`), its message
 * naming the field the way Anthropic's API does (`messages.0.content.1.type: ...`).
 */
import { GatewayError, type JsonObject } from "@aigw/plugin-api";

export function invalid(param: string, message: string): never {
  throw new GatewayError("invalid_request", `${param}: ${message}`, { param });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function object(value: unknown, param: string): Record<string, unknown> {
  if (!isObject(value)) invalid(param, "Input should be an object");
  return value;
}

export function string(value: unknown, param: string): string {
  if (typeof value !== "string")
    invalid(param, value === undefined ? "Field required" : "Input should be a string");
  return value;
}

export function optionalString(value: unknown, param: string): string | undefined {
  return value === undefined || value === null ? undefined : string(value, param);
}

export function optionalNumber(value: unknown, param: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value)) invalid(param, "Input should be a number");
  return value;
}

export function optionalInteger(value: unknown, param: string, minimum = 0): number | undefined {
  const number = optionalNumber(value, param);
  if (number === undefined) return undefined;
  if (!Number.isInteger(number)) invalid(param, "Input should be an integer");
  if (number < minimum) invalid(param, `Input should be greater than or equal to ${minimum}`);
  return number;
}

export function optionalBoolean(value: unknown, param: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "boolean") invalid(param, "Input should be a boolean");
  return value;
}

export function array(value: unknown, param: string): unknown[] {
  if (!Array.isArray(value))
    invalid(param, value === undefined ? "Field required" : "Input should be a list");
  return value;
}

/** A JSON object as it came (already JSON, so only its shape is checked). */
export function jsonObject(value: unknown, param: string): JsonObject {
  return object(value, param) as JsonObject;
}

/** The `type` discriminator of a tagged object, which must be one of `allowed`. */
export function tag<T extends string>(
  value: Record<string, unknown>,
  param: string,
  allowed: readonly T[],
): T {
  const type = value.type;
  if (typeof type === "string" && (allowed as readonly string[]).includes(type)) return type as T;
  invalid(
    `${param}.type`,
    type === undefined
      ? "Field required"
      : `Input tag '${String(type)}' is not supported here; expected one of ${allowed.map((a) => `'${a}'`).join(", ")}`,
  );
}

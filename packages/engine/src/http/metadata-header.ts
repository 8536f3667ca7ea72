/**
 * The caller's metadata header (`x-aigw-metadata`): a JSON object that conditions, routers and
 * loggers read. Anything else (not JSON, not an object, nested too deeply) is the client's
 * mistake, a 400 naming the header.
 */
import { GatewayError, type JsonValue } from "@aigw/plugin-api";
import { findTooDeep } from "./json-depth.js";

const encoder = new TextEncoder();

export function metadataFrom(headers: Headers, name: string): Record<string, JsonValue> {
  const value = headers.get(name);
  if (!value) return {};
  const notAnObject = () =>
    new GatewayError("invalid_request", `The ${name} header must be a JSON object.`, { param: name });
  if (findTooDeep(encoder.encode(value))) {
    throw new GatewayError("invalid_request", `The ${name} header nests too deeply.`, { param: name });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw notAnObject();
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw notAnObject();
  return parsed as Record<string, JsonValue>;
}

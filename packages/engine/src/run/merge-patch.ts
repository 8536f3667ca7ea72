/** JSON merge patch (RFC 7386): how `request` hooks change a request body. */
import { isJsonObject, type JsonObject, type JsonValue } from "@aigw/plugin-api";

/** A JSON object: not null, not an array. */
export const isObject = isJsonObject;

/** Returns `target` with `patch` applied; neither argument is modified. */
export function mergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value as JsonValue);
  }
  return result;
}

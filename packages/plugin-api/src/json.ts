/** The JSON type guard plugins, kits and the engine share. */
import type { JsonObject } from "./openai/common.js";

/** A JSON object: not null, not an array. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

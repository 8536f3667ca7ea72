/**
 * A tool call's OpenAI `arguments` (a JSON text) as Anthropic's `input` (a JSON object). Empty
 * arguments are `{}`; anything that is not a JSON object (a model's malformed JSON) is `{}` too,
 * since Anthropic clients require an object there.
 */
import type { JsonObject } from "@aigw/plugin-api";

export function toolInput(args: string | undefined): JsonObject {
  if (!args || args.trim() === "") return {};
  try {
    const parsed: unknown = JSON.parse(args);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)
      ? (parsed as JsonObject)
      : {};
  } catch {
    return {};
  }
}

/**
 * OpenAI chat request -> Mistral chat request. Mistral's chat API is close to OpenAI's but
 * validates strictly (an unknown field is a 422 "Extra inputs are not permitted"), so:
 * - renamed: `max_completion_tokens` -> `max_tokens`, `seed` -> `random_seed`,
 *   `tool_choice: "required"` -> `"any"`, the `developer` role -> `system`;
 * - dropped: OpenAI-only fields Mistral rejects (`user`, `logit_bias`, `logprobs`,
 *   `stream_options`...) and message fields it has no place for (`name` on user, system and
 *   assistant messages, `refusal`, `audio`, `reasoning_content`...);
 * - tool call ids that are not nine letters and digits are replaced (see tool-ids.ts), and a
 *   tool result gets the function `name` from the call it answers;
 * - kept: everything else, including Mistral's own fields (`safe_prompt`, `random_seed`,
 *   `prediction`, `prompt_mode`...) so a client can use them.
 * When nothing had to change, the client's exact bytes are forwarded.
 */
import { GatewayError, type GatewayRequestOf } from "@aigw/plugin-api";
import { KEEP_IDS, ToolCallIds } from "./tool-ids.js";

type Json = Record<string, unknown>;

/** Request fields of OpenAI's chat API that Mistral does not take. */
export const DROPPED_FIELDS = [
  "user",
  "logit_bias",
  "logprobs",
  "top_logprobs",
  "stream_options",
  "store",
  "metadata",
  "service_tier",
  "modalities",
  "audio",
  "reasoning_effort",
  "verbosity",
  "prompt_cache_key",
  "safety_identifier",
  "web_search_options",
] as const;

/** Message fields Mistral does not take, by role. */
const DROPPED_MESSAGE_FIELDS: Readonly<Record<string, readonly string[]>> = {
  system: ["name"],
  user: ["name"],
  assistant: ["name", "refusal", "audio", "annotations", "reasoning_content", "function_call"],
  tool: [],
};

export interface MistralChatRequest {
  /** The body to send: the client's bytes when unchanged. */
  body: string | Uint8Array;
  /** How tool call ids were mapped (to map them back in the answer). */
  ids: ToolCallIds;
  /** Whether the client asked for a final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
}

export function chatRequest(
  request: GatewayRequestOf<"chat.completions">,
  options: { model: string | undefined; remapIds: boolean },
): MistralChatRequest {
  const source = request.body as unknown as Json;
  const includeUsage = (source.stream_options as Json | undefined)?.include_usage === true;
  if (source.functions !== undefined || source.function_call !== undefined) {
    throw new GatewayError(
      "invalid_request",
      "Mistral AI does not support the deprecated functions / function_call; use tools and tool_choice.",
      { param: source.functions !== undefined ? "functions" : "function_call" },
    );
  }
  const ids = options.remapIds ? new ToolCallIds(toolCallIdsOf(source.messages)) : KEEP_IDS;
  let changed = false;
  const body: Json = { ...source };
  const set = (key: string, value: unknown) => {
    body[key] = value;
    changed = true;
  };
  const drop = (key: string) => {
    if (key in body) {
      delete body[key];
      changed = true;
    }
  };

  if (options.model !== undefined && options.model !== source.model) set("model", options.model);
  for (const field of DROPPED_FIELDS) drop(field);
  if (source.max_completion_tokens !== undefined) {
    set("max_tokens", source.max_completion_tokens);
    drop("max_completion_tokens");
  }
  if (source.seed !== undefined) {
    if (source.random_seed === undefined) set("random_seed", source.seed);
    drop("seed");
  }
  if (source.tool_choice === "required") set("tool_choice", "any");

  if (Array.isArray(source.messages)) {
    const names = functionNames(source.messages);
    const messages = source.messages.map((m) => toMistralMessage(m, ids, names));
    if (messages.some((m, i) => m !== (source.messages as unknown[])[i])) set("messages", messages);
  }
  return {
    body: !changed && request.raw ? request.raw : JSON.stringify(body),
    ids,
    includeUsage,
  };
}

/** One message; the same object when nothing about it changes. */
function toMistralMessage(message: unknown, ids: ToolCallIds, names: ReadonlyMap<string, string>): unknown {
  if (!isObject(message)) return message;
  const role = message.role === "developer" ? "system" : message.role;
  const out: Json = { ...message, role };
  let changed = role !== message.role;
  for (const field of DROPPED_MESSAGE_FIELDS[String(role)] ?? []) {
    if (field in out) {
      delete out[field];
      changed = true;
    }
  }
  if (role === "assistant") {
    if (out.content === null) {
      delete out.content;
      changed = true;
    }
    if (Array.isArray(out.tool_calls)) {
      const calls = out.tool_calls.map((call) => {
        if (!isObject(call) || typeof call.id !== "string") return call;
        const id = ids.toMistral(call.id);
        return id === call.id ? call : { ...call, id };
      });
      if (calls.some((c, i) => c !== (out.tool_calls as unknown[])[i])) {
        out.tool_calls = calls;
        changed = true;
      }
    }
  }
  if (role === "tool" && typeof out.tool_call_id === "string") {
    const original = out.tool_call_id;
    const id = ids.toMistral(original);
    if (id !== original) {
      out.tool_call_id = id;
      changed = true;
    }
    const name = names.get(original);
    if (out.name === undefined && name !== undefined) {
      out.name = name;
      changed = true;
    }
  }
  return changed ? out : message;
}

/** Every tool call id in the conversation (assistant calls and tool results). */
function toolCallIdsOf(messages: unknown): string[] {
  const found: string[] = [];
  if (!Array.isArray(messages)) return found;
  for (const m of messages) {
    if (!isObject(m)) continue;
    if (typeof m.tool_call_id === "string") found.push(m.tool_call_id);
    if (Array.isArray(m.tool_calls))
      for (const c of m.tool_calls) if (isObject(c) && typeof c.id === "string") found.push(c.id);
  }
  return found;
}

/** The function name of each tool call, by its (client) id. */
function functionNames(messages: unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const m of messages) {
    if (!isObject(m) || !Array.isArray(m.tool_calls)) continue;
    for (const c of m.tool_calls) {
      if (!isObject(c) || typeof c.id !== "string" || !isObject(c.function)) continue;
      if (typeof c.function.name === "string") names.set(c.id, c.function.name);
    }
  }
  return names;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

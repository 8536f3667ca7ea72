/**
 * Mistral chat answers -> OpenAI's shape. Mistral's answer is nearly OpenAI's; what differs:
 * finish reasons (`model_length` is a length stop, `error` a failure), tool calls (no `type`,
 * `arguments` possibly an object, ids to map back), and content that may be a list of chunks
 * (text, and `thinking` from reasoning models, given as `reasoning_content`). An answer that
 * needs none of this is forwarded as Mistral's exact text.
 */
import { GatewayError } from "@aigw/plugin-api";
import type { ToolCallIds } from "./tool-ids.js";
import { LABEL } from "./upstream.js";

type Json = Record<string, unknown>;

const FINISH: Readonly<Record<string, string>> = {
  stop: "stop",
  length: "length",
  model_length: "length",
  tool_calls: "tool_calls",
  content_filter: "content_filter",
};

/** OpenAI's finish reason for Mistral's; `error` ends the request with a gateway error. */
export function finishReason(reason: unknown): string | null {
  if (reason === null || reason === undefined) return null;
  if (reason === "error") {
    throw new GatewayError("upstream_error", `${LABEL} reported an error while generating the answer.`);
  }
  return FINISH[String(reason)] ?? "stop";
}

/** Content as OpenAI's string, with reasoning (thinking chunks) apart; undefined when unchanged. */
export function splitContent(content: unknown): { text: string; reasoning: string } | undefined {
  if (!Array.isArray(content)) return undefined;
  let text = "";
  let reasoning = "";
  for (const part of content) {
    if (!isObject(part)) continue;
    if (part.type === "text" && typeof part.text === "string") text += part.text;
    if (part.type === "thinking" && Array.isArray(part.thinking)) {
      for (const t of part.thinking) if (isObject(t) && typeof t.text === "string") reasoning += t.text;
    }
  }
  return { text, reasoning };
}

/** A tool call in OpenAI's shape: `type`, string arguments, the client's id. */
export function openAIToolCall(call: Json, ids: ToolCallIds): Json {
  const fn = isObject(call.function) ? call.function : {};
  const { index: _index, ...rest } = call;
  return {
    ...rest,
    ...(typeof call.id === "string" ? { id: ids.toClient(call.id) } : {}),
    type: "function",
    function: {
      ...fn,
      arguments: typeof fn.arguments === "string" ? fn.arguments : JSON.stringify(fn.arguments ?? {}),
    },
  };
}

/**
 * The answer's text as sent to the client: Mistral's own when it is already OpenAI's shape.
 * @param now - epoch seconds, for an answer without `created`.
 */
export function chatAnswer(text: string, ids: ToolCallIds, now: () => number): string {
  const body = JSON.parse(text) as Json;
  let changed = false;
  if (typeof body.created !== "number") {
    body.created = now();
    changed = true;
  }
  if (body.object !== "chat.completion") {
    body.object = "chat.completion";
    changed = true;
  }
  const choices = Array.isArray(body.choices) ? body.choices : [];
  for (const choice of choices) {
    if (!isObject(choice)) continue;
    const reason = finishReason(choice.finish_reason);
    if (reason !== choice.finish_reason) {
      choice.finish_reason = reason;
      changed = true;
    }
    const message = choice.message;
    if (!isObject(message)) continue;
    const parts = splitContent(message.content);
    if (parts) {
      message.content = parts.text;
      if (parts.reasoning) message.reasoning_content = parts.reasoning;
      changed = true;
    }
    if (Array.isArray(message.tool_calls)) {
      if (message.tool_calls.length === 0) {
        delete message.tool_calls;
      } else {
        message.tool_calls = message.tool_calls.map((c) => (isObject(c) ? openAIToolCall(c, ids) : c));
        if (message.content === undefined) message.content = null;
      }
      changed = true;
    }
  }
  return changed ? JSON.stringify(body) : text;
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A candidate's parts as OpenAI content and tool calls. Text parts are joined; thought summaries
 * (`thought: true`) are never shown as content. Each functionCall becomes a tool call whose
 * `arguments` is the JSON text of Google's `args` object; its id is Google's when the response
 * has one (newer Gemini API models), else one made from the request id and a counter, stable
 * for the whole answer (streamed or not). A thought signature rides along as
 * `extra_content.google.thought_signature` (see signatures.ts).
 */
import type { GeminiPart } from "../wire.js";

export interface OutToolCall {
  id: string;
  name: string;
  arguments: string;
  signature: string | undefined;
}

/** Makes tool call ids for calls Google left without one. */
export class ToolCallIds {
  private n = 0;
  constructor(private readonly prefix: string) {}
  next(): string {
    return `${this.prefix}_${this.n++}`;
  }
}

export function readParts(
  parts: readonly GeminiPart[] | undefined,
  ids: ToolCallIds,
): { text: string; calls: OutToolCall[] } {
  let text = "";
  const calls: OutToolCall[] = [];
  for (const part of parts ?? []) {
    if (part.functionCall) {
      calls.push({
        id: part.functionCall.id || ids.next(),
        name: part.functionCall.name,
        arguments: JSON.stringify(part.functionCall.args ?? {}),
        signature: part.thoughtSignature || undefined,
      });
    } else if (typeof part.text === "string" && part.thought !== true) text += part.text;
  }
  return { text, calls };
}

/** An OpenAI tool call (message or first stream delta), with the signature when there is one. */
export function toolCallJson(call: OutToolCall) {
  return {
    id: call.id,
    type: "function" as const,
    function: { name: call.name, arguments: call.arguments },
    ...(call.signature ? { extra_content: { google: { thought_signature: call.signature } } } : {}),
  };
}

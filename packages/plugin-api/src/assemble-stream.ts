/**
 * A streamed answer as one body (for the record, or a cache answering a plain request from a
 * stored stream): chat chunks become one chat completion
 * (content, refusal and tool calls joined per choice), legacy completion chunks one completion;
 * any other stream is kept as its list of chunks.
 */
import { isJsonObject } from "./json.js";
import type { JsonObject, JsonValue } from "./openai/common.js";

interface Choice {
  index: number;
  message: { role: string; content: string; refusal?: string; tool_calls?: JsonObject[] };
  text: string;
  finish_reason: JsonValue;
}

export function assembleStream(chunks: readonly JsonValue[]): JsonValue {
  const first = chunks.find(isJsonObject);
  const kind = first?.object;
  if (kind !== "chat.completion.chunk" && kind !== "text_completion") return [...chunks];
  const choices = new Map<number, Choice>();
  let usage: JsonValue | undefined;
  for (const chunk of chunks) {
    if (!isJsonObject(chunk)) continue;
    if (chunk.usage) usage = chunk.usage;
    if (!Array.isArray(chunk.choices)) continue;
    for (const part of chunk.choices) {
      if (!isJsonObject(part)) continue;
      const index = typeof part.index === "number" ? part.index : 0;
      let choice = choices.get(index);
      if (!choice) {
        choice = { index, message: { role: "assistant", content: "" }, text: "", finish_reason: null };
        choices.set(index, choice);
      }
      if (typeof part.text === "string") choice.text += part.text;
      if (part.finish_reason) choice.finish_reason = part.finish_reason;
      if (isJsonObject(part.delta)) addDelta(choice, part.delta);
    }
  }
  const ordered = [...choices.values()].sort((a, b) => a.index - b.index);
  const body: JsonObject = {
    id: first!.id ?? null,
    object: kind === "chat.completion.chunk" ? "chat.completion" : "text_completion",
    model: first!.model ?? null,
    choices: ordered.map((c) =>
      kind === "chat.completion.chunk"
        ? ({ index: c.index, message: c.message, finish_reason: c.finish_reason } as unknown as JsonObject)
        : { index: c.index, text: c.text, finish_reason: c.finish_reason },
    ),
  };
  if (usage !== undefined) body.usage = usage;
  return body;
}

function addDelta(choice: Choice, delta: JsonObject): void {
  const message = choice.message;
  if (typeof delta.role === "string") message.role = delta.role;
  if (typeof delta.content === "string") message.content += delta.content;
  if (typeof delta.refusal === "string") message.refusal = (message.refusal ?? "") + delta.refusal;
  if (!Array.isArray(delta.tool_calls)) return;
  message.tool_calls ??= [];
  for (const call of delta.tool_calls) {
    if (!isJsonObject(call)) continue;
    const at = typeof call.index === "number" ? call.index : message.tool_calls.length;
    const fn = isJsonObject(call.function) ? call.function : {};
    let target = message.tool_calls[at];
    if (!target) {
      target = {
        id: call.id ?? null,
        type: call.type ?? "function",
        function: { name: fn.name ?? "", arguments: "" },
      };
      message.tool_calls[at] = target;
    }
    const targetFn = target.function as JsonObject;
    if (typeof fn.name === "string" && fn.name && !targetFn.name) targetFn.name = fn.name;
    if (typeof fn.arguments === "string")
      targetFn.arguments = `${targetFn.arguments as string}${fn.arguments}`;
  }
}

/**
 * Mistral stream chunks -> OpenAI chunks, as a rewriter for `sseChunkStream` (which already
 * handles SSE framing, `[DONE]`, cut-offs and usage recording). Mistral's chunks are nearly
 * OpenAI's; what differs, and how it is made OpenAI-shaped:
 * - a tool call arrives whole in one delta, without `type` and often with `index: 0` for every
 *   call: each becomes OpenAI's pair, a header (`index`, `id`, `type`, `name`, empty arguments)
 *   then the arguments on the same index, with indexes counted per choice;
 * - the finish reason and the usage ride on the last content chunk: the finish reason moves to
 *   a chunk of its own (mapped: `model_length` -> `length`; `error` ends the stream with an
 *   error), and the usage, which Mistral always sends, becomes OpenAI's separate usage chunk
 *   (`choices: []`) when the client asked for `stream_options.include_usage`, else is left out;
 * - content given as chunks (reasoning models) becomes text, thinking as `reasoning_content`;
 * - an error object inside the stream ends it with that error.
 * Chunks that need none of this pass through as Mistral's exact text.
 */
import { finishReason, isObject, openAIToolCall, splitContent } from "./chat-answer.js";
import { mistralError } from "./errors.js";
import type { ToolCallIds } from "./tool-ids.js";

type Json = Record<string, unknown>;

export function chatStream(options: {
  ids: ToolCallIds;
  includeUsage: boolean;
}): (data: string) => readonly string[] {
  const { ids, includeUsage } = options;
  /** Next tool call index per choice, and which upstream call got which index. */
  const toolIndexes = new Map<number, { next: number; byKey: Map<string, number> }>();
  let sentRole = false;

  const indexFor = (choice: number, call: Json): number => {
    let slot = toolIndexes.get(choice);
    if (!slot) {
      slot = { next: 0, byKey: new Map() };
      toolIndexes.set(choice, slot);
    }
    // A call with an id is a new call; one without continues the call with its upstream index.
    const key = typeof call.id === "string" ? `id:${call.id}` : `index:${String(call.index ?? 0)}`;
    let index = slot.byKey.get(key);
    if (index === undefined) {
      index = slot.next++;
      slot.byKey.set(key, index);
      slot.byKey.set(`index:${String(call.index ?? 0)}`, index);
    }
    return index;
  };

  return (data) => {
    const chunk = JSON.parse(data) as Json;
    if (chunk.object === "error" || (!Array.isArray(chunk.choices) && typeof chunk.message === "string")) {
      throw mistralError(502, data);
    }
    const choices = Array.isArray(chunk.choices) ? chunk.choices.filter(isObject) : [];
    const usage = isObject(chunk.usage) ? chunk.usage : undefined;
    const simple =
      !usage &&
      choices.every((c) => {
        const delta = isObject(c.delta) ? c.delta : {};
        return (
          delta.tool_calls === undefined &&
          !Array.isArray(delta.content) &&
          delta.role !== null &&
          (c.finish_reason == null || finishReason(c.finish_reason) === c.finish_reason) &&
          (sentRole || delta.role === "assistant")
        );
      });
    if (simple) {
      if (choices.length > 0) sentRole = true;
      return [data];
    }

    const { choices: _c, usage: _u, ...envelope } = chunk;
    const out: string[] = [];
    const emit = (choice: Json) => out.push(JSON.stringify({ ...envelope, choices: [choice] }));
    for (const c of choices) {
      const index = typeof c.index === "number" ? c.index : 0;
      const { tool_calls: calls, ...delta } = isObject(c.delta) ? c.delta : ({} as Json);
      if (delta.role === null) delete delta.role;
      if (!sentRole) {
        delta.role = "assistant";
        sentRole = true;
      }
      const parts = splitContent(delta.content);
      if (parts) {
        delta.content = parts.text;
        if (parts.reasoning) delta.reasoning_content = parts.reasoning;
      }
      const reason = finishReason(c.finish_reason);
      const toolCalls = Array.isArray(calls) ? calls.filter(isObject) : [];
      const { delta: _d, finish_reason: _f, ...rest } = c;
      if (Object.keys(delta).length > 0 || (toolCalls.length === 0 && reason === null)) {
        emit({ ...rest, index, delta, finish_reason: null });
      }
      for (const call of toolCalls) {
        const at = indexFor(index, call);
        const full = openAIToolCall(call, ids);
        const fn = full.function as Json;
        if (typeof call.id === "string") {
          emit({
            index,
            delta: {
              tool_calls: [
                { index: at, id: full.id, type: "function", function: { name: fn.name, arguments: "" } },
              ],
            },
            finish_reason: null,
          });
        }
        if (fn.arguments !== "") {
          emit({
            index,
            delta: { tool_calls: [{ index: at, function: { arguments: fn.arguments } }] },
            finish_reason: null,
          });
        }
      }
      if (reason !== null) emit({ index, delta: {}, finish_reason: reason });
    }
    if (usage && includeUsage) out.push(JSON.stringify({ ...envelope, choices: [], usage }));
    return out;
  };
}

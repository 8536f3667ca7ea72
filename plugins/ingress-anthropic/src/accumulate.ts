/**
 * Pipeline chunks gathered into one OpenAI chat completion, for a client that did not ask to
 * stream when the pipeline streamed anyway: text and refusal concatenated, tool call fragments
 * joined by index, the last finish reason and usage kept (with the fields some upstreams add to
 * say which stop sequence matched).
 */
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionMessageToolCall,
  FinishReason,
  StreamChunk,
  Usage,
} from "@aigw/plugin-api";
import { stopFieldsOf } from "./stop-reason.js";

export async function accumulate(chunks: AsyncIterable<StreamChunk>, model: string): Promise<ChatCompletion> {
  let id = "";
  let created = 0;
  let answeredModel = "";
  let text = "";
  let refusal = "";
  let finish: FinishReason | undefined;
  let usage: Usage | undefined;
  const extras: Record<string, unknown> = {};
  const calls = new Map<number, ChatCompletionMessageToolCall>();
  for await (const { data } of chunks) {
    const chunk = data as ChatCompletionChunk;
    id ||= chunk.id ?? "";
    created ||= chunk.created ?? 0;
    answeredModel ||= chunk.model ?? "";
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
    if (!choice) continue;
    const delta = choice.delta ?? {};
    if (typeof delta.content === "string") text += delta.content;
    if (typeof delta.refusal === "string") refusal += delta.refusal;
    for (const fragment of delta.tool_calls ?? []) {
      const key = fragment.index ?? 0;
      const call = calls.get(key) ?? { id: "", type: "function", function: { name: "", arguments: "" } };
      if (fragment.id && !call.id) call.id = fragment.id;
      call.function.name += fragment.function?.name ?? "";
      call.function.arguments += fragment.function?.arguments ?? "";
      calls.set(key, call);
    }
    if (choice.finish_reason) {
      finish = choice.finish_reason;
      Object.assign(extras, stopFieldsOf(choice));
    }
  }
  const toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, call]) => call);
  return {
    id,
    object: "chat.completion",
    created,
    model: answeredModel || model,
    choices: [
      {
        ...extras,
        index: 0,
        message: {
          role: "assistant",
          content: text === "" ? null : text,
          ...(refusal === "" ? {} : { refusal }),
          ...(toolCalls.length === 0 ? {} : { tool_calls: toolCalls }),
        },
        finish_reason: finish ?? "stop",
      },
    ],
    ...(usage ? { usage } : {}),
  };
}

/**
 * A complete chat answer as one chunk, so the stream encoder builds its Response (and, for a
 * streaming client served a complete answer, such as a cache hit, its events).
 */
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionChunkDelta } from "@aigw/plugin-api";

export function chunkOfCompletion(completion: ChatCompletion): ChatCompletionChunk {
  const choice = completion.choices?.[0];
  const message = choice?.message;
  const delta: ChatCompletionChunkDelta & { reasoning_content?: string } = { role: "assistant" };
  const reasoning = (message as { reasoning_content?: unknown; reasoning?: unknown } | undefined)
    ?.reasoning_content;
  const other = (message as { reasoning?: unknown } | undefined)?.reasoning;
  if (typeof reasoning === "string") delta.reasoning_content = reasoning;
  else if (typeof other === "string") delta.reasoning_content = other;
  if (typeof message?.content === "string") delta.content = message.content;
  if (typeof message?.refusal === "string") delta.refusal = message.refusal;
  if (message?.tool_calls?.length)
    delta.tool_calls = message.tool_calls.map((call, index) => ({
      index,
      id: call.id,
      type: "function",
      function: { name: call.function.name, arguments: call.function.arguments },
    }));
  return {
    id: completion.id,
    object: "chat.completion.chunk",
    created: completion.created,
    model: completion.model,
    choices: [{ index: 0, delta, finish_reason: choice?.finish_reason ?? "stop" }],
    usage: completion.usage ?? null,
  };
}

/**
 * A complete OpenAI answer as the one stream chunk that carries all of it, for a client that
 * asked to stream when the pipeline answered in one piece (a cache hit, a canned reply): the
 * same stream encoder then writes the usual event sequence.
 */
import type { ChatCompletion, ChatCompletionChunk } from "@aigw/plugin-api";
import { stopFieldsOf } from "./stop-reason.js";

export function chunkOfCompletion(completion: ChatCompletion): ChatCompletionChunk {
  const choice = completion.choices?.[0];
  const message = choice?.message;
  const chunk: ChatCompletionChunk = {
    id: completion.id,
    object: "chat.completion.chunk",
    created: completion.created,
    model: completion.model,
    choices: [],
    usage: completion.usage ?? null,
  };
  if (!choice || !message) return chunk;
  chunk.choices.push({
    // The upstream's extra fields (which stop sequence matched) stay readable.
    ...stopFieldsOf(choice),
    index: 0,
    delta: {
      role: "assistant",
      ...(message.content == null ? {} : { content: message.content }),
      ...(message.refusal == null || message.content ? {} : { refusal: message.refusal }),
      ...(message.tool_calls?.length
        ? {
            tool_calls: message.tool_calls.map((call, index) => ({
              index,
              id: call.id,
              type: "function" as const,
              function: { name: call.function.name, arguments: call.function.arguments },
            })),
          }
        : {}),
    },
    finish_reason: choice.finish_reason ?? "stop",
  });
  return chunk;
}

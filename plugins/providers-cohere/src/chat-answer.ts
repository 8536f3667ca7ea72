/**
 * Cohere Chat API v2 answer -> OpenAI `chat.completion`. The text items of `message.content`
 * become `content` (thinking items of reasoning models are left out), `message.tool_calls`
 * become `tool_calls` with `arguments` as a JSON string, the finish reason is mapped (ERROR and
 * TIMEOUT throw), and usage is translated. `tool_plan` (Cohere's note on which tools it will
 * call) is not content and is left out, as are citations.
 */
import type { ChatCompletion, ChatCompletionMessageToolCall, Usage } from "@aigw/plugin-api";
import { generationError } from "./errors.js";
import { mapFinishReason } from "./finish.js";
import { toOpenAIUsage, type UsageSource } from "./usage.js";
import type { CohereChatResponse } from "./wire.js";

export interface ResponseOptions {
  /** The upstream model the request named (Cohere's answer does not repeat it). */
  model: string;
  /** Epoch seconds. */
  created: number;
  /** Used when Cohere's answer has no id. */
  fallbackId: string;
  usageSource: UsageSource;
}

export interface TranslatedCompletion {
  completion: ChatCompletion;
  usage: Usage | undefined;
}

export function chatAnswer(answer: CohereChatResponse, options: ResponseOptions): TranslatedCompletion {
  const message = answer.message ?? {};
  const text = (message.content ?? [])
    .filter((item) => item?.type === "text" && typeof item.text === "string")
    .map((item) => item.text)
    .join("");
  const toolCalls = (message.tool_calls ?? []).map(
    (call, i): ChatCompletionMessageToolCall => ({
      id: typeof call?.id === "string" && call.id ? call.id : `call_${i}`,
      type: "function",
      function: {
        name: call?.function?.name ?? "",
        arguments: argumentsText(call?.function?.arguments),
      },
    }),
  );
  const finish = mapFinishReason(answer.finish_reason, toolCalls.length > 0);
  if (!finish.ok) throw generationError(finish.reason, undefined);
  const usage = toOpenAIUsage(answer.usage, options.usageSource);
  const completion: ChatCompletion = {
    id: answer.id || options.fallbackId,
    object: "chat.completion",
    created: options.created,
    model: options.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content: text === "" && toolCalls.length > 0 ? null : text,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finish.reason,
      },
    ],
  };
  if (usage) completion.usage = usage;
  return { completion, usage };
}

/** Tool arguments as OpenAI's JSON string (Cohere sends a string; an object is serialised). */
export function argumentsText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === undefined || value === null) return "";
  return JSON.stringify(value);
}

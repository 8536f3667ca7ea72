/**
 * A complete Anthropic Message as an OpenAI `chat.completion`: text blocks joined as the
 * content, `tool_use` blocks as tool calls (arguments = the input as JSON text), the JSON-mode
 * tool's input as the content. Thinking and redacted-thinking blocks are not part of the answer
 * and are dropped (never leaked into content), as are server-tool blocks (web search...), which
 * have no OpenAI shape.
 */
import type { ChatCompletion, ChatCompletionMessageToolCall } from "@aigw/plugin-api";
import { finishReason } from "./finish-reason.js";
import { type JsonPlan, unfenceJson } from "./json-mode.js";
import { toOpenAIUsage } from "./usage.js";
import type { Message } from "./wire.js";

export function chatAnswer(message: Message, json: JsonPlan, createdSeconds: number): ChatCompletion {
  const texts: string[] = [];
  const toolCalls: ChatCompletionMessageToolCall[] = [];
  let jsonAnswer: string | undefined;
  for (const block of message.content ?? []) {
    if (block.type === "text" && typeof block.text === "string") texts.push(block.text);
    else if (block.type === "tool_use") {
      const { id, name, input } = block as { id: string; name: string; input: unknown };
      const args = JSON.stringify(input ?? {});
      if (json.tool && name === json.tool.name) jsonAnswer = args;
      else toolCalls.push({ id, type: "function", function: { name, arguments: args } });
    }
  }
  let content: string | null = jsonAnswer ?? (texts.length > 0 ? texts.join("") : null);
  if (content !== null && json.unfence) content = unfenceJson(content);
  return {
    id: message.id,
    object: "chat.completion",
    created: createdSeconds,
    model: message.model,
    choices: [
      {
        index: 0,
        message: {
          role: "assistant",
          content,
          refusal: null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finishReason(message.stop_reason, toolCalls.length > 0),
        logprobs: null,
      },
    ],
    usage: toOpenAIUsage(message.usage),
  };
}

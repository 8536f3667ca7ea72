/**
 * An OpenAI chat completion as an Anthropic Message: the first choice's text (or refusal text)
 * as a text block, then each tool call as a `tool_use` block (`input` parsed from `arguments`),
 * with the stop reason and usage translated. Only the first choice is used (Anthropic answers
 * one message; this ingress never asks for more).
 */
import type { ChatCompletion } from "@aigw/plugin-api";
import { toolUseId } from "./ids.js";
import { matchedStop, stopReason } from "./stop-reason.js";
import { toolInput } from "./tool-input.js";
import { anthropicUsage } from "./usage.js";
import type { ContentBlock, Message } from "./wire.js";

export interface MessageContext {
  readonly requestId: string;
  readonly messageId: string;
  /** The model to report when the upstream names none. */
  readonly model: string;
  /** The client's stop sequences, to recognise which one ended the answer. */
  readonly stopSequences: readonly string[] | undefined;
}

/** Text of a message `content` that some upstreams send as parts rather than a string. */
export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (part && typeof part === "object" && typeof part.text === "string" ? part.text : ""))
    .join("");
}

export function messageFromCompletion(completion: ChatCompletion, ctx: MessageContext): Message {
  const choice = completion.choices?.[0];
  const message = choice?.message;
  const content: ContentBlock[] = [];
  const text = textOf(message?.content) || (message?.refusal ?? "");
  if (text !== "") content.push({ type: "text", text });
  for (const [i, call] of (message?.tool_calls ?? []).entries()) {
    content.push({
      type: "tool_use",
      id: call.id || toolUseId(ctx.requestId, i),
      name: call.function?.name ?? "",
      input: toolInput(call.function?.arguments),
    });
  }
  const usedTools = content.some((b) => b.type === "tool_use");
  const stop = stopReason(choice?.finish_reason, usedTools, matchedStop(choice, ctx.stopSequences));
  return {
    id: ctx.messageId,
    type: "message",
    role: "assistant",
    model: completion.model || ctx.model,
    content,
    ...stop,
    usage: anthropicUsage(completion.usage),
  };
}

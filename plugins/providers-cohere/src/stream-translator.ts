/**
 * Cohere Chat API v2 stream events -> OpenAI `chat.completion.chunk`s, one event at a time (no
 * buffering: each event's chunks are returned at once). Events are told apart by their JSON
 * `type`, never by the SSE `event:` name (Cohere's own reference example names them
 * stream-start / text-generation / stream-end while the `type` says message-start...).
 *
 * - message-start: the first chunk, `role: "assistant"`.
 * - content-start / content-delta: text as `content` (thinking text of reasoning models is left out).
 * - tool-call-start: a tool call with its index, id, name and `arguments: ""`; tool-call-delta:
 *   argument fragments on the same index. Indexes are numbered in the order calls start.
 * - message-end: the final chunk with the mapped `finish_reason`, then (with include_usage) a
 *   `choices: []` chunk with usage. An `error` or an ERROR/TIMEOUT finish throws instead.
 * - tool-plan-delta, citation-start/-end, content-end, tool-call-end and unknown events add
 *   nothing (tool_plan is Cohere's note on which tools it will call, not answer content).
 */
import type { ChatCompletionChunk, ChatCompletionChunkDelta, Usage } from "@aigw/plugin-api";
import { argumentsText } from "./chat-answer.js";
import { cohereError, generationError } from "./errors.js";
import { mapFinishReason } from "./finish.js";
import { toOpenAIUsage, type UsageSource } from "./usage.js";
import type { CohereStreamEvent } from "./wire.js";

export interface TranslatorOptions {
  model: string;
  /** Epoch seconds, the same on every chunk. */
  created: number;
  /** The chunk id until message-start names Cohere's. */
  fallbackId: string;
  usageSource: UsageSource;
  /** The client asked for `stream_options.include_usage`. */
  includeUsage: boolean;
}

type ToolCallPayload = NonNullable<
  NonNullable<NonNullable<CohereStreamEvent["delta"]>["message"]>["tool_calls"]
>;

export class StreamTranslator {
  /** True once message-end arrived: the stream is complete. */
  ended = false;
  usage: Usage | undefined;
  private id: string;
  private roleSent = false;
  /** Cohere's tool-call index -> the OpenAI index given at tool-call-start. */
  private readonly toolIndex = new Map<number, number>();
  private lastToolIndex: number | undefined;
  private toolCount = 0;

  constructor(private readonly options: TranslatorOptions) {
    this.id = options.fallbackId;
  }

  /** The OpenAI chunks for one Cohere event (often none); throws a GatewayError on a failed generation. */
  push(event: CohereStreamEvent): ChatCompletionChunk[] {
    if (this.ended) return [];
    if (typeof event !== "object" || event === null) return [];
    if (event.type === undefined && typeof event.message === "string") {
      // An error object in place of an event (no type, just Cohere's `message`).
      throw cohereError(502, JSON.stringify(event));
    }
    const out: ChatCompletionChunk[] = [];
    if (event.type === "message-start" && typeof event.id === "string" && event.id) this.id = event.id;
    if (!this.roleSent) {
      this.roleSent = true;
      out.push(this.chunk({ role: "assistant", content: "" }));
    }
    const message = event.delta?.message;
    switch (event.type) {
      case "content-start":
      case "content-delta": {
        const text = message?.content?.text;
        if (typeof text === "string" && text !== "") out.push(this.chunk({ content: text }));
        break;
      }
      case "tool-call-start":
        for (const call of listOf(message?.tool_calls)) out.push(this.startToolCall(event.index, call));
        break;
      case "tool-call-delta":
        for (const call of listOf(message?.tool_calls)) {
          const fragment = argumentsText(call.function?.arguments);
          if (fragment === "") continue;
          const index = this.indexFor(event.index);
          out.push(this.chunk({ tool_calls: [{ index, function: { arguments: fragment } }] }));
        }
        break;
      case "message-end":
        out.push(...this.end(event));
        break;
      default:
        break;
    }
    return out;
  }

  private startToolCall(cohereIndex: number | undefined, call: ToolCallPayload): ChatCompletionChunk {
    const index = this.toolCount++;
    this.toolIndex.set(cohereIndex ?? index, index);
    this.lastToolIndex = index;
    return this.chunk({
      tool_calls: [
        {
          index,
          id: typeof call.id === "string" && call.id ? call.id : `call_${index}`,
          type: "function",
          function: { name: call.function?.name ?? "", arguments: argumentsText(call.function?.arguments) },
        },
      ],
    });
  }

  private indexFor(cohereIndex: number | undefined): number {
    const index = cohereIndex === undefined ? this.lastToolIndex : this.toolIndex.get(cohereIndex);
    if (index === undefined)
      throw cohereError(502, '{"message":"Cohere sent tool-call-delta before tool-call-start."}');
    return index;
  }

  private end(event: CohereStreamEvent): ChatCompletionChunk[] {
    const delta = event.delta ?? {};
    const finish = mapFinishReason(delta.finish_reason, this.toolCount > 0);
    if (typeof delta.error === "string" && delta.error) {
      throw generationError(finish.ok ? "ERROR" : finish.reason, delta.error);
    }
    if (!finish.ok) throw generationError(finish.reason, undefined);
    this.ended = true;
    this.usage = toOpenAIUsage(delta.usage, this.options.usageSource);
    const out = [this.chunk({}, finish.reason)];
    if (this.options.includeUsage && this.usage)
      out.push({ ...this.chunk({}), choices: [], usage: this.usage });
    return out;
  }

  private chunk(
    delta: ChatCompletionChunkDelta,
    finish: ChatCompletionChunk["choices"][number]["finish_reason"] = null,
  ): ChatCompletionChunk {
    return {
      id: this.id,
      object: "chat.completion.chunk",
      created: this.options.created,
      model: this.options.model,
      choices: [{ index: 0, delta, finish_reason: finish }],
    };
  }
}

/** Cohere sends one tool call object per event; tolerate a list too. */
function listOf(value: ToolCallPayload | ToolCallPayload[] | undefined): ToolCallPayload[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

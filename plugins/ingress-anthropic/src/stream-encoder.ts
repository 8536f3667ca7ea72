/**
 * OpenAI stream chunks as Anthropic stream events, one chunk at a time, each event emitted as
 * soon as the chunk that causes it arrives:
 * - the first chunk opens the message (`message_start`, with empty content and the input tokens
 *   if that chunk already reports usage, else 0; then a `ping`, as Anthropic sends one);
 * - text opens a text block (`content_block_start`) and streams as `text_delta`;
 * - each tool call (by OpenAI `index`) opens a `tool_use` block with its id, name and `input: {}`,
 *   and its argument fragments stream as `input_json_delta` `partial_json`, unchanged;
 * - a new block closes the open one (`content_block_stop`), so indices run 0, 1, 2... in order;
 * - `finish_reason` closes the open block; `message_delta` (stop reason, usage) follows as soon
 *   as usage is known (OpenAI sends it in a last chunk of its own), at the latest at the end;
 * - the end of the upstream stream is `message_stop`.
 * An upstream whose fragments of several tool calls interleave gets each fragment on its call's
 * block even if that block was closed already (Anthropic clients accumulate by index).
 */
import type { ChatCompletionChunk, ChatCompletionChunkToolCall, SseFrame, Usage } from "@aigw/plugin-api";
import { streamErrorFrame } from "./errors.js";
import { toolUseId } from "./ids.js";
import { matchedStop, stopReason } from "./stop-reason.js";
import { anthropicUsage } from "./usage.js";

export interface StreamContext {
  readonly requestId: string;
  readonly messageId: string;
  /** The model to report when the upstream names none. */
  readonly model: string;
  readonly stopSequences: readonly string[] | undefined;
}

interface ToolCall {
  id: string | undefined;
  name: string;
  /** Arguments that arrived before the name (the block cannot start without one). */
  pending: string;
  /** The Anthropic block index, once started. */
  index?: number;
}

type OpenBlock = { kind: "text"; index: number } | { kind: "tool"; index: number; key: number };

function event(type: string, fields: Record<string, unknown>): SseFrame {
  return { event: type, data: JSON.stringify({ type, ...fields }) };
}

export class StreamEncoder {
  private started = false;
  private nextIndex = 0;
  private open: OpenBlock | undefined;
  private readonly tools = new Map<number, ToolCall>();
  private usedTools = false;
  private usage: Usage | undefined;
  private finish: string | null | undefined;
  private matched: string | null = null;
  private delivered = false;
  private model: string;

  constructor(private readonly ctx: StreamContext) {
    this.model = ctx.model;
  }

  /** The events one upstream chunk causes. */
  push(chunk: ChatCompletionChunk): SseFrame[] {
    const out: SseFrame[] = [];
    if (!this.started) this.start(out, chunk);
    if (chunk.usage) this.usage = chunk.usage;
    // Once message_delta is out the message is final; a straggling chunk has nowhere to go.
    if (this.delivered) return out;
    const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
    if (choice) {
      const delta = choice.delta ?? {};
      const text =
        (typeof delta.content === "string" ? delta.content : "") +
        (typeof delta.refusal === "string" ? delta.refusal : "");
      if (text !== "") {
        this.openText(out);
        out.push(
          event("content_block_delta", { index: this.open!.index, delta: { type: "text_delta", text } }),
        );
      }
      for (const call of delta.tool_calls ?? []) this.toolFragment(out, call);
      if (choice.finish_reason) {
        this.finish = choice.finish_reason;
        this.matched = matchedStop(choice, this.ctx.stopSequences);
        this.closeAll(out);
      }
    }
    if (this.finish !== undefined && this.usage) this.deliver(out);
    return out;
  }

  /** The events that end a stream the upstream finished. */
  end(): SseFrame[] {
    const out: SseFrame[] = [];
    if (!this.started) this.start(out, undefined);
    if (!this.delivered) {
      this.closeAll(out);
      this.deliver(out);
    }
    out.push(event("message_stop", {}));
    return out;
  }

  /** The one event that ends a stream the upstream broke: `error`, never `message_stop`. */
  fail(thrown: unknown): SseFrame {
    return streamErrorFrame(thrown, this.ctx.requestId);
  }

  private start(out: SseFrame[], chunk: ChatCompletionChunk | undefined): void {
    this.started = true;
    if (chunk?.model) this.model = chunk.model;
    const usage = anthropicUsage(chunk?.usage);
    out.push(
      event("message_start", {
        message: {
          id: this.ctx.messageId,
          type: "message",
          role: "assistant",
          model: this.model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage,
        },
      }),
      event("ping", {}),
    );
  }

  private closeOpen(out: SseFrame[]): void {
    if (!this.open) return;
    out.push(event("content_block_stop", { index: this.open.index }));
    this.open = undefined;
  }

  private openText(out: SseFrame[]): void {
    if (this.open?.kind === "text") return;
    this.closeOpen(out);
    this.open = { kind: "text", index: this.nextIndex++ };
    out.push(
      event("content_block_start", { index: this.open.index, content_block: { type: "text", text: "" } }),
    );
  }

  private startTool(out: SseFrame[], key: number, call: ToolCall): void {
    this.closeOpen(out);
    const index = this.nextIndex++;
    call.index = index;
    this.open = { kind: "tool", index, key };
    this.usedTools = true;
    out.push(
      event("content_block_start", {
        index,
        content_block: {
          type: "tool_use",
          id: call.id || toolUseId(this.ctx.requestId, key),
          name: call.name,
          input: {},
        },
      }),
    );
    if (call.pending !== "") {
      out.push(jsonDelta(index, call.pending));
      call.pending = "";
    }
  }

  private toolFragment(out: SseFrame[], fragment: ChatCompletionChunkToolCall): void {
    const key = fragment.index ?? 0;
    let call = this.tools.get(key);
    if (!call) {
      call = { id: undefined, name: "", pending: "" };
      this.tools.set(key, call);
    }
    if (fragment.id && !call.id) call.id = fragment.id;
    const args = fragment.function?.arguments ?? "";
    if (call.index === undefined) {
      call.name += fragment.function?.name ?? "";
      call.pending += args;
      if (call.name !== "") this.startTool(out, key, call);
      return;
    }
    if (args !== "") out.push(jsonDelta(call.index, args));
  }

  /** Closes the open block, first starting any tool call that never got a name. */
  private closeAll(out: SseFrame[]): void {
    for (const [key, call] of this.tools) if (call.index === undefined) this.startTool(out, key, call);
    this.closeOpen(out);
  }

  private deliver(out: SseFrame[]): void {
    this.delivered = true;
    const usage = this.usage ? anthropicUsage(this.usage) : undefined;
    out.push(
      event("message_delta", {
        delta: stopReason(this.finish, this.usedTools, this.matched),
        // Cumulative totals; input_tokens too, since message_start rarely knew it.
        usage: usage
          ? {
              input_tokens: usage.input_tokens,
              output_tokens: usage.output_tokens,
              cache_creation_input_tokens: usage.cache_creation_input_tokens,
              cache_read_input_tokens: usage.cache_read_input_tokens,
            }
          : { output_tokens: 0 },
      }),
    );
  }
}

function jsonDelta(index: number, partial: string): SseFrame {
  return event("content_block_delta", { index, delta: { type: "input_json_delta", partial_json: partial } });
}

/**
 * An Anthropic event stream as OpenAI `chat.completion.chunk`s, each yielded as soon as its
 * event arrives: `message_start` opens with the assistant role; text deltas become content;
 * each `tool_use` block becomes one OpenAI tool call, numbered by counting tool_use blocks only
 * (Anthropic's block index counts text and thinking blocks too), its `input_json_delta`
 * fragments the call's argument fragments; the JSON-mode tool's fragments are content instead.
 * Thinking deltas, signatures, pings and unknown events are skipped. `message_delta` carries the
 * stop reason and cumulative usage; `message_stop` ends the stream with the finish chunk (and the
 * usage chunk when the client asked with `stream_options.include_usage`).
 *
 * A stream ends cleanly only on `message_stop`. A body that stops short, a broken connection or
 * an `error` event (e.g. `overloaded_error` mid-stream) is thrown as a `GatewayError`, which the
 * engine shows the client as an error event, never a clean `[DONE]`.
 */
import {
  type AbortSignalLike,
  type ChatCompletionChunk,
  type ChatCompletionChunkDelta,
  chunkFromText,
  type FinishReason,
  GatewayError,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import {
  type SseEvent,
  type StreamStep,
  sseEvents,
  translatedStream,
  type UpstreamExchange,
} from "@aigw/wire-kit";
import { streamEventError } from "./errors.js";
import { finishReason } from "./finish-reason.js";
import type { JsonPlan } from "./json-mode.js";
import { LABEL } from "./upstream.js";
import { mergeUsage, toOpenAIUsage } from "./usage.js";
import type { AnthropicUsage, BlockDelta, ContentBlock, StreamEvent } from "./wire.js";

export interface StreamOptions {
  signal: AbortSignalLike;
  json: JsonPlan;
  includeUsage: boolean;
  /** Unix seconds, the same on every chunk. */
  created: number;
  /** The model asked for, until `message_start` names the one serving. */
  model: string;
  onUsage(usage: Usage): void;
}

type Block =
  | { kind: "text" }
  | { kind: "tool"; index: number; input: unknown; sentArgs: boolean }
  | { kind: "json"; input: unknown; sentArgs: boolean }
  | { kind: "skip" };

export function chatStream(exchange: UpstreamExchange, options: StreamOptions): AsyncGenerator<StreamChunk> {
  const translator = new StreamTranslator(options);
  return translatedStream(exchange, sseEvents(exchange.response.body), {
    signal: options.signal,
    step: (event) => translator.event(event),
    cutOff,
  });
}

/** The translation state of one stream; `event` turns one SSE event into chunks. */
export class StreamTranslator {
  private id = "msg";
  private model: string;
  private usage: AnthropicUsage = {};
  private stopReason: string | null | undefined;
  private started = false;
  private readonly blocks = new Map<number, Block>();
  private toolCount = 0;

  constructor(private readonly options: StreamOptions) {
    this.model = options.model;
  }

  event(event: SseEvent): StreamStep & { chunks: StreamChunk[] } {
    const chunks: StreamChunk[] = [];
    if (event.event === "error") throw streamEventError(event.data);
    let data: StreamEvent;
    try {
      data = JSON.parse(event.data) as StreamEvent;
    } catch (error) {
      // A comment-only frame has no data; anything else unreadable is a broken stream.
      if (event.data.trim() === "") return { chunks, done: false };
      throw new GatewayError("upstream_error", `${LABEL} sent a stream event that is not JSON.`, {
        cause: error,
      });
    }
    switch (data.type) {
      case "message_start":
        if (typeof data.message?.id === "string") this.id = data.message.id;
        if (typeof data.message?.model === "string") this.model = data.message.model;
        this.usage = mergeUsage(this.usage, data.message?.usage);
        this.start(chunks);
        break;
      case "content_block_start":
        this.blockStart(data.index, data.content_block, chunks);
        break;
      case "content_block_delta":
        this.blockDelta(data.index, data.delta, chunks);
        break;
      case "content_block_stop":
        this.blockStop(data.index, chunks);
        break;
      case "message_delta":
        if (data.delta && "stop_reason" in data.delta) this.stopReason = data.delta.stop_reason;
        this.usage = mergeUsage(this.usage, data.usage);
        break;
      case "message_stop":
        this.finish(chunks);
        return { chunks, done: true };
      case "error":
        throw streamEventError(event.data);
      default:
        // ping, and event types added later: nothing to forward.
        break;
    }
    return { chunks, done: false };
  }

  private start(chunks: StreamChunk[]): void {
    if (this.started) return;
    this.started = true;
    chunks.push(this.chunk({ role: "assistant", content: "" }));
  }

  private blockStart(index: number, block: ContentBlock, chunks: StreamChunk[]): void {
    if (block.type === "text") {
      this.blocks.set(index, { kind: "text" });
      const text = (block as { text?: unknown }).text;
      if (typeof text === "string" && text !== "") this.content(text, chunks);
    } else if (block.type === "tool_use") {
      const { id, name, input } = block as { id: string; name: string; input?: unknown };
      if (this.options.json.tool && name === this.options.json.tool.name) {
        this.blocks.set(index, { kind: "json", input, sentArgs: false });
        return;
      }
      const toolIndex = this.toolCount++;
      this.blocks.set(index, { kind: "tool", index: toolIndex, input, sentArgs: false });
      this.start(chunks);
      chunks.push(
        this.chunk({
          tool_calls: [{ index: toolIndex, id, type: "function", function: { name, arguments: "" } }],
        }),
      );
    } else {
      // thinking, redacted_thinking, server tool blocks: not part of the OpenAI answer.
      this.blocks.set(index, { kind: "skip" });
    }
  }

  private blockDelta(index: number, delta: BlockDelta, chunks: StreamChunk[]): void {
    const block = this.blocks.get(index);
    if (!block || block.kind === "skip") return;
    if (delta.type === "text_delta" && block.kind === "text") {
      const text = (delta as { text?: unknown }).text;
      if (typeof text === "string" && text !== "") this.content(text, chunks);
    } else if (delta.type === "input_json_delta" && block.kind !== "text") {
      const fragment = (delta as { partial_json?: unknown }).partial_json;
      if (typeof fragment !== "string" || fragment === "") return;
      block.sentArgs = true;
      if (block.kind === "json") this.content(fragment, chunks);
      else this.arguments(block.index, fragment, chunks);
    }
    // thinking_delta, signature_delta, citations_delta: skipped.
  }

  /** A tool block that streamed no arguments still needs a JSON object as its arguments. */
  private blockStop(index: number, chunks: StreamChunk[]): void {
    const block = this.blocks.get(index);
    if (!block || (block.kind !== "tool" && block.kind !== "json") || block.sentArgs) return;
    block.sentArgs = true;
    const args = JSON.stringify(block.input ?? {});
    if (block.kind === "json") this.content(args, chunks);
    else this.arguments(block.index, args, chunks);
  }

  private finish(chunks: StreamChunk[]): void {
    this.start(chunks);
    const usage = toOpenAIUsage(this.usage);
    this.options.onUsage(usage);
    const reason: FinishReason = finishReason(this.stopReason, this.toolCount > 0);
    chunks.push(this.chunk({}, reason));
    if (this.options.includeUsage) {
      const last: ChatCompletionChunk = { ...this.base(), choices: [], usage };
      chunks.push(chunkFromText(JSON.stringify(last)));
    }
  }

  private content(text: string, chunks: StreamChunk[]): void {
    this.start(chunks);
    chunks.push(this.chunk({ content: text }));
  }

  private arguments(index: number, fragment: string, chunks: StreamChunk[]): void {
    chunks.push(this.chunk({ tool_calls: [{ index, function: { arguments: fragment } }] }));
  }

  private base(): Omit<ChatCompletionChunk, "choices"> {
    return { id: this.id, object: "chat.completion.chunk", created: this.options.created, model: this.model };
  }

  private chunk(delta: ChatCompletionChunkDelta, finish: FinishReason | null = null): StreamChunk {
    const chunk: ChatCompletionChunk = {
      ...this.base(),
      choices: [{ index: 0, delta, finish_reason: finish }],
    };
    return chunkFromText(JSON.stringify(chunk));
  }
}

function cutOff(cause: unknown): GatewayError {
  return new GatewayError(
    "upstream_error",
    `The stream from ${LABEL} was cut off before it finished${cause ? " (the connection failed)" : " (no message_stop)"}.`,
    { cause },
  );
}

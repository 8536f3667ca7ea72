/**
 * A ConverseStream answer (binary event stream) as OpenAI `chat.completion.chunk`s, each yielded
 * the moment its event is decoded:
 * - messageStart -> the first chunk, `role: "assistant"`;
 * - contentBlockDelta text -> `content`;
 * - contentBlockStart toolUse -> a new `tool_calls` entry (id, name, empty arguments) at the next
 *   index; its contentBlockDelta toolUse.input fragments -> `arguments` on that index (blocks
 *   are keyed by contentBlockIndex, which every delta carries; text blocks have no start event);
 * - messageStop -> the chunk with `finish_reason`; metadata -> usage (a `choices: []` chunk when
 *   the client asked for `stream_options.include_usage`).
 * The stream is complete only with both messageStop and metadata. A body that ends before, an
 * exception message (throttlingException...), or a corrupt frame (bad CRC) is thrown as a
 * `GatewayError`, which the engine turns into an error event instead of a clean end.
 */
import {
  type AbortSignalLike,
  type ChatCompletionChunk,
  type ChatCompletionChunkDelta,
  chunkFromText,
  GatewayError,
  isGatewayError,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import { type UpstreamExchange, upstreamAbortedError } from "@aigw/wire-kit";
import { errorFromStreamError, errorFromStreamException } from "./errors.js";
import { EventStreamError, type EventStreamMessage, eventStreamMessages } from "./eventstream.js";
import { finishReason } from "./finish.js";
import { LABEL } from "./settings.js";
import { toOpenAIUsage } from "./usage.js";

export interface StreamMeta {
  id: string;
  created: number;
  model: string;
  /** The JSON-mode tool, whose input streams as content. */
  jsonTool: string | undefined;
  includeUsage: boolean;
}

type Block = { kind: "tool"; index: number } | { kind: "json" };

/** Turns Converse stream events into OpenAI chunks; pure, one instance per stream. */
export class StreamTranslator {
  private started = false;
  private readonly blocks = new Map<number, Block>();
  private toolCount = 0;
  private stopReason: string | undefined;
  private usage: Usage | undefined;
  private sawStop = false;
  private sawMetadata = false;
  private usageSent = false;

  constructor(private readonly meta: StreamMeta) {}

  /** True once both messageStop and metadata have arrived. */
  get complete(): boolean {
    return this.sawStop && this.sawMetadata;
  }

  /** The usage reported by the metadata event, once it has come. */
  get reportedUsage(): Usage | undefined {
    return this.usage;
  }

  handle(eventType: string, payload: Record<string, unknown>): ChatCompletionChunk[] {
    const out: ChatCompletionChunk[] = [];
    const start = () => {
      if (!this.started) {
        this.started = true;
        out.push(this.chunk({ role: "assistant", content: "" }));
      }
    };
    switch (eventType) {
      case "messageStart":
        start();
        break;
      case "contentBlockStart": {
        start();
        const index = blockIndex(payload);
        const toolUse = (payload.start as { toolUse?: { toolUseId?: unknown; name?: unknown } } | undefined)
          ?.toolUse;
        if (!toolUse) break;
        const name = typeof toolUse.name === "string" ? toolUse.name : "";
        if (this.meta.jsonTool !== undefined && name === this.meta.jsonTool) {
          this.blocks.set(index, { kind: "json" });
          break;
        }
        const toolIndex = this.toolCount++;
        this.blocks.set(index, { kind: "tool", index: toolIndex });
        out.push(
          this.chunk({
            tool_calls: [
              {
                index: toolIndex,
                id: typeof toolUse.toolUseId === "string" ? toolUse.toolUseId : `call_${toolIndex}`,
                type: "function",
                function: { name, arguments: "" },
              },
            ],
          }),
        );
        break;
      }
      case "contentBlockDelta": {
        start();
        const index = blockIndex(payload);
        const delta = (payload.delta ?? {}) as { text?: unknown; toolUse?: { input?: unknown } };
        if (typeof delta.text === "string") {
          if (delta.text) out.push(this.chunk({ content: delta.text }));
        } else if (delta.toolUse) {
          const fragment = typeof delta.toolUse.input === "string" ? delta.toolUse.input : "";
          const block = this.blocks.get(index);
          if (!block) {
            throw new GatewayError(
              "upstream_error",
              `${LABEL} streamed tool input for content block ${index} before its start.`,
            );
          }
          if (!fragment) break;
          if (block.kind === "json") out.push(this.chunk({ content: fragment }));
          else
            out.push(this.chunk({ tool_calls: [{ index: block.index, function: { arguments: fragment } }] }));
        }
        // reasoningContent and citation deltas have no place in OpenAI's chat chunks.
        break;
      }
      case "messageStop":
        start();
        this.sawStop = true;
        this.stopReason = typeof payload.stopReason === "string" ? payload.stopReason : undefined;
        out.push(this.chunk({}, finishReason(this.stopReason, this.toolCount > 0)));
        if (this.sawMetadata) this.pushUsage(out);
        break;
      case "metadata":
        this.sawMetadata = true;
        this.usage = toOpenAIUsage(payload.usage);
        if (this.sawStop) this.pushUsage(out);
        break;
      default:
        // contentBlockStop and event types added later carry nothing the client needs.
        break;
    }
    return out;
  }

  private pushUsage(out: ChatCompletionChunk[]): void {
    if (this.usageSent || !this.meta.includeUsage || !this.usage) return;
    this.usageSent = true;
    out.push({ ...this.base(), choices: [], usage: this.usage });
  }

  private chunk(
    delta: ChatCompletionChunkDelta,
    finish: ChatCompletionChunk["choices"][number]["finish_reason"] = null,
  ): ChatCompletionChunk {
    return { ...this.base(), choices: [{ index: 0, delta, finish_reason: finish }] };
  }

  private base(): Omit<ChatCompletionChunk, "choices"> {
    return {
      id: this.meta.id,
      object: "chat.completion.chunk",
      created: this.meta.created,
      model: this.meta.model,
    };
  }
}

function blockIndex(payload: Record<string, unknown>): number {
  const index = payload.contentBlockIndex;
  return typeof index === "number" ? index : 0;
}

const decoder = new TextDecoder();

/** The chunks of a ConverseStream exchange, for the engine to forward. */
export async function* chatStream(
  exchange: UpstreamExchange,
  meta: StreamMeta,
  options: { signal: AbortSignalLike; onUsage(usage: Usage): void },
): AsyncGenerator<StreamChunk> {
  const translator = new StreamTranslator(meta);
  let finished = false;
  let usageRecorded = false;
  try {
    for await (const message of eventStreamMessages(exchange.response.body)) {
      const chunks = translator.handle(...eventOf(message));
      if (!usageRecorded && translator.reportedUsage) {
        usageRecorded = true;
        options.onUsage(translator.reportedUsage);
      }
      for (const chunk of chunks) yield chunkFromText(JSON.stringify(chunk));
    }
    finished = true;
  } catch (error) {
    if (isGatewayError(error)) throw error;
    if (options.signal.aborted) throw upstreamAbortedError(options.signal, error);
    if (error instanceof EventStreamError) {
      throw new GatewayError("upstream_error", `The ${LABEL} event stream is corrupt (${error.message}).`, {
        cause: error,
      });
    }
    throw cutOff(error);
  } finally {
    // Stopped early (client gone, error, a consumer that quit): release the upstream now.
    if (!finished) exchange.abort();
  }
  if (!translator.complete) throw cutOff(undefined);
}

/** The event type and JSON payload of a message; exceptions and errors are thrown. */
function eventOf(message: EventStreamMessage): [string, Record<string, unknown>] {
  const h = message.headers;
  const messageType = typeof h[":message-type"] === "string" ? h[":message-type"] : "event";
  const text = decoder.decode(message.payload);
  if (messageType === "exception") {
    throw errorFromStreamException(String(h[":exception-type"] ?? "UnknownException"), text);
  }
  if (messageType === "error") {
    throw errorFromStreamError(String(h[":error-code"] ?? "UnknownError"), String(h[":error-message"] ?? ""));
  }
  const eventType = String(h[":event-type"] ?? "");
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : {};
  } catch (error) {
    throw new GatewayError(
      "upstream_error",
      `${LABEL} sent a ${eventType || "stream"} event that is not JSON.`,
      {
        cause: error,
      },
    );
  }
  return [eventType, payload && typeof payload === "object" ? (payload as Record<string, unknown>) : {}];
}

function cutOff(cause: unknown): GatewayError {
  return new GatewayError(
    "upstream_error",
    `The ${LABEL} stream was cut off before it finished${cause ? " (the connection failed)" : " (no messageStop and metadata)"}.`,
    { cause },
  );
}

/**
 * Drives a streamed Cohere answer through the translator and hands the engine OpenAI chunks as
 * each upstream event arrives. A stream is complete only at `message-end`: a body that ends
 * before it (with or without a `[DONE]`), a broken connection, an undecodable event or an error
 * event is thrown as a GatewayError, which the engine turns into an error event for the client
 * instead of a clean `[DONE]`. Usage is recorded when message-end brings it.
 */
import {
  type AbortSignalLike,
  chunkFromText,
  GatewayError,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import { type SseEvent, type StreamStep, translatedStream, type UpstreamExchange } from "@aigw/wire-kit";
import { cohereError } from "./errors.js";
import { streamEvents } from "./events.js";
import type { StreamTranslator } from "./stream-translator.js";
import { LABEL } from "./upstream.js";
import type { CohereStreamEvent } from "./wire.js";

export interface ChatStreamOptions {
  signal: AbortSignalLike;
  onUsage(usage: Usage): void;
}

export function chatStream(
  exchange: UpstreamExchange,
  translator: StreamTranslator,
  options: ChatStreamOptions,
): AsyncGenerator<StreamChunk> {
  const res = exchange.response;
  const step = (event: SseEvent): StreamStep => {
    if (event.data === "") return { chunks: [], done: false };
    // [DONE] is no terminator of Cohere's: only message-end ends a stream.
    if (event.data === "[DONE]") throw cutOff(undefined);
    const chunks = translator.push(decode(event)).map((chunk) => chunkFromText(JSON.stringify(chunk)));
    if (translator.ended && translator.usage) options.onUsage(translator.usage);
    return { chunks, done: translator.ended };
  };
  return translatedStream(exchange, streamEvents(res.body, res.headers["content-type"] ?? ""), {
    signal: options.signal,
    step,
    cutOff,
  });
}

function decode(event: SseEvent): CohereStreamEvent {
  if (event.event === "error") throw cohereError(502, event.data);
  try {
    return JSON.parse(event.data) as CohereStreamEvent;
  } catch (cause) {
    throw new GatewayError("upstream_error", `${LABEL} sent a stream event that is not JSON.`, { cause });
  }
}

function cutOff(cause: unknown): GatewayError {
  return new GatewayError(
    "upstream_error",
    `The stream from ${LABEL} was cut off before it finished${cause ? " (the connection failed)" : " (no message-end event)"}.`,
    { cause },
  );
}

/**
 * Drives a streamed Cohere answer through the translator and hands the engine OpenAI chunks as
 * each upstream event arrives. A stream is complete only at `message-end`: a body that ends
 * before it (with or without a `[DONE]`), a broken connection, an undecodable event or an error
 * event is thrown as a GatewayError, which the engine turns into an error event for the client
 * instead of a clean `[DONE]`. Usage is recorded when message-end brings it.
 */
import {
  chunkFromText,
  GatewayError,
  isGatewayError,
  type SseEvent,
  type StreamChunk,
  type Usage,
} from "@aigw/plugin-api";
import { cohereError } from "./errors.js";
import { streamEvents } from "./events.js";
import type { StreamTranslator } from "./stream-translator.js";
import { abortedError, type Exchange } from "./transport.js";
import { LABEL } from "./upstream.js";
import type { CohereStreamEvent } from "./wire.js";

export interface ChatStreamOptions {
  signal: AbortSignal;
  onUsage(usage: Usage): void;
}

/** How long to keep reading after message-end so the connection can go back to the pool. */
const DRAIN_MS = 5_000;

export async function* cohereChatChunks(
  exchange: Exchange,
  translator: StreamTranslator,
  options: ChatStreamOptions,
): AsyncGenerator<StreamChunk> {
  const res = exchange.response;
  const events = streamEvents(res.body, res.headers["content-type"] ?? "")[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      const event = next.value;
      if (event.data === "" || event.data === "[DONE]") {
        // [DONE] is no terminator of Cohere's: only message-end ends a stream.
        if (event.data === "[DONE]") break;
        continue;
      }
      for (const chunk of translator.push(decode(event))) yield chunkFromText(JSON.stringify(chunk));
      if (translator.ended) {
        if (translator.usage) options.onUsage(translator.usage);
        finished = true;
        drain(events, exchange);
        return;
      }
    }
  } catch (error) {
    if (isGatewayError(error)) throw error;
    if (options.signal.aborted) throw abortedError(options.signal, error);
    throw cutOff(error);
  } finally {
    // Stopped early (client gone, error, or a consumer that quit): release the upstream now.
    if (!finished) exchange.abort();
  }
  throw cutOff(undefined);
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

/** Reads what follows message-end in the background (normally just the body's end), then lets go. */
function drain(events: AsyncIterator<SseEvent>, exchange: Exchange): void {
  const timer = setTimeout(() => exchange.abort(), DRAIN_MS);
  (timer as { unref?: () => void }).unref?.();
  void (async () => {
    try {
      while (!(await events.next()).done) {}
    } catch {
      // The body failed after message-end: the client already has everything.
    } finally {
      clearTimeout(timer);
    }
  })();
}

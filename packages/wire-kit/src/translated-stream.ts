/**
 * The loop every provider with its own stream format runs: read the upstream's events, hand the
 * engine the OpenAI chunks each one translates to as soon as it arrives, and stop at the
 * stream's final event (draining the rest so the connection can be pooled). A body that ends
 * before the final event, or breaks, is the upstream's `cutOff` error; a caller that went away
 * is `client_closed`; a GatewayError thrown by the translation passes as it is. However it
 * stops early, the upstream request is aborted at once.
 */
import { type AbortSignalLike, type GatewayError, isGatewayError, type StreamChunk } from "@aigw/plugin-api";
import { drainUpstream, type UpstreamExchange, upstreamAbortedError } from "./transport.js";

/** What one upstream event translates to. */
export interface StreamStep {
  chunks: Iterable<StreamChunk>;
  /** True when this was the stream's final event. */
  done: boolean;
}

export interface TranslatedStreamOptions<E> {
  signal: AbortSignalLike;
  /** Translates one event; throwing a GatewayError ends the stream with it. */
  step(event: E): StreamStep;
  /** The error for a stream cut off: `cause` is the read failure, or undefined when the body just ended. */
  cutOff(cause: unknown): GatewayError;
}

/** Streams the chunks `events` (parsed from `exchange`'s body) translate to. */
export async function* translatedStream<E>(
  exchange: UpstreamExchange,
  events: AsyncIterable<E>,
  options: TranslatedStreamOptions<E>,
): AsyncGenerator<StreamChunk> {
  const iterator = events[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const step = options.step(next.value);
      for (const chunk of step.chunks) yield chunk;
      if (step.done) {
        finished = true;
        drainUpstream(iterator, exchange);
        return;
      }
    }
  } catch (error) {
    if (isGatewayError(error)) throw error;
    if (options.signal.aborted) throw upstreamAbortedError(options.signal, error);
    throw options.cutOff(error);
  } finally {
    // Stopped early (client gone, error, or a consumer that quit): release the upstream now.
    if (!finished) exchange.abort();
  }
  throw options.cutOff(undefined);
}

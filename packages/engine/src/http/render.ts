/**
 * Turns results and errors into HTTP responses: JSON bodies sent as the text they arrived as when
 * nobody changed them, streams as server-sent events written as each chunk arrives (in OpenAI's
 * format, or an ingress plugin's), and errors as OpenAI's `{"error":{message,type,code,param}}`.
 */
import {
  type BinaryResult,
  GatewayError,
  isGatewayError,
  type JsonResult,
  type SseFrame,
  type StreamChunk,
} from "@aigw/plugin-api";

import type { Answer } from "./call.js";

const encoder = new TextEncoder();

/** Headers the runtime sets itself from how it frames the body; never copied from a result. */
const HOP_BY_HOP = new Set(["content-length", "transfer-encoding", "connection", "keep-alive"]);

/**
 * Completes the gateway's fresh per-answer header object in place (no copy on the common path,
 * where a result carries no headers of its own); a result's own headers come first, lower-cased,
 * without hop-by-hop ones.
 */
export function withHeaders(
  extra: Readonly<Record<string, string>> | undefined,
  own: Record<string, string>,
  contentType: string,
): Record<string, string> {
  if (!extra) {
    own["content-type"] = contentType;
    return own;
  }
  const headers: Record<string, string> = {};
  for (const key in extra) {
    const name = key.toLowerCase();
    if (!HOP_BY_HOP.has(name)) headers[name] = extra[key]!;
  }
  headers["content-type"] = contentType;
  for (const key in own) headers[key] = own[key]!;
  return headers;
}

export function renderJson(result: JsonResult, own: Record<string, string>): Answer {
  return {
    status: result.status,
    headers: withHeaders(result.headers, own, "application/json"),
    body: result.text ?? JSON.stringify(result.body),
  };
}

export function renderError(error: GatewayError, own: Record<string, string>): Answer {
  return {
    status: error.status,
    headers: withHeaders(error.headers, own, "application/json"),
    body: JSON.stringify(error.toBody()),
  };
}

export function renderBinary(result: BinaryResult, own: Record<string, string>): Answer {
  return {
    status: result.status,
    headers: withHeaders(result.headers as Record<string, string> | undefined, own, result.contentType),
    body: result.body,
  };
}

/** How a stream ended, reported once. */
export type StreamEnd = { type: "done" } | { type: "error"; error: GatewayError } | { type: "cancelled" };

export interface StreamHooks {
  onFirstByte(): void;
  /** Each frame's size as written, for the record. */
  onBytes(count: number): void;
  onEnd(end: StreamEnd): void;
  onCancel(reason: unknown): void;
}

/** Remembers the first failure of an upstream stream, whoever ends up encoding it. */
export class StreamFailure {
  error: GatewayError | undefined;
}

function asGatewayError(thrown: unknown): GatewayError {
  return isGatewayError(thrown)
    ? thrown
    : new GatewayError("upstream_error", "The upstream stream failed before it finished.", { cause: thrown });
}

/** Passes chunks through, noting a failure before rethrowing it to the encoder. */
export async function* tapFailures(
  chunks: AsyncIterable<StreamChunk>,
  failure: StreamFailure,
): AsyncGenerator<StreamChunk> {
  try {
    yield* chunks;
  } catch (thrown) {
    failure.error ??= asGatewayError(thrown);
    throw thrown;
  }
}

/**
 * OpenAI's stream format: each chunk's JSON as a `data:` event, `[DONE]` at the end; a failure
 * ends with an error event and no `[DONE]`, so the client sees the stream broke.
 */
export async function* openAIFrames(chunks: AsyncIterable<StreamChunk>): AsyncGenerator<SseFrame> {
  try {
    for await (const chunk of chunks) yield { data: chunk.text ?? JSON.stringify(chunk.data) };
  } catch (thrown) {
    yield { data: JSON.stringify(asGatewayError(thrown).toBody()) };
    return;
  }
  yield { data: "[DONE]" };
}

function encodeFrame(frame: SseFrame): Uint8Array {
  const data = frame.data.includes("\n") ? frame.data.split("\n").join("\ndata: ") : frame.data;
  return encoder.encode(frame.event ? `event: ${frame.event}\ndata: ${data}\n\n` : `data: ${data}\n\n`);
}

/**
 * Writes server-sent events as the encoder produces them (each as soon as its upstream chunk
 * arrived; no buffering). Reports the end once: done, failed (from `failure`) or cancelled.
 * The body is a hand-written iterator rather than an async generator because `return()` must
 * act at once when the client leaves, even while a `next()` waits on the upstream (a
 * generator would queue it behind that `next()`).
 */
export function renderFrames(
  frames: AsyncIterable<SseFrame>,
  status: number,
  extra: Readonly<Record<string, string>> | undefined,
  own: Record<string, string>,
  failure: StreamFailure,
  hooks: StreamHooks,
): Answer {
  const source = frames[Symbol.asyncIterator]();
  let ended = false;
  let first = true;
  const end = (value: StreamEnd) => {
    if (ended) return false;
    ended = true;
    hooks.onEnd(value);
    return true;
  };
  const finished: IteratorResult<Uint8Array> = { done: true, value: undefined };
  const body: AsyncIterableIterator<Uint8Array> = {
    async next() {
      if (ended) return finished;
      try {
        const next = await source.next();
        if (first) {
          first = false;
          hooks.onFirstByte();
        }
        if (!next.done) {
          const value = encodeFrame(next.value);
          hooks.onBytes(value.byteLength);
          return { done: false, value };
        }
        end(failure.error ? { type: "error", error: failure.error } : { type: "done" });
        return finished;
      } catch (thrown) {
        // The encoder itself failed: end with a plain error event rather than hang or reset.
        const error = failure.error ?? asGatewayError(thrown);
        if (!end({ type: "error", error })) return finished;
        return { done: false, value: encodeFrame({ data: JSON.stringify(error.toBody()) }) };
      }
    },
    async return(reason?: unknown) {
      if (end({ type: "cancelled" })) {
        hooks.onCancel(reason);
        await source.return?.();
      }
      return finished;
    },
    [Symbol.asyncIterator]() {
      return body;
    },
  };
  const headers = withHeaders(extra, own, "text/event-stream; charset=utf-8");
  headers["cache-control"] = "no-cache";
  headers["x-accel-buffering"] = "no";
  return { status, headers, body };
}

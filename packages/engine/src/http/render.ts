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

const encoder = new TextEncoder();

/**
 * Plain header objects: Response builds its Headers once from them (cheaper than a Headers copy).
 * `own` is the gateway's fresh per-answer object, so it is completed in place when nothing else
 * needs merging.
 */
export function jsonHeaders(
  extra: Readonly<Record<string, string>> | undefined,
  own: Record<string, string>,
): Record<string, string> {
  if (extra) return { ...extra, "content-type": "application/json", ...own };
  own["content-type"] = "application/json";
  return own;
}

export function renderJson(result: JsonResult, own: Record<string, string>): Response {
  const text = result.text ?? JSON.stringify(result.body);
  return new Response(text, {
    status: result.status,
    headers: jsonHeaders(result.headers, own),
  });
}

export function renderError(error: GatewayError, own: Record<string, string>): Response {
  return new Response(JSON.stringify(error.toBody()), {
    status: error.status,
    headers: jsonHeaders(error.headers, own),
  });
}

export function renderBinary(result: BinaryResult, own: Record<string, string>): Response {
  const headers = new Headers(result.headers as Record<string, string> | undefined);
  headers.set("content-type", result.contentType);
  for (const key in own) headers.set(key, own[key]!);
  const source = result.body;
  let body: BodyInit;
  if (source instanceof Uint8Array) body = source as Uint8Array<ArrayBuffer>;
  else {
    const it = source[Symbol.asyncIterator]();
    body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { done, value } = await it.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      async cancel() {
        await it.return?.();
      },
    });
  }
  return new Response(body, { status: result.status, headers });
}

/** How a stream ended, reported once. */
export type StreamEnd = { type: "done" } | { type: "error"; error: GatewayError } | { type: "cancelled" };

export interface StreamHooks {
  onFirstByte(): void;
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
 */
export function renderFrames(
  frames: AsyncIterable<SseFrame>,
  status: number,
  headers: Record<string, string>,
  failure: StreamFailure,
  hooks: StreamHooks,
): Response {
  const iterator = frames[Symbol.asyncIterator]();
  let ended = false;
  let first = true;
  const end = (value: StreamEnd) => {
    if (ended) return;
    ended = true;
    hooks.onEnd(value);
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (first) {
            first = false;
            hooks.onFirstByte();
          }
          if (!next.done) {
            controller.enqueue(encodeFrame(next.value));
            return;
          }
          controller.close();
          end(failure.error ? { type: "error", error: failure.error } : { type: "done" });
        } catch (thrown) {
          // The encoder itself failed: end with a plain error event rather than hang or reset.
          if (ended) return;
          const error = failure.error ?? asGatewayError(thrown);
          controller.enqueue(encodeFrame({ data: JSON.stringify(error.toBody()) }));
          controller.close();
          end({ type: "error", error });
        }
      },
      async cancel(reason) {
        end({ type: "cancelled" });
        hooks.onCancel(reason);
        await iterator.return?.();
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(body, {
    status,
    headers: {
      ...headers,
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
    },
  });
}

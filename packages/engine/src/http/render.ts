/**
 * Turns results and errors into HTTP responses in OpenAI's wire format: JSON bodies sent as the
 * text they arrived as when nobody changed them, streams as server-sent events forwarded chunk by
 * chunk as they arrive, and every error as `{"error":{message,type,code,param}}`.
 */
import {
  type BinaryResult,
  GatewayError,
  isGatewayError,
  type JsonResult,
  type StreamChunk,
  type StreamResult,
} from "@aigw/plugin-api";

const encoder = new TextEncoder();
const DONE = encoder.encode("data: [DONE]\n\n");

/** Plain header objects: Response builds its Headers once from them (cheaper than a Headers copy). */
export function jsonHeaders(
  extra: Readonly<Record<string, string>> | undefined,
  own: Record<string, string>,
): Record<string, string> {
  return extra
    ? { ...extra, "content-type": "application/json", ...own }
    : { "content-type": "application/json", ...own };
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

function chunkText(chunk: StreamChunk): string {
  return chunk.text ?? JSON.stringify(chunk.data);
}

/**
 * Streams chunks as SSE. Each chunk is written as soon as the upstream hands it over. A failure
 * mid-stream ends with an error event and no `[DONE]`, so the client sees the stream broke.
 */
export function renderStream(
  result: StreamResult,
  own: Record<string, string>,
  hooks: { onFirstByte(): void; onEnd(end: StreamEnd): void; onCancel(reason: unknown): void },
): Response {
  const iterator = result.chunks[Symbol.asyncIterator]();
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
          if (next.done) {
            controller.enqueue(DONE);
            controller.close();
            end({ type: "done" });
            return;
          }
          controller.enqueue(encoder.encode(`data: ${chunkText(next.value)}\n\n`));
        } catch (thrown) {
          if (ended) return;
          const error = isGatewayError(thrown)
            ? thrown
            : new GatewayError("upstream_error", "The upstream stream failed before it finished.", {
                cause: thrown,
              });
          controller.enqueue(encoder.encode(`data: ${JSON.stringify(error.toBody())}\n\n`));
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
  const headers = new Headers(result.headers as Record<string, string> | undefined);
  headers.set("content-type", "text/event-stream; charset=utf-8");
  headers.set("cache-control", "no-cache");
  headers.set("x-accel-buffering", "no");
  for (const key in own) headers.set(key, own[key]!);
  return new Response(body, { status: result.status, headers });
}

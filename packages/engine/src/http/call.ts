/**
 * The engine's runtime-facing contract below `fetch`: a request as plain parts (`IncomingCall`)
 * and an answer as plain parts (`Answer`). `Gateway.fetch` adapts WHATWG Request/Response to it
 * (Bun, Deno, tests); the Node runtime calls `Gateway.handle` straight from `node:http`, so the
 * hot path never builds a WHATWG Request, Response or web stream (measured: those cost more
 * CPU than the whole engine; see docs/benchmarks.md).
 */
import { GatewayError } from "@aigw/plugin-api";

/** One client request, as a runtime hands it over. */
export interface IncomingCall {
  readonly method: string;
  /** The full URL (`http://host/path?query`); only parsed when a WHATWG Request is needed. */
  readonly url: string;
  /** The path, without query. */
  readonly path: string;
  readonly headers: Headers;
  /**
   * Reads the whole body. Rejects with `payload_too_large` as soon as more than `limit` bytes
   * are declared or arrive, and with `client_closed` if the client leaves first.
   */
  body(limit: number): Promise<Uint8Array>;
  /** The client's disconnect as a signal, when the runtime has one (fetch-based runtimes). */
  readonly signal?: AbortSignal | undefined;
  /** The engine's clock (`services.clock.monotonic()`) when the runtime received the request. */
  readonly receivedAt?: number | undefined;
  /**
   * Set by the engine while it works on the call: a runtime without `signal` calls it when the
   * client leaves before the answer is complete, so upstream work stops.
   */
  onAbort?: ((reason: unknown) => void) | undefined;
}

/** A body the runtime writes at once, or streams chunk by chunk as the iterator yields. */
export type AnswerBody = string | Uint8Array | AsyncIterable<Uint8Array> | null;

/** What the runtime writes back. */
export interface Answer {
  readonly status: number;
  /** Lower-cased names; never hop-by-hop headers (the runtime frames the body itself). */
  readonly headers: Record<string, string>;
  /**
   * A streamed body's iterator must be ended with `return()` when the client leaves (after
   * calling the call's `onAbort`): that is how the engine learns a stream was cancelled.
   */
  readonly body: AnswerBody;
}

/** Answers `payload_too_large` for a body over the limit. */
export function tooLarge(limit: number): GatewayError {
  return new GatewayError(
    "payload_too_large",
    `The request body is larger than the gateway's limit of ${limit} bytes.`,
  );
}

/** Refuses a body whose declared size is over the limit, before anyone reads it. */
function checkDeclaredSize(headers: Headers, limit: number): void {
  const declared = Number(headers.get("content-length") ?? Number.NaN);
  if (declared > limit) throw tooLarge(limit);
}

/** Adapts a WHATWG Request (fetch-based runtimes, tests) to the engine's call. */
export function callFromRequest(request: Request, receivedAt: number): IncomingCall {
  return {
    method: request.method,
    url: request.url,
    path: pathOf(request.url),
    headers: request.headers,
    signal: request.signal,
    receivedAt,
    async body(limit) {
      checkDeclaredSize(request.headers, limit);
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.byteLength > limit) throw tooLarge(limit);
      return bytes;
    },
  };
}

/**
 * Builds the WHATWG Request a plugin or parser needs (ingress `decode`, multipart forms) from a
 * call whose body was read under the limit.
 */
export function webRequestOf(call: IncomingCall, body: Uint8Array | undefined): Request {
  return new Request(call.url, {
    method: call.method,
    headers: call.headers,
    ...(body && call.method !== "GET" && call.method !== "HEAD"
      ? { body: body as Uint8Array<ArrayBuffer> }
      : {}),
    ...(call.signal ? { signal: call.signal } : {}),
  });
}

/** Adapts an answer to a WHATWG Response; a streamed body is pulled only as fast as it is read. */
export function responseOf(answer: Answer): Response {
  const body = answer.body;
  if (body === null || typeof body === "string" || body instanceof Uint8Array) {
    return new Response(body as BodyInit | null, { status: answer.status, headers: answer.headers });
  }
  const iterator = body[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel(reason) {
        await iterator.return?.(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return new Response(stream, { status: answer.status, headers: answer.headers });
}

/** The path of a URL without parsing it whole: skip "scheme://host", stop at "?" or "#". */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  if (start < 0) return "/";
  let end = url.length;
  const q = url.indexOf("?", start);
  if (q >= 0) end = q;
  const h = url.indexOf("#", start);
  if (h >= 0 && h < end) end = h;
  return url.slice(start, end);
}

/** A JSON answer. */
export function jsonAnswer(status: number, value: unknown, headers: Record<string, string> = {}): Answer {
  headers["content-type"] = "application/json";
  return { status, headers, body: JSON.stringify(value) };
}

/**
 * A signal for work that needs one up front (ingress hooks, model lists): the client's own, or
 * one the runtime aborts through the call when the client leaves.
 */
export function doorSignal(call: IncomingCall): AbortSignal {
  if (call.signal) return call.signal;
  const controller = new AbortController();
  call.onAbort = (reason) => controller.abort(reason);
  return controller.signal;
}

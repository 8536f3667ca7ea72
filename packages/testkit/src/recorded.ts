/**
 * What a fake upstream saw: one `RecordedRequest` per request, with the exact body bytes (so tests
 * can check a gateway forwarded bytes untouched) and how the exchange ended (so tests can check
 * that a client abort really closed the upstream connection).
 */

/** How a recorded exchange ended. */
export type ExchangeEnd =
  /** The reply was written completely. */
  | "complete"
  /** The connection closed before the reply finished (the client went away, or a scripted reset). */
  | "closed";

export interface RecordedRequest {
  readonly method: string;
  /** The path with its query string, e.g. `/v1/chat/completions?x=1`. */
  readonly path: string;
  /** Header names lower-cased; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body exactly as received (multipart bodies too). */
  readonly body: Uint8Array;
  /** The body decoded as UTF-8. */
  text(): string;
  /** The body parsed as JSON. */
  json<T = unknown>(): T;
  /** The body parsed as `multipart/form-data` or urlencoded, by its content type. */
  formData(): Promise<FormData>;
  /** Settles when the exchange is over: the reply was written, or the connection closed first. */
  readonly ended: Promise<ExchangeEnd>;
}

const decoder = new TextDecoder();

export function recordRequest(init: {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  ended: Promise<ExchangeEnd>;
}): RecordedRequest {
  const { body, headers } = init;
  return {
    method: init.method,
    path: init.path,
    headers,
    body,
    ended: init.ended,
    text: () => decoder.decode(body),
    json: <T>() => JSON.parse(decoder.decode(body)) as T,
    // Response does the multipart parsing, with the boundary from the recorded content type.
    formData: () =>
      new Response(body as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": headers["content-type"] ?? "" },
      }).formData(),
  };
}

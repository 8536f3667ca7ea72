/**
 * One OTLP/HTTP export request through the gateway's HTTP client, and what the OTLP specification
 * reads in its answer: whether one came at all, its status (2xx is success, perhaps partial; 429,
 * 502, 503 and 504 may be retried; any other status is final), `Retry-After`, and the count and
 * message of a partial success. What an exporter then does (retries, logs, how it words a
 * failure) is its own.
 */
import type { HttpClient, HttpResponse } from "@aigw/plugin-api";

/** What came back from one POST. Never an exception: a failure is an answer of its own kind. */
export type OtlpAnswer =
  /** No answer: refused, reset, unreachable, or nothing within the time limit (`timedOut`). */
  | { readonly kind: "unanswered"; readonly timedOut: boolean; readonly error: string }
  /** An answer, its body read (at most `MAX_ANSWER_BYTES` of it). */
  | {
      readonly kind: "answered";
      readonly status: number;
      /** The `Retry-After` header, as sent. */
      readonly retryAfter: string | undefined;
      readonly text: string;
    }
  /** A status came, then the body broke off: the receiver had the whole request. */
  | { readonly kind: "cut-off"; readonly status: number; readonly error: string };

/** A receiver's answer is a small status object; more is not read. */
export const MAX_ANSWER_BYTES = 64 * 1024;

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

/** POSTs `body` to `url`, giving up after `timeoutMs`; never rejects. */
export async function postExport(
  http: HttpClient,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<OtlpAnswer> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: HttpResponse;
  try {
    response = await http.request({
      url,
      method: "POST",
      headers,
      body,
      signal,
      headersTimeoutMs: timeoutMs,
    });
  } catch (error) {
    return { kind: "unanswered", timedOut: signal.aborted, error: describeError(error) };
  }
  try {
    const text = await readCapped(response);
    return { kind: "answered", status: response.status, retryAfter: response.headers["retry-after"], text };
  } catch (error) {
    response.cancel();
    return { kind: "cut-off", status: response.status, error: describeError(error) };
  }
}

/** Whether a status means the export was taken. */
export function isSuccess(status: number): boolean {
  return status >= 200 && status <= 299;
}

/** Whether a failed export may succeed if sent again later. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** `Retry-After` as milliseconds from `now`: delay seconds, or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/**
 * The `partialSuccess` of a 2xx answer: how many items the receiver rejected (its `countField`,
 * such as `rejectedSpans` or `rejectedLogRecords`; 0 when absent or unreadable) and its
 * `errorMessage`, as sent.
 */
export function partialSuccess(
  text: string,
  countField: string,
): { rejected: number; message: string | undefined } {
  const parsed = parseJson(text);
  const partial = isObject(parsed) ? parsed.partialSuccess : undefined;
  if (!isObject(partial)) return { rejected: 0, message: undefined };
  const rejected = Number(partial[countField] ?? 0);
  return {
    rejected: Number.isFinite(rejected) && rejected > 0 ? rejected : 0,
    message: typeof partial.errorMessage === "string" ? partial.errorMessage : undefined,
  };
}

/** `text` as JSON; undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An error's message, or whatever was thrown as text. */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The body as text, up to `MAX_ANSWER_BYTES`; the rest is not read and the connection is closed. */
async function readCapped(response: HttpResponse): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    if (bytes > MAX_ANSWER_BYTES) {
      response.cancel();
      break;
    }
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

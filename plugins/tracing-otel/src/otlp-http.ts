/**
 * One OTLP/HTTP export: POST the JSON body through the gateway's HTTP client and say what came of
 * it, as the OTLP spec classes answers: 2xx is done (perhaps with spans the collector rejected,
 * from its `partialSuccess`), 429/502/503/504 and transport failures are worth retrying (after
 * `Retry-After` when given), any other status is final.
 */
import type { HttpClient, HttpResponse } from "@aigw/plugin-api";

/** What came of one export. */
export type ExportResult =
  | { readonly ok: true; readonly rejectedSpans: number; readonly message?: string | undefined }
  | {
      readonly ok: false;
      readonly retryable: boolean;
      /** Why, for the log: a status and the collector's message, or the transport error. */
      readonly reason: string;
      readonly retryAfterMs?: number | undefined;
    };

/** Sends one body, giving up after `timeoutMs`; never rejects. */
export type Send = (body: string, timeoutMs: number) => Promise<ExportResult>;

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
/** A collector's answer is a small status object; more is not read. */
const MAX_ANSWER_BYTES = 64 * 1024;
const MAX_REASON_CHARS = 300;
const decoder = new TextDecoder();

/** A `Send` posting to `endpoint` with `headers` (content type included). */
export function otlpHttpSender(http: HttpClient, endpoint: string, headers: Record<string, string>): Send {
  return async (body, timeoutMs) => {
    const signal = AbortSignal.timeout(timeoutMs);
    let response: HttpResponse;
    try {
      response = await http.request({
        url: endpoint,
        method: "POST",
        headers,
        body,
        signal,
        headersTimeoutMs: timeoutMs,
      });
    } catch (error) {
      return {
        ok: false,
        retryable: true,
        reason: signal.aborted ? `timed out after ${timeoutMs} ms` : describe(error),
      };
    }
    let text: string;
    try {
      text = await readLimited(response);
    } catch (error) {
      return { ok: false, retryable: true, reason: `the answer was cut off: ${describe(error)}` };
    }
    if (response.status >= 200 && response.status <= 299) return partialSuccess(text);
    return {
      ok: false,
      retryable: RETRYABLE_STATUSES.has(response.status),
      reason: reasonOf(response.status, text),
      retryAfterMs: retryAfter(response.headers["retry-after"]),
    };
  };
}

/** A 2xx answer: the count and message of its `partialSuccess`, when it has one. */
function partialSuccess(text: string): ExportResult {
  const parsed = parseJson(text);
  const partial = isObject(parsed) ? parsed.partialSuccess : undefined;
  if (!isObject(partial)) return { ok: true, rejectedSpans: 0 };
  const rejected = Number(partial.rejectedSpans ?? 0);
  const message =
    typeof partial.errorMessage === "string" ? partial.errorMessage.slice(0, MAX_REASON_CHARS) : undefined;
  return { ok: true, rejectedSpans: Number.isFinite(rejected) && rejected > 0 ? rejected : 0, message };
}

/**
 * `HTTP <status>`, with the `message` of a collector's error status (google.rpc.Status) or the
 * start of a body that is not JSON.
 */
function reasonOf(status: number, text: string): string {
  const parsed = parseJson(text);
  const message =
    parsed === undefined
      ? text.trim()
      : isObject(parsed) && typeof parsed.message === "string"
        ? parsed.message
        : "";
  return message ? `HTTP ${status}: ${message.slice(0, MAX_REASON_CHARS)}` : `HTTP ${status}`;
}

/** `Retry-After` in ms: delay seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

async function readLimited(response: HttpResponse): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      response.cancel();
      break;
    }
    chunks.push(chunk);
  }
  let text = "";
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One OTLP/HTTP export request and what its answer means, per the OTLP specification: 2xx is
 * success (possibly partial: the receiver rejected some records and says how many); 429, 502, 503
 * and 504 (and no answer at all) may be retried, after `Retry-After` when the receiver sends one;
 * every other status is final.
 */
import type { HttpClient, HttpResponse } from "@aigw/plugin-api";

/** What one export attempt came to. */
export type ExportResult =
  | { ok: true; rejected: number; message?: string | undefined }
  | { ok: false; retryable: boolean; retryAfterMs?: number | undefined; reason: string };

/** Answers are small; a receiver that sends more is not read further. */
const MAX_ANSWER_BYTES = 64 * 1024;
const RETRYABLE = new Set([429, 502, 503, 504]);

/** POSTs `body` to `url`; never rejects. */
export async function exportOnce(
  http: HttpClient,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  now: () => number,
): Promise<ExportResult> {
  let response: HttpResponse;
  const signal = AbortSignal.timeout(timeoutMs);
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
    return {
      ok: false,
      retryable: true,
      reason: signal.aborted ? `no answer within ${timeoutMs} ms` : describe(error),
    };
  }
  let text: string;
  try {
    text = await readCapped(response);
  } catch (error) {
    response.cancel();
    // The receiver had the whole request; a 2xx whose body broke off still took the records.
    if (response.status >= 200 && response.status < 300) return { ok: true, rejected: 0 };
    return { ok: false, retryable: true, reason: describe(error) };
  }
  if (response.status >= 200 && response.status < 300) return { ok: true, ...partialSuccess(text) };
  return {
    ok: false,
    retryable: RETRYABLE.has(response.status),
    retryAfterMs: retryAfter(response.headers["retry-after"], now()),
    reason: `HTTP ${response.status}${text ? `: ${text.slice(0, 200)}` : ""}`,
  };
}

async function readCapped(response: HttpResponse): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  for await (const chunk of response.body) {
    bytes += chunk.byteLength;
    text += decoder.decode(chunk, { stream: true });
    if (bytes > MAX_ANSWER_BYTES) {
      response.cancel();
      break;
    }
  }
  return text + decoder.decode();
}

/** The rejected count and message of an `ExportLogsServiceResponse`; none when it has no partial success. */
function partialSuccess(text: string): { rejected: number; message?: string } {
  let answer: unknown;
  try {
    answer = JSON.parse(text);
  } catch {
    return { rejected: 0 };
  }
  const partial = (
    answer as { partialSuccess?: { rejectedLogRecords?: unknown; errorMessage?: unknown } } | null
  )?.partialSuccess;
  const rejected = Number(partial?.rejectedLogRecords ?? 0);
  const message =
    typeof partial?.errorMessage === "string" && partial.errorMessage ? partial.errorMessage : undefined;
  return {
    rejected: Number.isFinite(rejected) && rejected > 0 ? rejected : 0,
    ...(message ? { message } : {}),
  };
}

/** `Retry-After` as milliseconds from `now`: seconds, or an HTTP date. */
export function retryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * One OTLP/HTTP export of log records and what its answer means, per the OTLP specification: 2xx
 * is success (possibly partial: the receiver rejected some records and says how many); 429, 502,
 * 503 and 504 (and no answer at all) may be retried, after `Retry-After` when the receiver sends
 * one; every other status is final. The request and the reading of its answer are
 * `@aigw/otel-kit`'s; this says it for the logger's logs.
 */
import { isRetryableStatus, isSuccess, partialSuccess, postExport, retryAfterMs } from "@aigw/otel-kit";
import type { HttpClient } from "@aigw/plugin-api";

/** What one export attempt came to. */
export type ExportResult =
  | { ok: true; rejected: number; message?: string | undefined }
  | { ok: false; retryable: boolean; retryAfterMs?: number | undefined; reason: string };

/** POSTs `body` to `url`; never rejects. */
export async function exportOnce(
  http: HttpClient,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  now: () => number,
): Promise<ExportResult> {
  const answer = await postExport(http, url, headers, body, timeoutMs);
  if (answer.kind === "unanswered")
    return {
      ok: false,
      retryable: true,
      reason: answer.timedOut ? `no answer within ${timeoutMs} ms` : answer.error,
    };
  // The receiver had the whole request; a 2xx whose body broke off still took the records.
  if (answer.kind === "cut-off")
    return isSuccess(answer.status)
      ? { ok: true, rejected: 0 }
      : { ok: false, retryable: true, reason: answer.error };
  if (isSuccess(answer.status)) {
    const { rejected, message } = partialSuccess(answer.text, "rejectedLogRecords");
    return { ok: true, rejected, ...(message ? { message } : {}) };
  }
  return {
    ok: false,
    retryable: isRetryableStatus(answer.status),
    retryAfterMs: retryAfterMs(answer.retryAfter, now()),
    reason: `HTTP ${answer.status}${answer.text ? `: ${answer.text.slice(0, 200)}` : ""}`,
  };
}

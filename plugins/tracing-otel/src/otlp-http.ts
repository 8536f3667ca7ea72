/**
 * One OTLP/HTTP export of spans and what came of it, as the OTLP spec classes answers: 2xx is
 * done (perhaps with spans the collector rejected, from its `partialSuccess`), 429/502/503/504
 * and transport failures are worth retrying (after `Retry-After` when given), any other status is
 * final. The request and the reading of its answer are `@aigw/otel-kit`'s; this says it for the
 * exporter's logs.
 */
import {
  isRetryableStatus,
  isSuccess,
  parseJson,
  partialSuccess,
  postExport,
  retryAfterMs,
} from "@aigw/otel-kit";
import type { HttpClient } from "@aigw/plugin-api";

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

const MAX_REASON_CHARS = 300;

/** A `Send` posting to `endpoint` with `headers` (content type included). */
export function otlpHttpSender(http: HttpClient, endpoint: string, headers: Record<string, string>): Send {
  return async (body, timeoutMs) => {
    const answer = await postExport(http, endpoint, headers, body, timeoutMs);
    if (answer.kind === "unanswered")
      return {
        ok: false,
        retryable: true,
        reason: answer.timedOut ? `timed out after ${timeoutMs} ms` : answer.error,
      };
    if (answer.kind === "cut-off")
      return { ok: false, retryable: true, reason: `the answer was cut off: ${answer.error}` };
    if (isSuccess(answer.status)) {
      const { rejected, message } = partialSuccess(answer.text, "rejectedSpans");
      return { ok: true, rejectedSpans: rejected, message: message?.slice(0, MAX_REASON_CHARS) };
    }
    return {
      ok: false,
      retryable: isRetryableStatus(answer.status),
      reason: reasonOf(answer.status, answer.text),
      retryAfterMs: retryAfterMs(answer.retryAfter, Date.now()),
    };
  };
}

/**
 * `HTTP <status>`, with the `message` of a collector's error status (google.rpc.Status) or the
 * start of a body that is not JSON.
 */
function reasonOf(status: number, text: string): string {
  const parsed = parseJson(text);
  const message = parsed === undefined ? text.trim() : (parsed as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== ""
    ? `HTTP ${status}: ${message.slice(0, MAX_REASON_CHARS)}`
    : `HTTP ${status}`;
}

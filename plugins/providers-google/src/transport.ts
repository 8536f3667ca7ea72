/**
 * One upstream exchange over the runtime's HTTP client: the caller's signal and a timeout on
 * the response headers both abort it, and failures before an answer become gateway errors
 * (timeout 504, unreachable 503). The returned `abort` lets a reader stop early and free the
 * connection.
 */
import {
  GatewayError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  isGatewayError,
} from "@aigw/plugin-api";

export interface Exchange {
  readonly response: HttpResponse;
  /** Aborts the upstream request (stops reading the body and closes the connection). */
  abort(): void;
}

export interface SendOptions {
  signal: AbortSignal;
  timeoutMs: number;
  /** Names the upstream in messages. */
  label: string;
}

export async function send(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  options: SendOptions,
): Promise<Exchange> {
  const { signal, timeoutMs, label } = options;
  if (signal.aborted) throw abortedError(signal, undefined);
  const controller = new AbortController();
  signal.addEventListener("abort", () => controller.abort(signal.reason), {
    once: true,
    signal: controller.signal,
  });
  let timedOut = false;
  // Our own timer as well as `headersTimeoutMs`: not every runtime's client honours the latter.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error("upstream headers timeout"));
  }, timeoutMs);
  try {
    const response = await http.request({
      ...request,
      signal: controller.signal,
      headersTimeoutMs: timeoutMs,
    });
    return { response, abort: () => controller.abort(new Error("upstream read stopped")) };
  } catch (error) {
    if (timedOut) {
      throw new GatewayError("upstream_timeout", `${label} did not answer within ${timeoutMs} ms.`, {
        cause: error,
      });
    }
    if (signal.aborted) throw abortedError(signal, error);
    if (isGatewayError(error)) throw error;
    throw new GatewayError(
      "upstream_unavailable",
      `Could not reach ${label}${codeOf(error) ? ` (${codeOf(error)})` : ""}; the connection failed before an answer.`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a whole body as text; an abort by the caller wins over the read error it causes. */
export async function readText(res: HttpResponse, signal: AbortSignal, label: string): Promise<string> {
  try {
    return await res.text();
  } catch (error) {
    if (signal.aborted) throw abortedError(signal, error);
    throw new GatewayError("upstream_error", `The answer from ${label} was cut off.`, { cause: error });
  }
}

/** The error for work stopped by the caller's signal: its reason when that is a gateway error. */
export function abortedError(signal: AbortSignal, cause: unknown): GatewayError {
  const reason: unknown = signal.reason;
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted before the upstream finished.", {
    cause: cause ?? reason,
  });
}

/** A system error code (`ECONNREFUSED`...) from an error or its cause chain. */
function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

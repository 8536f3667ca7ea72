/**
 * One upstream exchange over the runtime's HTTP client: the caller's signal and a timeout on the
 * response headers both abort it, and failures before an answer become gateway errors (headers
 * timeout 504, unreachable 503). The returned `abort` lets a reader stop early and free the
 * connection.
 */
import {
  GatewayError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  isGatewayError,
} from "@aigw/plugin-api";
import { LABEL } from "./settings.js";

export interface Exchange {
  readonly response: HttpResponse;
  /** Aborts the upstream request (stops reading the body, closes the connection). */
  abort(): void;
}

export async function send(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  options: { signal: AbortSignal; timeoutMs: number },
): Promise<Exchange> {
  const { signal, timeoutMs } = options;
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
      throw new GatewayError("upstream_timeout", `${LABEL} did not answer within ${timeoutMs} ms.`, {
        cause: error,
      });
    }
    if (signal.aborted) throw abortedError(signal, error);
    throw connectionError(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Reads a body as text; an abort by the caller wins over the read error it causes. */
export async function readText(res: HttpResponse, signal: AbortSignal): Promise<string> {
  try {
    return await res.text();
  } catch (error) {
    if (signal.aborted) throw abortedError(signal, error);
    throw new GatewayError("upstream_error", `The answer from ${LABEL} was cut off.`, { cause: error });
  }
}

/**
 * No answer came at all (refused, reset, DNS): 503, so a router may try another target. 502 is
 * kept for answers that came but broken (a stream cut midway).
 */
export function connectionError(error: unknown): GatewayError {
  if (isGatewayError(error)) return error;
  const code = errorCode(error);
  return new GatewayError(
    "upstream_unavailable",
    `Could not reach ${LABEL}${code ? ` (${code})` : ""}; the connection failed before an answer.`,
    { cause: error },
  );
}

/** The error for work stopped by the caller's signal: its reason when that is a gateway error. */
export function abortedError(signal: AbortSignal, cause: unknown): GatewayError {
  const reason: unknown = signal.reason;
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted before the upstream finished.", {
    cause: cause ?? reason,
  });
}

function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

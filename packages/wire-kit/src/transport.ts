/**
 * One upstream exchange over the runtime's HTTP client: the caller's signal and a timeout on
 * the response headers both abort it, and failures before an answer become gateway errors
 * (timeout 504, unreachable 503: the client's own, as its contract says). The returned `abort`
 * lets a reader stop early and free the connection; `drainUpstream` lets a finished stream's
 * connection go back to the pool.
 */
import {
  type AbortSignalLike,
  GatewayError,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  isGatewayError,
} from "@aigw/plugin-api";

export interface UpstreamExchange {
  readonly response: HttpResponse;
  /** Aborts the upstream request (stops reading the body and closes the connection). */
  abort(): void;
}

export interface SendUpstreamOptions {
  signal: AbortSignalLike;
  /** How long to wait for the response headers. */
  timeoutMs: number;
  /** Names the upstream in messages. */
  label: string;
}

/**
 * Sends one request upstream; resolves once the response headers are in. The client keeps the
 * timeout and the signal itself, so there is no controller, timer or async layer here (each
 * would cost a promise and ticks on every request): only the errors are worded for the caller.
 */
export function sendUpstream(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  { signal, timeoutMs, label }: SendUpstreamOptions,
): Promise<UpstreamExchange> {
  if (signal.aborted) return Promise.reject(upstreamAbortedError(signal, undefined));
  const failed = (error: unknown): never => {
    if (signal.aborted) throw upstreamAbortedError(signal, error);
    if (isGatewayError(error) && error.code === "upstream_timeout") throw timedOut(label, timeoutMs, error);
    throw error;
  };
  let pending: Promise<HttpResponse>;
  try {
    pending = http.request({ ...request, signal, headersTimeoutMs: timeoutMs });
  } catch (error) {
    return Promise.reject(error).catch(failed);
  }
  return pending.then((response) => ({ response, abort: () => response.cancel() }), failed);
}

function timedOut(label: string, timeoutMs: number, cause: unknown): GatewayError {
  return new GatewayError("upstream_timeout", `${label} did not answer within ${timeoutMs} ms.`, { cause });
}

/**
 * Reads a body as text; an abort by the caller wins over the read error it causes. Given the
 * upstream's `label`, any other failure to read (the connection dropped mid-body) is the
 * upstream's: a 502 `upstream_error` saying its answer was cut off. Without it, the read error
 * is thrown as it is (callers that ignore it, reading an error body, need nothing more).
 */
export async function readUpstreamText(
  response: HttpResponse,
  signal: AbortSignalLike,
  label?: string,
): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted) throw upstreamAbortedError(signal, error);
    if (label === undefined || isGatewayError(error)) throw error;
    throw new GatewayError("upstream_error", `The answer from ${label} was cut off.`, { cause: error });
  }
}

/** How long `drainUpstream` keeps reading after a stream's last event. */
const DRAIN_MS = 5_000;

/**
 * Reads what follows a stream's final event in the background (normally just the body's end),
 * so the connection can go back to the pool, then lets go: after `DRAIN_MS` the exchange is
 * aborted. A failure while draining is ignored: the client already has everything.
 */
export function drainUpstream(events: AsyncIterator<unknown>, exchange: UpstreamExchange): void {
  const timer = setTimeout(() => exchange.abort(), DRAIN_MS);
  // Node timers can be unref'd (so this one never holds a process open); others have no such method.
  (timer as { unref?: () => void }).unref?.();
  void (async () => {
    try {
      while (!(await events.next()).done) {}
    } catch {
      // The body failed after the final event: nothing is lost.
    } finally {
      clearTimeout(timer);
    }
  })();
}

/** The error for work stopped by the caller's signal: its reason when that is a gateway error. */
export function upstreamAbortedError(signal: AbortSignalLike, cause: unknown): GatewayError {
  const reason: unknown = signal.reason;
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted before the upstream finished.", {
    cause: cause ?? reason,
  });
}

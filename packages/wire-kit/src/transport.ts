/**
 * One upstream exchange over the runtime's HTTP client: the caller's signal and a timeout on
 * the response headers both abort it, and failures before an answer become gateway errors
 * (timeout 504, unreachable 503). The returned `abort` lets a reader stop early and free the
 * connection, whatever the runtime's client does when a body is left unread; `drainUpstream`
 * lets a finished stream's connection go back to the pool.
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

/** Sends one request upstream; resolves once the response headers are in. */
export function sendUpstream(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  options: SendUpstreamOptions,
): Promise<UpstreamExchange> {
  const { signal } = options;
  if (signal.aborted) return Promise.reject(upstreamAbortedError(signal, undefined));
  return http.enforcesTimeouts ? sendDirect(http, request, options) : sendWithTimer(http, request, options);
}

/** Over a client that does not time out or cancel by itself: our own controller and timer. */
async function sendWithTimer(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  { signal, timeoutMs, label }: SendUpstreamOptions,
): Promise<UpstreamExchange> {
  const controller = new AbortController();
  // A plain listener, left on: the caller's signal is the request's, which ends with it (the
  // `{ signal }` option that would unhook it costs ~20 µs per call on Node 20).
  signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  let expired = false;
  // Our own timer as well as `headersTimeoutMs`: not every runtime's client honours the latter.
  const timer = setTimeout(() => {
    expired = true;
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
    if (expired) throw timedOut(label, timeoutMs, error);
    if (signal.aborted) throw upstreamAbortedError(signal, error);
    throw upstreamConnectionError(error, label);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The same over a client that times out and cancels by itself: no controller, no timer, and no
 * async layer of its own (each costs a promise and ticks on every request).
 */
function sendDirect(
  http: HttpClient,
  request: Omit<HttpRequest, "signal" | "headersTimeoutMs">,
  { signal, timeoutMs, label }: SendUpstreamOptions,
): Promise<UpstreamExchange> {
  const failed = (error: unknown): never => {
    if (signal.aborted) throw upstreamAbortedError(signal, error);
    if (isGatewayError(error) && error.code === "upstream_timeout") throw timedOut(label, timeoutMs, error);
    throw upstreamConnectionError(error, label);
  };
  let pending: Promise<HttpResponse>;
  try {
    pending = http.request({ ...request, signal, headersTimeoutMs: timeoutMs });
  } catch (error) {
    return Promise.reject(error).catch(failed);
  }
  return pending.then((response) => ({ response, abort: () => response.cancel?.() }), failed);
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

/**
 * The upstream could not be reached or dropped the connection before answering. This is
 * `upstream_unavailable` (503), not 502: no answer came at all, so the condition is transient
 * and a router may try another target or a client retry later; 502 (`upstream_error`) is kept
 * for upstreams that did answer but with something broken, such as a stream cut off midway.
 * Errors the runtime's client already mapped (its own headers timeout, say) pass through.
 */
export function upstreamConnectionError(error: unknown, label: string): GatewayError {
  if (isGatewayError(error)) return error;
  const code = errorCode(error);
  return new GatewayError(
    "upstream_unavailable",
    `Could not reach ${label}${code ? ` (${code})` : ""}; the connection failed before an answer.`,
    { cause: error },
  );
}

/** The error for work stopped by the caller's signal: its reason when that is a gateway error. */
export function upstreamAbortedError(signal: AbortSignalLike, cause: unknown): GatewayError {
  const reason: unknown = signal.reason;
  if (isGatewayError(reason)) return reason;
  return new GatewayError("client_closed", "The request was aborted before the upstream finished.", {
    cause: cause ?? reason,
  });
}

/** A system error code (`ECONNREFUSED`...) from an error or its cause chain. */
function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Maps undici's transport errors (raised before any answer arrived) to gateway errors with the
 * original kept as `cause`: a headers timeout is an upstream timeout, a refused or reset
 * connection an unavailable upstream. Aborts pass through untouched: the engine reports those
 * from the request's own signal.
 */
import { GatewayError, type HttpRequest } from "@aigw/plugin-api";

const UNAVAILABLE = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
]);

/**
 * The error to throw for a failed request; `error` itself when it is not a transport failure or
 * when the caller aborted it.
 */
export function transportError(error: unknown, req: HttpRequest, aborted = req.signal?.aborted): unknown {
  if (aborted) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return error;
  const origin = originOf(req.url);
  if (code === "UND_ERR_HEADERS_TIMEOUT")
    return new GatewayError("upstream_timeout", `The upstream ${origin} did not answer in time.`, {
      cause: error,
    });
  if (UNAVAILABLE.has(code))
    return new GatewayError(
      "upstream_unavailable",
      `The upstream ${origin} could not be reached (${code}).`,
      {
        cause: error,
      },
    );
  return error;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(invalid URL)";
  }
}

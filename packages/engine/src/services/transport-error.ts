/**
 * The gateway errors an `HttpClient` rejects with when no answer came (the contract in
 * plugin-api's services.ts): a headers timeout is `upstream_timeout` (504), any other failure
 * `upstream_unavailable` (503), so routers fall back on them like on an upstream's own 5xx.
 * Each names the upstream's origin and keeps the original error as `cause`. The fetch client
 * and the runtimes' own clients share it, so every runtime says the same thing.
 */
import { GatewayError } from "@aigw/plugin-api";

/**
 * The error for a request that got no answer.
 * @param timeoutMs - set when the client's headers timeout fired.
 */
export function transportError(url: string, cause: unknown, timeoutMs?: number): GatewayError {
  const origin = originOf(url);
  if (timeoutMs !== undefined)
    return new GatewayError(
      "upstream_timeout",
      `The upstream ${origin} did not answer within ${timeoutMs} ms.`,
      {
        cause,
      },
    );
  const code = errorCode(cause);
  return new GatewayError(
    "upstream_unavailable",
    `The upstream ${origin} could not be reached${code ? ` (${code})` : ""}.`,
    { cause },
  );
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(invalid URL)";
  }
}

/** A system error code (`ECONNREFUSED`...) from an error or its cause chain (fetch nests it). */
function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

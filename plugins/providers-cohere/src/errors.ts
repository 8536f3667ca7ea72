/**
 * Cohere's error answers as gateway errors. Cohere sends `{"message": "..."}` (sometimes with an
 * `id`) and a few statuses of its own: 498 (invalid token) is an authentication failure, and 499
 * (request cancelled) means the request was dropped before it finished. Everything else keeps
 * its status through `errorFromUpstream` (429 stays 429, 503 is upstream_unavailable, 504 is
 * upstream_timeout, other 5xx are upstream_error), so routers can act on it.
 */
import { GatewayError } from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { LABEL } from "./upstream.js";

export function cohereError(
  status: number,
  bodyText: string,
  headers: Readonly<Record<string, string>> = {},
): GatewayError {
  const base = errorFromUpstream(status, bodyText, LABEL, headers);
  if (status === 498) {
    return new GatewayError("unauthorized", base.message, { status: 401, headers: base.headers });
  }
  if (status === 499) {
    return new GatewayError("client_closed", base.message, { status: 499, headers: base.headers });
  }
  return base;
}

/** A generation Cohere ended with `finish_reason` ERROR or TIMEOUT (or an `error` in message-end). */
export function generationError(finishReason: string | undefined, detail: string | undefined): GatewayError {
  const why = detail ? `: ${detail}` : ".";
  if (finishReason === "TIMEOUT") {
    return new GatewayError("upstream_timeout", `${LABEL} timed out while generating${why}`);
  }
  return new GatewayError(
    "upstream_error",
    `${LABEL} failed while generating (finish_reason ${finishReason ?? "ERROR"})${why}`,
  );
}

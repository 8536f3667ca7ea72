/**
 * Anthropic's errors as gateway errors. An error answer (`{"type":"error","error":{type,message}}`
 * with a 4xx/5xx status) keeps its status and message, except Anthropic's overload status 529,
 * which becomes 503 `upstream_unavailable` so routers and clients treat it as the transient
 * overload it is. An `error` event inside a stream carries no status, so the status is taken
 * from its error type (https://docs.claude.com/en/api/errors).
 */
import { GatewayError } from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { LABEL } from "./upstream.js";

/** Anthropic's overload status: "The API is temporarily overloaded". */
export const OVERLOADED_STATUS = 529;

/** The HTTP status Anthropic documents for each error type. */
const STATUS_OF_TYPE: Readonly<Record<string, number>> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: OVERLOADED_STATUS,
};

/** The gateway error for a non-2xx answer; `retry-after` is kept. */
export function upstreamError(
  status: number,
  bodyText: string,
  headers: Readonly<Record<string, string>> = {},
): GatewayError {
  const error = errorFromUpstream(status, bodyText, LABEL, headers);
  if (status !== OVERLOADED_STATUS) return error;
  return new GatewayError("upstream_unavailable", error.message, {
    status: 503,
    type: error.type,
    publicCode: error.publicCode,
    param: error.param,
    headers: error.headers,
  });
}

/** The gateway error for an `event: error` inside a stream (e.g. `overloaded_error`). */
export function streamEventError(data: string): GatewayError {
  let type: string | undefined;
  try {
    const body = JSON.parse(data) as { error?: { type?: unknown } } | null;
    if (typeof body?.error?.type === "string") type = body.error.type;
  } catch {
    // Not JSON: still an error; its text becomes the message.
  }
  return upstreamError((type && STATUS_OF_TYPE[type]) || 502, data);
}

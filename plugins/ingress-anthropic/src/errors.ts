/**
 * Errors in Anthropic's shape, `{"type":"error","error":{"type","message"},"request_id"}`, with
 * the type Anthropic documents for each status (platform.claude.com/docs/en/api/errors): 400
 * invalid_request_error (also any other 4xx), 401 authentication_error, 402 billing_error, 403
 * permission_error, 404 not_found_error, 413 request_too_large, 429 rate_limit_error, 500
 * api_error (also any other 5xx), 504 timeout_error, 529 overloaded_error. An upstream's 503 (or
 * 529) is overloaded_error, sent with the configured overloaded status (529 by default, as
 * Anthropic does). Mid-stream, after the 200 went out, the error is an `error` event instead.
 */
import { type GatewayError, isGatewayError, type SseFrame } from "@aigw/plugin-api";
import type { ErrorBody, ErrorType } from "./wire.js";

const TYPE_BY_STATUS: Readonly<Record<number, ErrorType>> = {
  400: "invalid_request_error",
  401: "authentication_error",
  402: "billing_error",
  403: "permission_error",
  404: "not_found_error",
  413: "request_too_large",
  429: "rate_limit_error",
  500: "api_error",
  503: "overloaded_error",
  504: "timeout_error",
  529: "overloaded_error",
};

export function errorTypeFor(status: number): ErrorType {
  return TYPE_BY_STATUS[status] ?? (status >= 500 ? "api_error" : "invalid_request_error");
}

export function errorBody(type: ErrorType, message: string, requestId: string): ErrorBody {
  return { type: "error", error: { type, message }, request_id: requestId };
}

/** A failed request's status and body. */
export function errorAnswer(
  error: GatewayError,
  requestId: string,
  overloadedStatus: number,
): { status: number; body: ErrorBody } {
  const type = errorTypeFor(error.status);
  return {
    status: type === "overloaded_error" ? overloadedStatus : error.status,
    body: errorBody(type, error.message, requestId),
  };
}

/**
 * The `error` event that ends a stream whose upstream failed: overloaded_error when the upstream
 * was overloaded (503, 529), api_error otherwise. Only a gateway error's message (written for
 * clients) is shown; anything else thrown may carry internals.
 */
export function streamErrorFrame(thrown: unknown, requestId: string): SseFrame {
  const body = isGatewayError(thrown)
    ? errorBody(
        thrown.status === 503 || thrown.status === 529 ? "overloaded_error" : "api_error",
        thrown.message,
        requestId,
      )
    : errorBody("api_error", "The upstream stream failed before it finished.", requestId);
  return { event: "error", data: JSON.stringify(body) };
}

/**
 * Bedrock's errors as gateway errors. An HTTP error names its type in the `x-amzn-errortype`
 * header (`ThrottlingException:http://internal.amazon.com/...`) and carries `{"message": ...}`;
 * an error inside a ConverseStream is an event-stream message of type `exception` whose
 * `:exception-type` header is the same name in lowerCamelCase (`throttlingException`).
 *
 * Statuses follow what a router needs rather than AWS's choices where they differ: a model not
 * ready (AWS 429) is 503 (try elsewhere), a model timeout (AWS 408) is 504, a model failure
 * (AWS 424) is 502. Throttling stays 429; validation 400; access denied 403.
 */
import { type ErrorCode, GatewayError } from "@aigw/plugin-api";
import { codeForStatus } from "@aigw/wire-kit";
import { LABEL } from "./settings.js";

const BY_TYPE: Record<string, { code: ErrorCode; status: number }> = {
  ThrottlingException: { code: "rate_limited", status: 429 },
  ServiceQuotaExceededException: { code: "rate_limited", status: 429 },
  ServiceUnavailableException: { code: "upstream_unavailable", status: 503 },
  ModelNotReadyException: { code: "upstream_unavailable", status: 503 },
  ModelTimeoutException: { code: "upstream_timeout", status: 504 },
  ModelErrorException: { code: "upstream_error", status: 502 },
  ModelStreamErrorException: { code: "upstream_error", status: 502 },
  InternalServerException: { code: "upstream_error", status: 500 },
  ValidationException: { code: "invalid_request", status: 400 },
  AccessDeniedException: { code: "forbidden", status: 403 },
  ResourceNotFoundException: { code: "not_found", status: 404 },
};

/** The error type of an answer: the header's name before `:`, or the body's `__type` after `#`. */
export function errorTypeOf(headers: Readonly<Record<string, string>>, body: unknown): string | undefined {
  const header = headers["x-amzn-errortype"];
  if (header) return header.split(":")[0]!.trim() || undefined;
  const type = (body as { __type?: unknown } | null)?.__type;
  if (typeof type === "string") return type.split("#").pop() || undefined;
  return undefined;
}

/** An HTTP error answer from Bedrock (status >= 400) as a gateway error. */
export function errorFromBedrock(
  status: number,
  text: string,
  headers: Readonly<Record<string, string>> = {},
): GatewayError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const type = errorTypeOf(headers, body);
  const message = messageOf(body) ?? (text.trim().slice(0, 500) || `${LABEL} answered with HTTP ${status}.`);
  const known = type ? BY_TYPE[type] : undefined;
  const mapped = known ?? {
    code: codeForStatus(status),
    status: status >= 400 && status <= 599 ? status : 502,
  };
  const passHeaders: Record<string, string> = {};
  if (headers["retry-after"]) passHeaders["retry-after"] = headers["retry-after"];
  return new GatewayError(mapped.code, type ? `${type}: ${message}` : message, {
    status: mapped.status,
    headers: passHeaders,
  });
}

/** A modeled exception event inside a ConverseStream (`:message-type` = exception). */
export function errorFromStreamException(exceptionType: string, payload: string): GatewayError {
  const type = exceptionType.charAt(0).toUpperCase() + exceptionType.slice(1);
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    body = undefined;
  }
  const message = messageOf(body) ?? (payload.trim().slice(0, 500) || "no message");
  const mapped = BY_TYPE[type] ?? { code: "upstream_error" as const, status: 502 };
  return new GatewayError(mapped.code, `${LABEL} stream failed: ${type}: ${message}`, {
    status: mapped.status,
  });
}

/** An unmodeled error message (`:message-type` = error, with `:error-code` / `:error-message`). */
export function errorFromStreamError(code: string, message: string): GatewayError {
  const mapped = BY_TYPE[code] ?? { code: "upstream_error" as const, status: 502 };
  return new GatewayError(mapped.code, `${LABEL} stream failed: ${code}: ${message || "no message"}`, {
    status: mapped.status,
  });
}

function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const o = body as Record<string, unknown>;
  const m = o.message ?? o.Message;
  return typeof m === "string" && m ? m : undefined;
}

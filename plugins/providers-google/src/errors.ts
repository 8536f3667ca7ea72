/**
 * Google's error answers (`{"error": {"code": 429, "message": "...", "status":
 * "RESOURCE_EXHAUSTED", "details": [...]}}`, sometimes wrapped in an array) as gateway errors in
 * OpenAI's shape. The HTTP status is kept (429 stays 429, 503 UNAVAILABLE stays 503 so routers
 * fail over, 500 INTERNAL stays 500), Google's status name becomes the error `code`, and a
 * RetryInfo detail becomes a `retry-after` header when Google sent none. A secret (the API key)
 * is never echoed back even if Google quotes it.
 */
import { GatewayError } from "@aigw/plugin-api";
import { codeForStatus } from "@aigw/wire-kit";

interface GoogleErrorDetail {
  "@type"?: unknown;
  retryDelay?: unknown;
}

interface GoogleError {
  code?: unknown;
  message?: unknown;
  status?: unknown;
  details?: unknown;
}

/** The `error` object of a Google error body (or of an array of them), if there is one. */
export function googleErrorObject(body: unknown): GoogleError | undefined {
  const root = Array.isArray(body) ? body[0] : body;
  if (!root || typeof root !== "object") return undefined;
  const error = (root as { error?: unknown }).error;
  return error && typeof error === "object" ? (error as GoogleError) : undefined;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Seconds from a protobuf Duration string such as `"17s"` or `"0.5s"`, rounded up. */
function retrySeconds(details: unknown): string | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const d of details as GoogleErrorDetail[]) {
    if (typeof d?.["@type"] === "string" && d["@type"].endsWith("google.rpc.RetryInfo")) {
      const match = typeof d.retryDelay === "string" ? /^(\d+(?:\.\d+)?)s$/.exec(d.retryDelay) : null;
      if (match) return String(Math.max(1, Math.ceil(Number(match[1]))));
    }
  }
  return undefined;
}

function redact(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out;
}

/**
 * Builds the client's error from a Google error answer.
 * @param status - the HTTP status, or undefined for an error object inside a stream (its own
 *   `code` is used then).
 */
export function googleError(
  status: number | undefined,
  bodyText: string,
  label: string,
  headers: Readonly<Record<string, string>> = {},
  secrets: readonly string[] = [],
): GatewayError {
  const body = parse(bodyText);
  const error = googleErrorObject(body);
  const ownCode = typeof error?.code === "number" ? error.code : undefined;
  const candidate = status ?? ownCode;
  const httpStatus = candidate !== undefined && candidate >= 400 && candidate <= 599 ? candidate : 502;
  const code = codeForStatus(httpStatus);
  const rawMessage =
    typeof error?.message === "string" && error.message
      ? error.message
      : body === undefined && bodyText.trim()
        ? bodyText.trim().slice(0, 500)
        : `${label} answered with HTTP ${status ?? httpStatus}.`;
  const passHeaders: Record<string, string> = {};
  const retryAfter = headers["retry-after"] ?? retrySeconds(error?.details);
  if (retryAfter) passHeaders["retry-after"] = retryAfter;
  return new GatewayError(code, redact(rawMessage, secrets), {
    status: httpStatus,
    publicCode: typeof error?.status === "string" ? error.status : code,
    headers: passHeaders,
  });
}

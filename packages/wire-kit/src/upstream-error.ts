/**
 * Normalises an upstream's error answer into a `GatewayError`: the upstream's status and message
 * are kept, in OpenAI's error shape, with a catalogue code chosen by status so routers can act
 * on it (429 rate limited, 503 overloaded, 5xx upstream error).
 */
import { type ErrorCode, GatewayError } from "@aigw/plugin-api";

const BY_STATUS: Record<number, ErrorCode> = {
  400: "invalid_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "invalid_request",
  429: "rate_limited",
  503: "upstream_unavailable",
  504: "upstream_timeout",
  529: "upstream_unavailable",
};

/** The catalogue code for an upstream status. */
export function codeForStatus(status: number): ErrorCode {
  return BY_STATUS[status] ?? (status >= 500 ? "upstream_error" : "invalid_request");
}

interface ParsedError {
  message?: string;
  type?: string;
  code?: string | null;
  param?: string | null;
}

/** Finds a message in the common error body shapes (OpenAI, Anthropic, Google, AWS, plain). */
function parseErrorBody(text: string): ParsedError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return text.trim() ? { message: text.trim().slice(0, 1000) } : {};
  }
  const pick = (v: unknown): ParsedError | undefined => {
    if (!v || typeof v !== "object") return typeof v === "string" ? { message: v } : undefined;
    const o = v as Record<string, unknown>;
    const message =
      typeof o.message === "string" ? o.message : typeof o.Message === "string" ? o.Message : undefined;
    if (!message) return undefined;
    return {
      message,
      type: typeof o.type === "string" ? o.type : typeof o.status === "string" ? o.status : undefined,
      // An explicit `code: null` (OpenAI does send it) stays null; absent means "use ours".
      code:
        typeof o.code === "string"
          ? o.code
          : typeof o.code === "number"
            ? String(o.code)
            : o.code === null
              ? null
              : undefined,
      param: typeof o.param === "string" ? o.param : null,
    };
  };
  const root = body as Record<string, unknown> | undefined;
  const first = Array.isArray(body) ? body[0] : undefined;
  return pick(root?.error) ?? pick(root) ?? pick((first as Record<string, unknown> | undefined)?.error) ?? {};
}

/**
 * Builds the client's error from an upstream error response.
 * @param provider - named in the message when the upstream gave none.
 */
export function errorFromUpstream(
  status: number,
  bodyText: string,
  provider: string,
  headers: Readonly<Record<string, string>> = {},
): GatewayError {
  const parsed = parseErrorBody(bodyText);
  const passHeaders: Record<string, string> = {};
  const retryAfter = headers["retry-after"];
  if (retryAfter) passHeaders["retry-after"] = retryAfter;
  const code = codeForStatus(status);
  return new GatewayError(code, parsed.message ?? `${provider} answered with HTTP ${status}.`, {
    status: status >= 400 && status <= 599 ? status : 502,
    type: parsed.type,
    publicCode: parsed.code === undefined ? code : parsed.code,
    param: parsed.param ?? null,
    headers: passHeaders,
  });
}

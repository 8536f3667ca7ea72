/**
 * The one catalogue of gateway error codes: each code's HTTP status and OpenAI error type, and
 * `GatewayError`, which carries where an error came from (plugin, node, hook) and its cause.
 * Every error a client sees is rendered from here in OpenAI's `{"error":{...}}` shape.
 */
import type { OpenAIErrorBody } from "./openai/common.js";

/** Each code with the status it answers and the OpenAI `type` it reports. */
export const ERROR_CATALOGUE = {
  invalid_request: { status: 400, type: "invalid_request_error" },
  invalid_json: { status: 400, type: "invalid_request_error" },
  invalid_config_override: { status: 400, type: "invalid_request_error" },
  unauthorized: { status: 401, type: "authentication_error" },
  forbidden: { status: 403, type: "permission_error" },
  content_denied: { status: 400, type: "invalid_request_error" },
  /** An answer a check refused (an output guardrail): routers may fall back from it. */
  answer_rejected: { status: 422, type: "invalid_request_error" },
  not_found: { status: 404, type: "not_found_error" },
  model_not_found: { status: 404, type: "not_found_error" },
  method_not_allowed: { status: 405, type: "invalid_request_error" },
  conflict: { status: 409, type: "invalid_request_error" },
  payload_too_large: { status: 413, type: "invalid_request_error" },
  unsupported_media_type: { status: 415, type: "invalid_request_error" },
  rate_limited: { status: 429, type: "rate_limit_error" },
  budget_exceeded: { status: 429, type: "insufficient_quota" },
  client_closed: { status: 499, type: "invalid_request_error" },
  internal_error: { status: 500, type: "server_error" },
  plugin_failed: { status: 500, type: "server_error" },
  upstream_error: { status: 502, type: "server_error" },
  upstream_unavailable: { status: 503, type: "server_error" },
  no_route: { status: 503, type: "server_error" },
  store_unavailable: { status: 503, type: "server_error" },
  shutting_down: { status: 503, type: "server_error" },
  plugin_timeout: { status: 504, type: "server_error" },
  upstream_timeout: { status: 504, type: "server_error" },
} as const satisfies Record<string, { status: number; type: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Where an error was raised: filled in by the engine when it wraps a plugin's failure. */
export interface ErrorOrigin {
  plugin?: string;
  node?: string;
  hook?: string;
}

export interface GatewayErrorOptions extends ErrorOrigin {
  /** The request field the error is about, as OpenAI's `param`. */
  param?: string | null;
  /** Overrides the catalogue status (an upstream's own status passed through, for instance). */
  status?: number;
  /** Overrides the catalogue type (an upstream's own OpenAI error type, for instance). */
  type?: string;
  /** The code shown to the client when it differs from the catalogue code (an upstream's own). */
  publicCode?: string | null;
  cause?: unknown;
  /** Extra response headers (e.g. `retry-after`). */
  headers?: Record<string, string>;
}

/** An error with a catalogue code; renders itself as an OpenAI error body. */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly type: string;
  readonly param: string | null;
  readonly publicCode: string | null;
  readonly plugin: string | undefined;
  readonly node: string | undefined;
  readonly hook: string | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "GatewayError";
    const entry = ERROR_CATALOGUE[code];
    this.code = code;
    this.status = options.status ?? entry.status;
    this.type = options.type ?? entry.type;
    this.param = options.param ?? null;
    this.publicCode = options.publicCode === undefined ? code : options.publicCode;
    this.plugin = options.plugin;
    this.node = options.node;
    this.hook = options.hook;
    this.headers = options.headers;
  }

  /** The same error, located at a plugin, node and hook (the original stays reachable as `cause`). */
  at(origin: ErrorOrigin): GatewayError {
    return new GatewayError(this.code, this.message, {
      param: this.param,
      status: this.status,
      type: this.type,
      publicCode: this.publicCode,
      headers: this.headers,
      cause: this.cause,
      plugin: this.plugin ?? origin.plugin,
      node: this.node ?? origin.node,
      hook: this.hook ?? origin.hook,
    });
  }

  /** OpenAI's error shape; the message never includes a stack or a cause's internals. */
  toBody(): OpenAIErrorBody {
    return { error: { message: this.message, type: this.type, code: this.publicCode, param: this.param } };
  }
}

/** True for a `GatewayError`, also one from another copy of this package. */
export function isGatewayError(value: unknown): value is GatewayError {
  return (
    value instanceof GatewayError ||
    (value instanceof Error && value.name === "GatewayError" && "code" in value && "status" in value)
  );
}

/**
 * Wraps anything thrown by a plugin as a `GatewayError` that names where it came from. A
 * `GatewayError` keeps its code; anything else becomes `fallback` with the original as `cause`.
 */
export function wrapPluginError(
  thrown: unknown,
  origin: ErrorOrigin,
  fallback: ErrorCode = "plugin_failed",
): GatewayError {
  if (isGatewayError(thrown)) return thrown.at(origin);
  const where = [
    origin.plugin && `plugin ${origin.plugin}`,
    origin.node && `node ${origin.node}`,
    origin.hook && `hook ${origin.hook}`,
  ]
    .filter(Boolean)
    .join(", ");
  return new GatewayError(fallback, `A gateway plugin failed (${where}).`, { ...origin, cause: thrown });
}

/**
 * Ingress plugins: front doors for other API formats (Anthropic's Messages API, say). An ingress
 * declares the paths it serves; `decode` turns a native request into the pipeline's
 * OpenAI-shaped request (or answers it directly, e.g. token counting), the pipeline runs as for
 * any request, and `encode` turns the OpenAI-shaped answer, stream or error back into the native
 * format. The engine serves OpenAI's own API without a plugin.
 */
import type { GatewayError } from "./errors.js";
import type { JsonValue } from "./openai/common.js";
import type { Endpoint, EndpointBodies } from "./request.js";
import type { CallResult } from "./result.js";
import type { Logger, Services } from "./services.js";

/**
 * A path an ingress serves, with or without the `/v1` prefix. Several routes may share a path
 * with different methods (a resource read with GET and removed with DELETE).
 */
export interface IngressRoute {
  readonly method: "POST" | "GET" | "DELETE";
  /**
   * Matched exactly, or ending in `/*` for everything below it (`/v1/things/*` serves
   * `/v1/things/abc` and `/v1/things/abc/parts`, not `/v1/things` itself); an exact route wins
   * over a `/*` one. `decode` reads the rest of the path from the request's URL.
   */
  readonly path: string;
  /** The ingress's own name for the route, passed back to `decode`. */
  readonly name: string;
}

/** What `decode` and `encode` can use. */
export interface IngressContext {
  readonly requestId: string;
  readonly route: IngressRoute;
  readonly logger: Logger;
  readonly services: Services;
  readonly signal: AbortSignal;
}

/** A native request turned into one the pipeline runs. */
export interface DecodedRequest<E extends Endpoint = Endpoint> {
  readonly kind: "pipeline";
  readonly endpoint: E;
  readonly body: EndpointBodies[E];
  /** The native body, for providers that speak the same format and want it untouched. */
  readonly native?: { readonly format: string; readonly body: JsonValue } | undefined;
}

/** A native request answered by the ingress itself (no pipeline), e.g. token counting. */
export interface DirectAnswer {
  readonly kind: "answer";
  readonly status: number;
  readonly body: JsonValue;
}

/** One server-sent event in the native stream format. */
export interface SseFrame {
  readonly event?: string | undefined;
  readonly data: string;
}

/** The native answer the engine writes to the client. */
export type EncodedAnswer =
  | {
      readonly type: "json";
      readonly status: number;
      readonly body: JsonValue;
      readonly headers?: Record<string, string> | undefined;
    }
  | {
      readonly type: "stream";
      readonly status: number;
      /** Native events; an upstream failure mid-stream must end with the format's own error event. */
      readonly frames: AsyncIterable<SseFrame>;
      readonly headers?: Record<string, string> | undefined;
    }
  | { readonly type: "passthrough"; readonly result: CallResult };

/** What `encode` is given: the pipeline's answer, or the error the client must get. */
export type IngressOutcome =
  | { readonly kind: "result"; readonly result: CallResult; readonly request: DecodedRequest }
  | { readonly kind: "error"; readonly error: GatewayError };

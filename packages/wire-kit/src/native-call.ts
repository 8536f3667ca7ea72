/**
 * Sending a request's native body (an ingress's own format) to an upstream that speaks that
 * format, and answering natively (`NativeAnswer`): the JSON answer as the upstream's text, or its
 * event stream, each chunk one event. Providers name the formats they speak (`NATIVE_FORMATS`:
 * the path under their base URL, and how a stream in that format ends); the model is replaced by
 * the one the provider sends upstream. Errors are the provider's own (`onError`).
 */
import {
  type CallContext,
  type CallResult,
  type GatewayError,
  type GatewayRequest,
  jsonResult,
} from "@aigw/plugin-api";
import { sseChunkStream } from "./sse-chunks.js";
import { readUpstreamText, sendUpstream } from "./transport.js";
import { errorFromUpstream } from "./upstream-error.js";
import { usageOfResult } from "./usage.js";

/** A native format an OpenAI-style upstream may speak. */
export interface NativeFormat {
  /** The path under the upstream's base URL. */
  readonly path: string;
  /** Whether a stream payload is the format's final event (the stream may end after it). */
  isFinal(data: string): boolean;
  /** Where a stream payload keeps its usage object. */
  usageAt(payload: Record<string, unknown>): unknown;
}

const RESPONSES_FINAL = /"type"\s*:\s*"response\.(?:completed|incomplete|failed)"/;

/** The formats OpenAI-style upstreams speak besides their OpenAI endpoints, by ingress format name. */
export const NATIVE_FORMATS: Readonly<Record<string, NativeFormat>> = {
  /** OpenAI's Responses API (`POST /responses`): events whose terminal ones carry the response. */
  "openai-responses": {
    path: "/responses",
    isFinal: (data) => RESPONSES_FINAL.test(data),
    usageAt: (payload) => {
      const response = payload.response;
      return response && typeof response === "object"
        ? (response as Record<string, unknown>).usage
        : undefined;
    },
  },
};

/** The native format of `request` when the provider speaks it (listed in `formats`); else undefined. */
export function nativeFormatOf(
  request: GatewayRequest,
  formats: ReadonlySet<string>,
): { name: string; format: NativeFormat; body: Record<string, unknown> } | undefined {
  const native = request.native;
  if (!native || !formats.has(native.format)) return undefined;
  const format = NATIVE_FORMATS[native.format];
  const body = native.body;
  if (!format || !body || typeof body !== "object" || Array.isArray(body)) return undefined;
  return { name: native.format, format, body: body as Record<string, unknown> };
}

export interface NativeCallOptions {
  /** The full URL (base URL and the format's path, and any query the upstream needs). */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Replaces the body's model (the upstream's model or deployment); undefined keeps it. */
  readonly model: string | undefined;
  readonly label: string;
  readonly timeoutMs: number;
  /** The provider's error for a failed answer; the generic upstream error by default. */
  readonly onError?:
    | ((status: number, text: string, headers: Record<string, string>) => GatewayError)
    | undefined;
}

/** Sends the native body and answers natively. */
export async function callNative(
  ctx: CallContext,
  native: { name: string; format: NativeFormat; body: Record<string, unknown> },
  options: NativeCallOptions,
): Promise<CallResult> {
  const body = options.model === undefined ? native.body : { ...native.body, model: options.model };
  const exchange = await sendUpstream(
    ctx.services.http,
    {
      url: options.url,
      method: "POST",
      headers: { ...options.headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: options.label },
  );
  const res = exchange.response;
  if (res.status < 200 || res.status > 299) {
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    throw options.onError
      ? options.onError(res.status, text, res.headers)
      : errorFromUpstream(res.status, text, options.label, res.headers);
  }
  if ((res.headers["content-type"] ?? "").includes("text/event-stream")) {
    return {
      type: "stream",
      status: res.status,
      native: native.name,
      chunks: sseChunkStream(exchange, {
        signal: ctx.cancellation,
        label: options.label,
        requireDone: false,
        isFinal: native.format.isFinal,
        usageAt: native.format.usageAt,
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
      }),
    };
  }
  const text = await readUpstreamText(res, ctx.cancellation, options.label);
  const result = jsonResult(text, res.status, undefined, native.name);
  const usage = usageOfResult(result);
  if (usage) ctx.annotations.usage = usage;
  return result;
}

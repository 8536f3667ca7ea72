/**
 * The `call` hook: sends the client's request to the upstream endpoint and turns the answer into
 * a result. 2xx JSON is kept as the upstream's text (forwarded without re-serialising), event
 * streams become chunk streams, anything else (speech audio, plain-text transcripts) is streamed
 * through as binary. Non-2xx answers become the upstream's own error, status kept.
 */
import {
  type AdaptMode,
  type CallContext,
  type CallResult,
  GatewayError,
  jsonResult,
} from "@aigw/plugin-api";
import {
  adaptRequest,
  callNative,
  ENDPOINT_PATHS,
  errorFromUpstream,
  nativeFormatOf,
  outgoingBody,
  readUpstreamText,
  sendUpstream,
  sseChunkStream,
  usageOfResult,
  withCredentialHeader,
  withoutCredential,
} from "@aigw/wire-kit";
import type { Upstream } from "./upstream.js";

export interface CallOptions {
  /** Forces the upstream model (the node's `model`). */
  model: string | undefined;
  /** Time to wait for response headers. */
  timeoutMs: number;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
  /** The ingress formats the upstream speaks natively (`openai-responses`). */
  nativeFormats: ReadonlySet<string>;
}

export async function callOpenAI(
  ctx: CallContext,
  upstream: Upstream,
  options: CallOptions,
): Promise<CallResult> {
  if (upstream.missingKey) throw new GatewayError("internal_error", upstream.missingKey);
  const model = options.model ?? ctx.request.model ?? "";
  const request = adaptRequest(ctx, ctx.request, { provider: upstream.provider, model, mode: options.adapt });
  // The record names the service (preset) and the model really asked for, not just the plugin.
  ctx.annotations.servedBy = {
    provider: upstream.provider,
    model: options.model ?? request.model,
    node: ctx.node,
  };
  const native = nativeFormatOf(request, options.nativeFormats);
  if (native) {
    const sent = withCredentialHeader(upstream.plainHeaders, ctx.services.credentials, upstream.credential);
    return callNative(ctx, native, {
      url: upstream.baseUrl + native.format.path,
      headers: sent,
      model: options.model,
      label: upstream.label,
      timeoutMs: options.timeoutMs,
      onError: (status, text, answerHeaders) =>
        errorFromUpstream(
          status,
          withoutCredential(text, sent, upstream.credential),
          upstream.label,
          answerHeaders,
        ),
    });
  }
  const out = outgoingBody(request, options.model);
  const headers = withCredentialHeader(
    out.multipart ? upstream.plainHeaders : upstream.jsonHeaders,
    ctx.services.credentials,
    upstream.credential,
  );
  const exchange = await sendUpstream(
    ctx.services.http,
    { url: upstream.baseUrl + ENDPOINT_PATHS[request.endpoint], method: "POST", headers, body: out.body },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: upstream.label },
  );
  const res = exchange.response;
  const contentType = res.headers["content-type"] ?? "";

  if (res.status < 200 || res.status > 299) {
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    const shown = withoutCredential(text, headers, upstream.credential);
    throw errorFromUpstream(res.status, shown, upstream.label, res.headers);
  }

  if (contentType.includes("text/event-stream") || (request.stream && !contentType.includes("json"))) {
    return {
      type: "stream",
      status: res.status,
      chunks: sseChunkStream(exchange, {
        signal: ctx.cancellation,
        label: upstream.label,
        requireDone: request.endpoint === "chat.completions" || request.endpoint === "completions",
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
      }),
    };
  }
  if (request.endpoint === "audio.speech" || !contentType.includes("json")) {
    return {
      type: "binary",
      status: res.status,
      contentType: contentType || "application/octet-stream",
      body: res.body,
    };
  }
  const text = await readUpstreamText(res, ctx.cancellation, upstream.label);
  const result = jsonResult(text, res.status);
  const usage = usageOfResult(result);
  if (usage) ctx.annotations.usage = usage;
  return result;
}

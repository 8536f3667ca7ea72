/**
 * The `call` hook: picks the deployment for the request's model, sends the client's request to
 * it (the exact bytes when nothing changed them) and turns the answer into a result. 2xx JSON is
 * kept as Azure's text (content filter results and all), event streams become chunk streams
 * with Azure's annotation frames made OpenAI-shaped, anything else (speech audio, plain-text
 * transcripts) is streamed through as binary. Error answers keep their status and message.
 * Moderations are refused with a 400: Azure OpenAI has no moderations API (its deployments filter
 * content themselves; Azure AI Content Safety is a separate service with its own API).
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
  nativeFormatOf,
  outgoingBody,
  readUpstreamText,
  sendUpstream,
  sseChunkStream,
  usageOfResult,
  withoutCredential,
} from "@aigw/wire-kit";
import { annotationRewriter } from "./annotations.js";
import type { Auth } from "./auth.js";
import { azureError } from "./errors.js";
import { type AzureUpstream, LABEL, PROVIDER } from "./upstream.js";

export interface CallOptions {
  upstream: AzureUpstream;
  auth: Auth;
  /** Static extra headers (lower-cased names). */
  headers: Readonly<Record<string, string>>;
  timeoutMs: number;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
  /** The ingress formats the resource speaks natively (`openai-responses`). */
  nativeFormats: ReadonlySet<string>;
}

export async function callAzure(ctx: CallContext, options: CallOptions): Promise<CallResult> {
  const { upstream, auth } = options;
  const asked = ctx.request;
  if (asked.endpoint === "moderations") {
    ctx.error(
      "invalid_request",
      `moderations is not supported by this provider: ${LABEL} has no moderations API (its deployments filter content themselves).`,
    );
  }
  if (auth.missing) throw new GatewayError("internal_error", auth.missing);
  const deployment = upstream.deploymentFor(asked.model);
  if (!deployment) {
    throw new GatewayError(
      "invalid_request",
      "No Azure OpenAI deployment for this request: name a model, or configure deployment for this node.",
      { param: "model" },
    );
  }
  ctx.annotations.servedBy = { provider: PROVIDER, model: asked.model ?? deployment, node: ctx.node };
  const request = adaptRequest(ctx, asked, {
    provider: PROVIDER,
    model: asked.model ?? deployment,
    mode: options.adapt,
  });
  ctx.annotations.tags.deployment = deployment;

  const native = nativeFormatOf(request, options.nativeFormats);
  if (native) {
    const authHeaders = await auth.headers(ctx.cancellation);
    // The Responses API takes the deployment as the body's model, on every api-version.
    return callNative(ctx, native, {
      url: upstream.nativeUrlFor(native.format.path),
      headers: { ...options.headers, ...authHeaders },
      model: deployment,
      label: LABEL,
      timeoutMs: options.timeoutMs,
      onError: (status, text, headers) => {
        if (status === 401) auth.rejected(authHeaders);
        return azureError(status, withoutCredential(text, authHeaders, auth.credential), headers);
      },
    });
  }
  // Deployment URLs ignore the body's model, so the client's bytes go as they are; the v1 API
  // reads the deployment from the model field, so there it is set (re-serialising only if needed).
  const out = outgoingBody(request, upstream.v1 ? deployment : undefined);
  const authHeaders = await auth.headers(ctx.cancellation);
  const headers: Record<string, string> = { ...options.headers, ...authHeaders };
  if (!out.multipart) headers["content-type"] = "application/json";
  const exchange = await sendUpstream(
    ctx.services.http,
    { url: upstream.urlFor(request.endpoint, deployment), method: "POST", headers, body: out.body },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: LABEL },
  );
  const res = exchange.response;
  const contentType = res.headers["content-type"] ?? "";

  if (res.status < 200 || res.status > 299) {
    if (res.status === 401) auth.rejected(authHeaders);
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    throw azureError(res.status, withoutCredential(text, authHeaders, auth.credential), res.headers);
  }

  if (contentType.includes("text/event-stream") || (request.stream && !contentType.includes("json"))) {
    const textual = request.endpoint === "chat.completions" || request.endpoint === "completions";
    const fallback = () => ({
      id: `${request.endpoint === "chat.completions" ? "chatcmpl" : "cmpl"}-${ctx.requestId}`,
      created: Math.floor(ctx.services.clock.now() / 1000),
      model: "",
    });
    return {
      type: "stream",
      status: res.status,
      chunks: sseChunkStream(exchange, {
        signal: ctx.cancellation,
        label: LABEL,
        requireDone: textual,
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
        rewrite: textual
          ? annotationRewriter(request.endpoint === "chat.completions" ? "chat" : "text", fallback)
          : undefined,
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
  const text = await readUpstreamText(res, ctx.cancellation, LABEL);
  const result = jsonResult(text, res.status);
  const usage = usageOfResult(result);
  if (usage) ctx.annotations.usage = usage;
  if (text.includes('"content_filter"')) ctx.annotations.tags.contentFilter = "completion";
  return result;
}

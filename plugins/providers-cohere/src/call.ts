/**
 * The `call` hook: chat completions go to `POST /v2/chat` (streamed or not), embeddings to
 * `POST /v2/embed`; every other endpoint is refused with a 400 naming it. Answers come back in
 * OpenAI's shape, usage and servedBy are written to the record, and non-2xx answers become
 * Cohere's own error with its status.
 */
import {
  type AbortSignalLike,
  type AdaptMode,
  type CallContext,
  type CallResult,
  type ChatCompletionRequest,
  type EmbeddingRequest,
  GatewayError,
  type HttpResponse,
  type JsonValue,
  jsonValueResult,
} from "@aigw/plugin-api";
import {
  adaptRequest,
  readUpstreamText,
  sendUpstream,
  type UpstreamExchange,
  withCredentialHeader,
  withoutCredential,
} from "@aigw/wire-kit";
import { chatAnswer } from "./chat-answer.js";
import { chatRequest } from "./chat-request.js";
import { chatStream } from "./chat-stream.js";
import { embeddingsAnswer, embeddingsRequest } from "./embeddings.js";
import { cohereError } from "./errors.js";
import { StreamTranslator } from "./stream-translator.js";
import { LABEL, type Upstream } from "./upstream.js";
import type { UsageSource } from "./usage.js";
import type { CohereChatResponse, CohereEmbedResponse } from "./wire.js";

export interface CallOptions {
  model: string | undefined;
  embeddingModel: string | undefined;
  maxTokens: number | undefined;
  inputType: string;
  usageSource: UsageSource;
  extraBody: Readonly<Record<string, unknown>> | undefined;
  timeoutMs: number;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
}

export async function callCohere(
  ctx: CallContext,
  upstream: Upstream,
  options: CallOptions,
): Promise<CallResult> {
  if (upstream.missingKey) throw new GatewayError("internal_error", upstream.missingKey);
  const model = options.model ?? ctx.request.model ?? "";
  const request = adaptRequest(ctx, ctx.request, { provider: "cohere", model, mode: options.adapt });
  switch (request.endpoint) {
    case "chat.completions":
      return chat(ctx, request.body, upstream, options);
    case "embeddings":
      return embeddings(ctx, request.body, upstream, options);
    default:
      return ctx.error("invalid_request", `Cohere does not support ${request.endpoint}.`);
  }
}

async function chat(
  ctx: CallContext,
  body: ChatCompletionRequest,
  upstream: Upstream,
  options: CallOptions,
): Promise<CallResult> {
  const model = options.model ?? body.model;
  if (!model) ctx.error("invalid_request", "A model is required.", { param: "model" });
  const cohereBody = chatRequest(body, {
    model,
    maxTokens: options.maxTokens,
    extraBody: options.extraBody,
  });
  ctx.annotations.servedBy = { provider: "cohere", model, node: ctx.node };
  const stream = cohereBody.stream;
  const exchange = await post(ctx, upstream, options, "/v2/chat", cohereBody, stream);
  const created = Math.floor(ctx.services.clock.now() / 1000);
  const fallbackId = `chatcmpl-${ctx.requestId}`;
  if (stream) {
    const translator = new StreamTranslator({
      model,
      created,
      fallbackId,
      usageSource: options.usageSource,
      includeUsage: body.stream_options?.include_usage === true,
    });
    return {
      type: "stream",
      status: 200,
      chunks: chatStream(exchange, translator, {
        signal: ctx.cancellation,
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
      }),
    };
  }
  const answer = await readJson<CohereChatResponse>(exchange.response, ctx.cancellation);
  const { completion, usage } = chatAnswer(answer, {
    model,
    created,
    fallbackId,
    usageSource: options.usageSource,
  });
  if (usage) ctx.annotations.usage = usage;
  return jsonValueResult(completion);
}

async function embeddings(
  ctx: CallContext,
  body: EmbeddingRequest,
  upstream: Upstream,
  options: CallOptions,
): Promise<CallResult> {
  const model = options.embeddingModel ?? body.model;
  if (!model) ctx.error("invalid_request", "A model is required.", { param: "model" });
  if (
    body.encoding_format !== undefined &&
    body.encoding_format !== "float" &&
    body.encoding_format !== "base64"
  ) {
    ctx.error("invalid_request", 'encoding_format must be "float" or "base64".', {
      param: "encoding_format",
    });
  }
  const batches = embeddingsRequest(body, { model, defaultInputType: options.inputType });
  ctx.annotations.servedBy = { provider: "cohere", model, node: ctx.node };
  const answers: CohereEmbedResponse[] = [];
  // One batch after the other: a large input should not open many connections at once.
  for (const batch of batches) {
    const exchange = await post(ctx, upstream, options, "/v2/embed", batch, false);
    answers.push(await readJson<CohereEmbedResponse>(exchange.response, ctx.cancellation));
  }
  const result = embeddingsAnswer(
    answers,
    batches.map((b) => b.texts.length),
    { model, base64: body.encoding_format === "base64" },
  );
  ctx.annotations.usage = {
    prompt_tokens: result.usage.prompt_tokens,
    completion_tokens: 0,
    total_tokens: result.usage.total_tokens,
  };
  // An EmbeddingResponse is plain JSON; the interface just has no index signature.
  return jsonValueResult(result as unknown as JsonValue);
}

/** POSTs JSON; a non-2xx answer is read and thrown as Cohere's error. */
async function post(
  ctx: CallContext,
  upstream: Upstream,
  options: CallOptions,
  path: string,
  body: object,
  stream: boolean,
): Promise<UpstreamExchange> {
  const headers = withCredentialHeader(upstream.headers, ctx.services.credentials, upstream.credential);
  const exchange = await sendUpstream(
    ctx.services.http,
    {
      url: upstream.baseUrl + path,
      method: "POST",
      headers: stream ? { ...headers, accept: "text/event-stream" } : headers,
      body: JSON.stringify(body),
    },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: LABEL },
  );
  const res = exchange.response;
  if (res.status < 200 || res.status > 299) {
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    throw cohereError(res.status, withoutCredential(text, headers, upstream.credential), res.headers);
  }
  return exchange;
}

async function readJson<T>(res: HttpResponse, signal: AbortSignalLike): Promise<T> {
  const text = await readUpstreamText(res, signal, LABEL);
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as T;
  } catch {
    // Reported below.
  }
  throw new GatewayError("upstream_error", `${LABEL} answered with a body that is not a JSON object.`);
}

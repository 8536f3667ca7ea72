/**
 * The `call` hook: translates the client's chat completion into a Messages API request, sends
 * it, and translates the answer back (a `chat.completion`, or a stream of chunks). Other
 * endpoints are refused with a 400: Anthropic has no embeddings, images or audio API. Non-2xx
 * answers become the upstream's own error, status kept (529 overload as 503).
 */
import {
  type AdaptMode,
  type CallContext,
  type CallResult,
  GatewayError,
  isGatewayError,
  jsonValueResult,
} from "@aigw/plugin-api";
import {
  adaptRequest,
  readUpstreamText,
  sendUpstream,
  withCredentialHeader,
  withoutCredential,
} from "@aigw/wire-kit";
import { chatAnswer } from "./chat-answer.js";
import { type BodyOptions, chatRequest, resolveModel } from "./chat-request.js";
import { chatStream } from "./chat-stream.js";
import { upstreamError } from "./errors.js";
import { PROVIDER, type Upstream } from "./upstream.js";
import type { Message } from "./wire.js";

export interface CallOptions extends Omit<BodyOptions, "stream"> {
  /** Time to wait for response headers. */
  timeoutMs: number;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
}

const ENDPOINT_NAMES: Readonly<Record<string, string>> = {
  completions: "legacy text completions (use chat completions)",
  embeddings: "embeddings",
  "images.generations": "image generation",
  "audio.speech": "speech synthesis",
  "audio.transcriptions": "audio transcription",
};

export async function callAnthropic(
  ctx: CallContext,
  upstream: Upstream,
  options: CallOptions,
): Promise<CallResult> {
  const asked = ctx.request;
  if (asked.endpoint !== "chat.completions")
    ctx.error(
      "invalid_request",
      `Anthropic does not support ${ENDPOINT_NAMES[asked.endpoint] ?? asked.endpoint}.`,
    );
  if (upstream.missingKey) throw new GatewayError("internal_error", upstream.missingKey);
  const model = resolveModel(asked.model, options);
  const request = adaptRequest(ctx, asked, { provider: PROVIDER, model, mode: options.adapt });

  const { body, json } = chatRequest(request.body, { ...options, stream: request.stream });
  ctx.annotations.servedBy = { provider: PROVIDER, model: body.model, node: ctx.node };
  const headers = withCredentialHeader(upstream.headers, ctx.services.credentials, upstream.credential);
  const exchange = await sendUpstream(
    ctx.services.http,
    {
      url: `${upstream.baseUrl}/v1/messages`,
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(body),
    },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: upstream.label },
  );
  const res = exchange.response;
  if (res.status < 200 || res.status > 299) {
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    throw upstreamError(res.status, withoutCredential(text, headers, upstream.credential), res.headers);
  }

  const created = Math.floor(ctx.services.clock.now() / 1000);
  if (request.stream) {
    return {
      type: "stream",
      status: 200,
      chunks: chatStream(exchange, {
        signal: ctx.cancellation,
        json,
        includeUsage: request.body.stream_options?.include_usage === true,
        created,
        model: body.model,
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
      }),
    };
  }

  let message: Message;
  try {
    message = JSON.parse(await readUpstreamText(res, ctx.cancellation)) as Message;
  } catch (error) {
    if (isGatewayError(error)) throw error;
    throw new GatewayError(
      "upstream_error",
      `The answer from ${upstream.label} was cut off or is not JSON.`,
      {
        cause: error,
      },
    );
  }
  if (!message || typeof message !== "object" || !Array.isArray(message.content))
    throw new GatewayError("upstream_error", `The answer from ${upstream.label} is not a message.`);
  const completion = chatAnswer(message, json, created);
  ctx.annotations.usage = completion.usage;
  return jsonValueResult(completion);
}

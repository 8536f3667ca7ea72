/**
 * The `call` hook: chat completions, embeddings and moderations, translated to Mistral's API and
 * back (chat-request, chat-response, chat-stream, embeddings-request, moderations); other
 * endpoints are refused with a 400 naming them. Error answers keep their status, with Mistral's
 * message made readable.
 */
import {
  type AdaptMode,
  type CallContext,
  type CallResult,
  GatewayError,
  type GatewayRequestOf,
  isGatewayError,
  jsonResult,
} from "@aigw/plugin-api";
import {
  adaptRequest,
  readUpstreamText,
  sendUpstream,
  sseChunkStream,
  usageOfResult,
  withCredentialHeader,
  withoutCredential,
} from "@aigw/wire-kit";
import { chatAnswer } from "./chat-answer.js";
import { chatRequest } from "./chat-request.js";
import { chatStream } from "./chat-stream.js";
import { embeddingsRequest } from "./embeddings-request.js";
import { mistralError } from "./errors.js";
import { DEFAULT_MODERATION_MODEL, moderationsAnswer, moderationsRequest } from "./moderations.js";
import { KEEP_IDS, type ToolCallIds } from "./tool-ids.js";
import { LABEL, type MistralUpstream, PROVIDER } from "./upstream.js";

export interface CallOptions {
  upstream: MistralUpstream;
  /** Forces the upstream model. */
  model: string | undefined;
  remapToolCallIds: boolean;
  timeoutMs: number;
  /** What to do with parameters the model refuses (the node's `adapt`). */
  adapt: AdaptMode | undefined;
}

export async function callMistral(ctx: CallContext, options: CallOptions): Promise<CallResult> {
  const { upstream } = options;
  if (upstream.missingKey) throw new GatewayError("internal_error", upstream.missingKey);
  const request = adaptRequest(ctx, ctx.request, {
    provider: PROVIDER,
    model: options.model ?? ctx.request.model ?? "",
    mode: options.adapt,
  });
  let path: string;
  let body: string | Uint8Array;
  let ids: ToolCallIds = KEEP_IDS;
  let includeUsage = false;
  if (request.endpoint === "chat.completions") {
    const chat = chatRequest(request as GatewayRequestOf<"chat.completions">, {
      model: options.model,
      remapIds: options.remapToolCallIds,
    });
    path = "/chat/completions";
    ({ body, ids, includeUsage } = chat);
  } else if (request.endpoint === "embeddings") {
    path = "/embeddings";
    body = embeddingsRequest(request as GatewayRequestOf<"embeddings">, options.model);
  } else if (request.endpoint === "moderations") {
    path = "/moderations";
    body = moderationsRequest(request as GatewayRequestOf<"moderations">, options.model);
  } else {
    ctx.error("invalid_request", `${LABEL} does not support ${request.endpoint}`);
  }
  const model =
    options.model ??
    request.model ??
    (request.endpoint === "moderations" ? DEFAULT_MODERATION_MODEL : undefined);
  ctx.annotations.servedBy = { provider: PROVIDER, model, node: ctx.node };

  const headers = withCredentialHeader(upstream.headers, ctx.services.credentials, upstream.credential);
  const exchange = await sendUpstream(
    ctx.services.http,
    {
      url: upstream.baseUrl + path,
      method: "POST",
      headers: {
        ...headers,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
      },
      body,
    },
    { signal: ctx.cancellation, timeoutMs: options.timeoutMs, label: LABEL },
  );
  const res = exchange.response;
  const contentType = res.headers["content-type"] ?? "";
  if (res.status < 200 || res.status > 299) {
    const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
    throw mistralError(res.status, withoutCredential(text, headers, upstream.credential), res.headers);
  }

  if (contentType.includes("text/event-stream") || (request.stream && !contentType.includes("json"))) {
    return {
      type: "stream",
      status: res.status,
      chunks: sseChunkStream(exchange, {
        signal: ctx.cancellation,
        label: LABEL,
        requireDone: true,
        onUsage: (usage) => {
          ctx.annotations.usage = usage;
        },
        rewrite: request.endpoint === "chat.completions" ? chatStream({ ids, includeUsage }) : undefined,
      }),
    };
  }
  let text = await readUpstreamText(res, ctx.cancellation, LABEL);
  if (request.endpoint === "chat.completions") {
    try {
      text = chatAnswer(text, ids, () => Math.floor(ctx.services.clock.now() / 1000));
    } catch (error) {
      if (isGatewayError(error)) throw error;
      throw new GatewayError(
        "upstream_error",
        `${LABEL} answered with a body that is not a chat completion.`,
        {
          cause: error,
        },
      );
    }
  }
  // Read from Mistral's text: a moderation answer in OpenAI's shape has no place for usage.
  const usage = usageOfResult(jsonResult(text, res.status));
  if (usage) ctx.annotations.usage = usage;
  if (request.endpoint === "moderations") text = JSON.stringify(moderationsAnswer(text));
  return jsonResult(text, res.status);
}

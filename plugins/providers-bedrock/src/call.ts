/**
 * The `call` hook: chat completions through Converse (JSON answer) or ConverseStream (event
 * stream -> chunks), embeddings through InvokeModel; other endpoints are refused. Records the
 * served-by model and the usage on the request's annotations.
 */
import {
  type CallContext,
  type CallResult,
  type ChatCompletionRequest,
  GatewayError,
  jsonValueResult,
} from "@aigw/plugin-api";
import { adaptRequest, readUpstreamText } from "@aigw/wire-kit";
import { chatAnswer } from "./chat-answer.js";
import { chatRequest } from "./chat-request.js";
import { chatStream } from "./chat-stream.js";
import { post } from "./client.js";
import type { BedrockProviderConfig } from "./config.gen.js";
import { callEmbeddings } from "./embeddings.js";
import { modelIdFor, operationPath } from "./models.js";
import { DEFAULTS, LABEL } from "./settings.js";

export async function callBedrock(ctx: CallContext, config: BedrockProviderConfig): Promise<CallResult> {
  const timeoutMs = config.timeoutMs ?? DEFAULTS.timeoutMs;
  const modelId = modelIdFor(ctx.request.model, config);
  const request = adaptRequest(ctx, ctx.request, { provider: "bedrock", model: modelId, mode: config.adapt });
  ctx.annotations.servedBy = { provider: "bedrock", model: modelId, node: ctx.node };

  if (request.endpoint === "embeddings") {
    const { response } = await callEmbeddings(ctx, config, modelId, timeoutMs);
    ctx.annotations.usage = {
      prompt_tokens: response.usage.prompt_tokens,
      completion_tokens: 0,
      total_tokens: response.usage.total_tokens,
    };
    return jsonValueResult(response as never);
  }
  if (request.endpoint !== "chat.completions") {
    return ctx.error("invalid_request", `${LABEL} does not support ${request.endpoint} in this gateway.`);
  }

  const body = request.body as ChatCompletionRequest;
  const { body: converse, jsonTool } = await chatRequest(body, {
    jsonMode: config.jsonMode ?? "tool",
    defaultMaxTokens: config.defaultMaxTokens,
    maxTokensLimit: config.maxTokensLimit,
    guardrail: config.guardrail,
    additionalModelRequestFields: config.additionalModelRequestFields,
    images: {
      mode: config.imageUrls ?? "fetch",
      maxBytes: config.imageMaxBytes ?? DEFAULTS.imageMaxBytes,
      http: ctx.services.http,
      signal: ctx.cancellation,
    },
  });
  const stream = request.stream;
  const exchange = await post(config, ctx.services, {
    path: operationPath(modelId, stream ? "converse-stream" : "converse"),
    body: JSON.stringify(converse),
    accept: stream ? "application/vnd.amazon.eventstream" : "application/json",
    signal: ctx.cancellation,
    timeoutMs,
    node: ctx.node,
  });
  const res = exchange.response;
  const meta = {
    id: `chatcmpl-${res.headers["x-amzn-requestid"] || ctx.requestId}`,
    created: Math.floor(ctx.services.clock.now() / 1000),
    model: modelId,
    jsonTool,
  };

  if (stream) {
    const contentType = res.headers["content-type"] ?? "";
    if (!contentType.includes("vnd.amazon.eventstream")) {
      const text = await readUpstreamText(res, ctx.cancellation).catch(() => "");
      throw new GatewayError(
        "upstream_error",
        `${LABEL} answered a stream request with ${contentType || "no content type"} instead of an event stream${text ? `: ${text.slice(0, 200)}` : ""}.`,
      );
    }
    return {
      type: "stream",
      status: 200,
      chunks: chatStream(
        exchange,
        { ...meta, includeUsage: body.stream_options?.include_usage === true },
        {
          signal: ctx.cancellation,
          onUsage: (usage) => {
            ctx.annotations.usage = usage;
          },
        },
      ),
    };
  }

  const text = await readUpstreamText(res, ctx.cancellation, LABEL);
  const { completion, usage } = chatAnswer(text, meta);
  if (usage) ctx.annotations.usage = usage;
  return jsonValueResult(completion);
}

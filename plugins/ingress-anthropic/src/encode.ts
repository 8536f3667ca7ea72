/**
 * The `encode` hook: the pipeline's answer in Anthropic's format. A streamed answer to a
 * streaming client becomes Anthropic's event stream; a complete one becomes a Message. The two
 * other combinations also work (a cache hit for a streaming client is replayed as events; a
 * stream for a client that did not ask for one is gathered into a Message). Errors keep their
 * status with Anthropic's error type. Every answer carries `request-id`, the header Anthropic's
 * SDKs read into `_request_id`.
 */
import {
  type ChatCompletion,
  type ChatCompletionChunk,
  type ChatCompletionRequest,
  type EncodedAnswer,
  GatewayError,
  type IngressContext,
  type IngressOutcome,
  isGatewayError,
  type JsonValue,
  type StreamChunk,
} from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { accumulate } from "./accumulate.js";
import { chunkOfCompletion } from "./completion-chunks.js";
import { type MessageContext, messageFromCompletion } from "./encode-message.js";
import { errorAnswer } from "./errors.js";
import { messageId } from "./ids.js";
import { StreamEncoder } from "./stream-encoder.js";
import { anthropicFrames } from "./stream-frames.js";

export interface EncodeOptions {
  readonly overloadedStatus: number;
}

function stopsOf(stop: ChatCompletionRequest["stop"]): string[] | undefined {
  if (stop === undefined || stop === null) return undefined;
  return typeof stop === "string" ? [stop] : stop;
}

async function* single(chunk: ChatCompletionChunk): AsyncGenerator<StreamChunk> {
  yield { data: chunk };
}

export async function encodeOutcome(
  outcome: IngressOutcome,
  ctx: IngressContext,
  options: EncodeOptions,
): Promise<EncodedAnswer> {
  const headers = { "request-id": ctx.requestId };
  const failed = (error: GatewayError): EncodedAnswer => {
    const { status, body } = errorAnswer(error, ctx.requestId, options.overloadedStatus);
    return {
      type: "json",
      status,
      body: body as unknown as JsonValue,
      headers: { ...error.headers, ...headers },
    };
  };
  if (outcome.kind === "error") return failed(outcome.error);

  const { result } = outcome;
  const request = outcome.request.body as ChatCompletionRequest;
  const context: MessageContext = {
    requestId: ctx.requestId,
    messageId: messageId(ctx.requestId),
    model: request.model,
    stopSequences: stopsOf(request.stop),
  };
  const streaming = request.stream === true;
  const asMessage = (completion: ChatCompletion, status: number): EncodedAnswer => ({
    type: "json",
    status,
    body: messageFromCompletion(completion, context) as unknown as JsonValue,
    headers,
  });

  switch (result.type) {
    case "json": {
      if (result.status >= 400) {
        const text = result.text ?? JSON.stringify(result.body);
        return failed(errorFromUpstream(result.status, text, "The gateway", result.headers));
      }
      const completion = result.body as unknown as ChatCompletion;
      if (!streaming) return asMessage(completion, result.status);
      const frames = anthropicFrames(single(chunkOfCompletion(completion)), new StreamEncoder(context));
      return { type: "stream", status: result.status, frames, headers };
    }
    case "stream": {
      if (streaming) {
        const frames = anthropicFrames(result.chunks, new StreamEncoder(context));
        return { type: "stream", status: result.status, frames, headers };
      }
      try {
        return asMessage(await accumulate(result.chunks, request.model), result.status);
      } catch (thrown) {
        return failed(
          isGatewayError(thrown)
            ? thrown
            : new GatewayError("upstream_error", "The upstream stream failed before it finished.", {
                cause: thrown,
              }),
        );
      }
    }
    default:
      return failed(
        new GatewayError("internal_error", "The pipeline answered with binary content, not a message."),
      );
  }
}

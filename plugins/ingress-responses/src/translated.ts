/**
 * A chat answer (complete or streamed) as a Response or its event stream, through the one
 * `ResponseStreamEncoder`. A streaming client gets the events as they come; a stream for a client
 * that did not ask for one is gathered into the Response; a complete answer for a streaming
 * client (a cache hit) is replayed as events. The response is stored before its final event is
 * sent, so a client that chains on it at once finds it. An upstream failure mid-stream ends it
 * with `response.failed`, never `response.completed`.
 */
import {
  type ChatCompletion,
  type ChatCompletionChunk,
  type EncodedAnswer,
  GatewayError,
  type IngressContext,
  isGatewayError,
  type JsonValue,
  type SseFrame,
  type StreamChunk,
} from "@aigw/plugin-api";
import { chunkOfCompletion } from "./completion-chunk.js";
import { frameOf } from "./frames.js";
import { keepResponse } from "./keep.js";
import type { PendingResponse } from "./pending.js";
import { startingResponse } from "./response-object.js";
import type { ResponseStore } from "./store.js";
import { ResponseStreamEncoder } from "./stream-encoder.js";

export interface Answering {
  readonly pending: PendingResponse;
  readonly store: ResponseStore;
  readonly ctx: IngressContext;
}

function encoderFor({ pending, ctx }: Answering): ResponseStreamEncoder {
  const response = startingResponse(pending.request, {
    id: pending.responseId,
    createdAt: pending.createdAt,
    model: pending.request.model,
  });
  return new ResponseStreamEncoder(response, () => ctx.services.clock.now());
}

async function* single(completion: ChatCompletion): AsyncGenerator<StreamChunk> {
  yield { data: chunkOfCompletion(completion) };
}

/** The client-safe words for a stream that failed. */
function failureOf(thrown: unknown): { code: string; message: string } {
  if (isGatewayError(thrown))
    return {
      code: thrown.status >= 500 ? "server_error" : (thrown.publicCode ?? thrown.code),
      message: thrown.message,
    };
  return { code: "server_error", message: "The upstream stream failed before it finished." };
}

async function* eventFrames(
  chunks: AsyncIterable<StreamChunk>,
  answering: Answering,
): AsyncGenerator<SseFrame> {
  const encoder = encoderFor(answering);
  for (const event of encoder.start()) yield frameOf(event);
  try {
    for await (const chunk of chunks)
      for (const event of encoder.push(chunk.data as ChatCompletionChunk)) yield frameOf(event);
  } catch (thrown) {
    const { code, message } = failureOf(thrown);
    for (const event of encoder.fail(code, message)) yield frameOf(event);
    return;
  }
  const last = encoder.finish();
  await keepResponse(answering.store, answering.pending, encoder.response, answering.ctx.logger);
  for (const event of last) yield frameOf(event);
}

/** Gathers chunks into the final Response (throws what the stream throws). */
async function gathered(chunks: AsyncIterable<StreamChunk>, answering: Answering): Promise<EncodedAnswer> {
  const encoder = encoderFor(answering);
  encoder.start();
  for await (const chunk of chunks) encoder.push(chunk.data as ChatCompletionChunk);
  encoder.finish();
  await keepResponse(answering.store, answering.pending, encoder.response, answering.ctx.logger);
  return { type: "json", status: 200, body: encoder.response as unknown as JsonValue };
}

export async function translatedAnswer(
  source: { completion: ChatCompletion } | { chunks: AsyncIterable<StreamChunk> },
  answering: Answering,
): Promise<EncodedAnswer> {
  const chunks = "completion" in source ? single(source.completion) : source.chunks;
  if (answering.pending.request.stream)
    return { type: "stream", status: 200, frames: eventFrames(chunks, answering) };
  try {
    return await gathered(chunks, answering);
  } catch (thrown) {
    throw isGatewayError(thrown)
      ? thrown
      : new GatewayError("upstream_error", "The upstream stream failed before it finished.", {
          cause: thrown,
        });
  }
}

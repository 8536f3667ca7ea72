/** Routes a call to the answer of its endpoint. */
import type { CallContext, CallResult } from "@aigw/plugin-api";
import { speech, transcription } from "./audio.js";
import { chatCompletion } from "./chat.js";
import { completion } from "./completions.js";
import { embeddings } from "./embeddings.js";
import { images } from "./images.js";
import { mockCall } from "./mock-call.js";
import { moderations } from "./moderations.js";
import type { MockOptions } from "./options.js";

/** Recorded as the provider that served a request: the price table's provider label. */
export const PROVIDER = "mock";

export function answer(ctx: CallContext, options: MockOptions): CallResult {
  const call = mockCall(ctx, options);
  const request = ctx.request;
  ctx.annotations.servedBy = { provider: PROVIDER, model: call.model, node: ctx.node };
  switch (request.endpoint) {
    case "chat.completions":
      return chatCompletion(call, request.body, request.stream);
    case "completions":
      return completion(call, request.body, request.stream);
    case "embeddings":
      return embeddings(call, request.body);
    case "images.generations":
      return images(call, request.body);
    case "audio.speech":
      return speech(call, request.body);
    case "audio.transcriptions":
      return transcription(call, request.body);
    case "moderations":
      return moderations(call, request.body);
    default:
      return ctx.error("not_found", "The mock provider does not serve this endpoint.");
  }
}

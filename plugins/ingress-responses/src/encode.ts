/**
 * The `encode` hook: the pipeline's answer as a Response (or its event stream), and errors in
 * OpenAI's error shape with their status. A native answer (a provider that speaks the Responses
 * API) is passed on as it came; any other is translated from the chat answer.
 */
import {
  type ChatCompletion,
  type EncodedAnswer,
  type GatewayError,
  type IngressContext,
  type IngressOutcome,
  isGatewayError,
  type JsonValue,
} from "@aigw/plugin-api";
import { errorFromUpstream } from "@aigw/wire-kit";
import { nativeJson, nativeStream } from "./native.js";
import type { PendingResponses } from "./pending.js";
import type { ResponseStore } from "./store.js";
import { translatedAnswer } from "./translated.js";

export interface EncodeOptions {
  readonly store: ResponseStore;
  readonly pending: PendingResponses;
}

function failed(error: GatewayError): EncodedAnswer {
  return {
    type: "json",
    status: error.status,
    body: error.toBody() as unknown as JsonValue,
    headers: error.headers,
  };
}

export async function encodeResponses(
  outcome: IngressOutcome,
  ctx: IngressContext,
  options: EncodeOptions,
): Promise<EncodedAnswer> {
  if (outcome.kind === "error") return failed(outcome.error);
  const pending = options.pending.get(outcome.request);
  const { result } = outcome;
  if (!pending) return { type: "passthrough", result };
  const answering = { pending, store: options.store, ctx };
  try {
    switch (result.type) {
      case "json": {
        if (result.status >= 400)
          return failed(
            errorFromUpstream(
              result.status,
              result.text ?? JSON.stringify(result.body),
              "The gateway",
              result.headers,
            ),
          );
        if (result.native === "openai-responses") return await nativeJson(result, answering);
        return await translatedAnswer({ completion: result.body as unknown as ChatCompletion }, answering);
      }
      case "stream":
        if (result.native === "openai-responses") return nativeStream(result, answering);
        return await translatedAnswer({ chunks: result.chunks }, answering);
      default:
        return failed(
          errorFromUpstream(502, "", "The pipeline answered with binary content, not a response."),
        );
    }
  } catch (thrown) {
    if (isGatewayError(thrown)) return failed(thrown);
    throw thrown;
  }
}

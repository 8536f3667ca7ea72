/**
 * What every endpoint answer is built from: the hook context, the resolved options, and the
 * request's stable identity (a digest of endpoint and body, so ids repeat for a repeated request).
 */
import type { CallContext, Usage } from "@aigw/plugin-api";
import { hashHex, requestKey } from "./hash.js";
import type { MockOptions } from "./options.js";

export interface MockCall {
  readonly ctx: CallContext;
  readonly options: MockOptions;
  /** `endpoint + body`, the input of every derived value. */
  readonly key: string;
  /** A 24-hex-digit digest of `key`, used in response ids. */
  readonly digest: string;
  /** Unix seconds from the clock service (the only part of an answer that varies). */
  readonly created: number;
  /** The model the client asked for, echoed in the answer. */
  readonly model: string;
}

export function mockCall(ctx: CallContext, options: MockOptions): MockCall {
  const request = ctx.request;
  const key = requestKey(request.endpoint, request.body);
  return {
    ctx,
    options,
    key,
    digest: hashHex(key),
    created: Math.floor(ctx.services.clock.now() / 1000),
    model: request.model ?? "mock",
  };
}

/** A usage block from prompt and completion counts. */
export function usage(promptTokens: number, completionTokens: number): Usage {
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
}

/**
 * Fits a request to the upstream model a provider node is about to call, with the capabilities
 * service, and reports what changed: in the request record (`adaptations`) and in the
 * `x-aigw-adapted` answer header. Every provider calls it once, after it knows the model (its
 * model map or forced model applied) and before any upstream call. Only chat completions are
 * adapted: the capability table describes the chat endpoint.
 */
import type { Adaptation, AdaptMode, CallContext, GatewayRequest, RequestAdaptation } from "@aigw/plugin-api";

/** The answer header that lists what was changed, e.g. `dropped top_p; renamed max_tokens to max_completion_tokens`. */
export const ADAPTED_HEADER = "x-aigw-adapted";

/** The `adapt` a provider node gets when its config says nothing: drop what the model refuses and say so. */
export const DEFAULT_ADAPT_MODE: AdaptMode = "drop";

/** Where a request is going: the provider label (as the capability and price tables name it) and model. */
export interface AdaptTarget {
  provider: string;
  model: string;
  /** The node's `adapt` (default `drop`). */
  mode?: AdaptMode | undefined;
}

/**
 * `request` fitted to `target`'s model: the very object when nothing had to change (its bytes
 * can still be forwarded), else a copy with the adapted body. Throws a 400 GatewayError naming
 * the parameter and the model when the model lacks a feature the request uses, or, with
 * `mode: "error"`, when anything would have to change.
 */
export function adaptRequest<R extends GatewayRequest>(ctx: CallContext, request: R, target: AdaptTarget): R {
  if (request.endpoint !== "chat.completions") return request;
  const { body, adaptations } = ctx.services.capabilities.adaptChat(
    target.provider,
    target.model,
    request.body,
    target.mode ?? DEFAULT_ADAPT_MODE,
  );
  if (adaptations.length === 0) return request;
  report(ctx, target, adaptations);
  return { ...request, body, raw: undefined, native: undefined };
}

function report(ctx: CallContext, target: AdaptTarget, adaptations: readonly Adaptation[]): void {
  ctx.annotations.adaptations ??= [];
  const recorded: RequestAdaptation[] = ctx.annotations.adaptations;
  for (const adaptation of adaptations)
    recorded.push({ node: ctx.node, provider: target.provider, model: target.model, ...adaptation });
  // Every attempt's changes (a fallback may adapt for another model), each said once.
  const said = new Set(recorded.map(summary));
  ctx.setHeader(ADAPTED_HEADER, [...said].join("; "));
}

/** `dropped top_p`, `renamed max_tokens to max_completion_tokens`, `clamped max_tokens from 100000 to 64000`. */
function summary(adaptation: Adaptation): string {
  return adaptation.action === "dropped"
    ? `dropped ${adaptation.param}`
    : `${adaptation.action} ${adaptation.param} ${adaptation.detail}`;
}

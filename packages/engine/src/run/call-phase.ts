/**
 * The terminal: runs the entry provider or router's `call` hook. A router's targets are handed to
 * it as `invoke()` functions that run the target's own `call` hook the same way (so strategies
 * nest). Time spent in leaf providers is counted as upstream time, not gateway overhead.
 * Every leaf provider's answer is checked here before anyone trusts it (a JSON body must be its
 * endpoint's answer, a stream must show content before it is committed), so a broken answer
 * is a failed call for whoever made it: the pipeline, or a router that retries or falls back.
 */
import type {
  AbortSignalLike,
  CallResult,
  Endpoint,
  GatewayRequest,
  RequestAnnotations,
  RouteAttempt,
  RouteTarget,
} from "@aigw/plugin-api";
import type { TerminalNode } from "../plan/plan.js";
import { checkAnswer } from "./answer-check.js";
import { runAttemptChecks } from "./attempt-checks.js";
import { HookContextImpl } from "./hook-context.js";
import { invokeHook, isPromiseLike } from "./invoke.js";
import { type RequestState, roundMs } from "./request-state.js";
import { commitStream } from "./stream-commit.js";

/**
 * Calls a terminal; rejects with a located `GatewayError` when it fails. A `side` call (a node's
 * `uses`, such as a moderation model) is upstream time but stays out of the route, the answering
 * target, the attempt checks and the usage: the record's usage is the answer's, so a moderation
 * of that answer, made after it, must not replace it.
 */
export async function callTerminal(
  terminal: TerminalNode,
  state: RequestState,
  request: GatewayRequest,
  signal?: AbortSignalLike,
  side = false,
): Promise<CallResult> {
  const ctx = new HookContextImpl(state, terminal, request, signal, terminal.timeoutMs !== undefined);
  const leaf = terminal.targets.length === 0;
  if (!leaf) ctx.targets = terminal.targets.map((target) => routeTarget(target, state, request, ctx));
  const start = state.now();
  const call = terminal.instance.call!;
  const before = state.annotations.servedBy;
  const usageBefore = state.annotations.usage;
  // A provider may name what really served the call (a preset, a forced upstream model) by
  // setting `servedBy`; otherwise the node's plugin and the requested model stand.
  const servedBy = (): NonNullable<RequestAnnotations["servedBy"]> =>
    (state.annotations.servedBy !== before ? state.annotations.servedBy : undefined) ?? {
      provider: terminal.plugin,
      model: request.model,
      node: terminal.id,
    };
  const upstream = () => servedBy().provider;
  // The check runs inside the hook, so the node's timeout covers a stream's wait for content
  // and a broken answer is located (plugin, node, `call`) like any failure of the hook.
  let outcome = await invokeHook(state, terminal, "call", ctx, () => {
    const value = call.call(terminal.instance, ctx);
    if (!leaf) return value;
    return isPromiseLike<CallResult>(value)
      ? value.then((result) => trusted(result, request.endpoint, upstream))
      : trusted(value, request.endpoint, upstream);
  });
  if (side) {
    state.upstreamMs += state.now() - start;
    state.annotations.servedBy = before;
    state.annotations.usage = usageBefore;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }
  // Checks that judge each upstream answer (`onAttempt` nodes) run before the attempt counts as
  // a success, so their deny is a failed attempt for the router that made it.
  if (leaf && outcome.ok && state.attemptChecks.length > 0) {
    outcome = await runAttemptChecks(state, request, outcome.value);
  }
  if (leaf) {
    // Every upstream attempt lands in the record, whoever made it (the pipeline or a router).
    const durationMs = state.now() - start;
    state.upstreamMs += durationMs;
    const served = servedBy();
    const attempt: RouteAttempt = {
      target: terminal.id,
      startMs: roundMs(start - state.t0),
      provider: served.provider,
      status: outcome.ok ? outcome.value.status : outcome.error.status,
      durationMs: roundMs(durationMs),
    };
    if (served.model !== undefined) attempt.model = served.model;
    if (!outcome.ok) attempt.error = outcome.error.code;
    state.annotations.route.push(attempt);
    state.annotations.servedBy = outcome.ok ? served : before;
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}

/** A leaf's answer once checked: JSON as it came, a stream once it has shown content. */
function trusted(
  result: CallResult,
  endpoint: Endpoint,
  upstream: () => string,
): CallResult | Promise<CallResult> {
  if (result.type === "json") checkAnswer(result, endpoint, upstream);
  else if (result.type === "stream") return commitStream(result, endpoint, upstream);
  return result;
}

function routeTarget(
  target: TerminalNode,
  state: RequestState,
  request: GatewayRequest,
  parent: HookContextImpl,
): RouteTarget {
  return {
    id: target.id,
    plugin: target.plugin,
    kind: target.kind,
    invoke: (options) =>
      callTerminal(target, state, options?.request ?? request, options?.signal ?? parent.cancellation),
  };
}

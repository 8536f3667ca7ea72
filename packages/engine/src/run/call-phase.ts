/**
 * The terminal: runs the entry provider or router's `call` hook. A router's targets are handed to
 * it as `invoke()` functions that run the target's own `call` hook the same way (so strategies
 * nest). Time spent in leaf providers is counted as upstream time, not gateway overhead.
 */
import type { AbortSignalLike, CallResult, GatewayRequest, RouteTarget } from "@aigw/plugin-api";
import type { TerminalNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { invokeHook } from "./invoke.js";
import { type RequestState, roundMs } from "./request-state.js";

/** Calls a terminal; rejects with a located `GatewayError` when it fails. */
export async function callTerminal(
  terminal: TerminalNode,
  state: RequestState,
  request: GatewayRequest,
  signal?: AbortSignalLike,
): Promise<CallResult> {
  const ctx = new HookContextImpl(state, terminal, request, signal, terminal.timeoutMs !== undefined);
  const leaf = terminal.targets.length === 0;
  if (!leaf) ctx.targets = terminal.targets.map((target) => routeTarget(target, state, request, ctx));
  const start = state.now();
  const call = terminal.instance.call!;
  const before = state.annotations.servedBy;
  const outcome = await invokeHook(state, terminal, "call", ctx, () => call.call(terminal.instance, ctx));
  if (leaf) {
    // A provider may name what really served the call (a preset, a forced upstream model) by
    // setting `servedBy`; otherwise the node's plugin and the requested model stand.
    const refined = state.annotations.servedBy !== before ? state.annotations.servedBy : undefined;
    const servedBy = refined ?? { provider: terminal.plugin, model: request.model, node: terminal.id };
    // Every upstream attempt lands in the record, whoever made it (the pipeline or a router).
    const durationMs = state.now() - start;
    state.upstreamMs += durationMs;
    state.annotations.route.push({
      target: terminal.id,
      provider: servedBy.provider,
      model: servedBy.model,
      status: outcome.ok ? outcome.value.status : outcome.error.status,
      durationMs: roundMs(durationMs),
      error: outcome.ok ? undefined : outcome.error.code,
    });
    state.annotations.servedBy = outcome.ok ? servedBy : before;
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
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

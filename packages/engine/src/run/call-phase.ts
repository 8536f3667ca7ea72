/**
 * The terminal: runs the entry provider or router's `call` hook. A router's targets are handed to
 * it as `invoke()` functions that run the target's own `call` hook the same way (so strategies
 * nest). Time spent in leaf providers is counted as upstream time, not gateway overhead.
 */
import type { CallResult, GatewayRequest, RouteTarget } from "@aigw/plugin-api";
import type { TerminalNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { invokeHook } from "./invoke.js";
import type { RequestState } from "./request-state.js";

/** Calls a terminal; rejects with a located `GatewayError` when it fails. */
export async function callTerminal(
  terminal: TerminalNode,
  state: RequestState,
  request: GatewayRequest,
  signal?: AbortSignal,
): Promise<CallResult> {
  const ctx = new HookContextImpl(state, terminal, request, signal, terminal.timeoutMs !== undefined);
  const leaf = terminal.targets.length === 0;
  if (!leaf) ctx.targets = terminal.targets.map((target) => routeTarget(target, state, request, ctx));
  const start = state.now();
  const call = terminal.instance.call!;
  const outcome = await invokeHook(state, terminal, "call", ctx, () => call.call(terminal.instance, ctx));
  if (leaf) {
    // Every upstream attempt lands in the record, whoever made it (the pipeline or a router).
    const durationMs = state.now() - start;
    state.upstreamMs += durationMs;
    state.annotations.route.push({
      target: terminal.id,
      provider: terminal.plugin,
      model: request.model,
      status: outcome.ok ? outcome.value.status : outcome.error.status,
      durationMs,
      error: outcome.ok ? undefined : outcome.error.code,
    });
  }
  if (!outcome.ok) throw outcome.error;
  if (leaf)
    state.annotations.servedBy = { provider: terminal.plugin, model: request.model, node: terminal.id };
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
      callTerminal(target, state, options?.request ?? request, options?.signal ?? parent.signal),
  };
}

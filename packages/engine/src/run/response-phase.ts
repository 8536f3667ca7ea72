/**
 * The way back. Response hooks of the nodes whose request step went on run in reverse plan order
 * (the onion: the node nearest the terminal sees the answer first); for streams, chunk hooks run
 * the same way on every chunk. A deny becomes the client's error; a failure is open or closed as
 * the node says.
 */
import {
  type CallResult,
  type ChunkStep,
  GatewayError,
  type GatewayRequest,
  type ResponseStep,
  type StreamChunk,
  type StreamResult,
  wrapPluginError,
} from "@aigw/plugin-api";
import type { ExecutionPlan, RequestNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { invokeHook, isPromiseLike } from "./invoke.js";
import type { NodeResult } from "./request-phase.js";
import type { RequestState } from "./request-state.js";

function entered(order: readonly number[], results: readonly (NodeResult | undefined)[]): number[] {
  return order.filter((i) => results[i]?.type === "continue");
}

function denied(
  step: {
    code: GatewayError["code"];
    message: string;
    param?: string | undefined;
    status?: number | undefined;
    headers?: Record<string, string> | undefined;
  },
  node: RequestNode,
  hook: string,
): GatewayError {
  return new GatewayError(step.code, step.message, {
    param: step.param ?? null,
    status: step.status,
    headers: step.headers,
    plugin: node.plugin,
    node: node.id,
    hook,
  });
}

/** Runs response hooks; resolves to the final result or rejects with the client's error. */
export async function runResponsePhase(
  plan: ExecutionPlan,
  state: RequestState,
  results: readonly (NodeResult | undefined)[],
  result: CallResult,
): Promise<CallResult> {
  const nodes = entered(plan.responseOrder, results).map((i) => plan.nodes[i]!);
  let current = await applyResponseHooks(nodes, state, state.request, result);
  if (current.type === "stream") current = withChunkHooks(plan, state, results, current);
  return current;
}

/**
 * Passes an answer through the response hooks of `nodes`, in order: each may replace it or deny
 * it (the denial becomes a located `GatewayError`); a failing hook is skipped when its node fails
 * open. Shared by the way back and by the checks of each upstream attempt.
 */
export async function applyResponseHooks(
  nodes: readonly RequestNode[],
  state: RequestState,
  request: GatewayRequest,
  result: CallResult,
): Promise<CallResult> {
  let current = result;
  for (const node of nodes) {
    const hook = node.instance.response!;
    const ctx = new HookContextImpl(state, node, request, undefined, node.timeoutMs !== undefined);
    const subject = current;
    const outcome = await invokeHook<ResponseStep>(state, node, "response", ctx, () =>
      hook.call(node.instance, subject, ctx),
    );
    if (!outcome.ok) {
      if (node.failOpen) continue;
      throw outcome.error;
    }
    const step = outcome.value;
    if (!step) continue;
    if (step.kind === "replace") current = step.result;
    else if (step.kind === "deny") throw denied(step, node, "response");
  }
  return current;
}

/** Wraps a stream so every chunk passes the chunk hooks; no wrapper when no node has one. */
function withChunkHooks(
  plan: ExecutionPlan,
  state: RequestState,
  results: readonly (NodeResult | undefined)[],
  stream: StreamResult,
): StreamResult {
  const order = entered(plan.chunkOrder, results);
  if (order.length === 0) return stream;
  const steps = order.map((i) => {
    const node = plan.nodes[i]!;
    return {
      node,
      hook: node.instance.chunk!,
      ctx: new HookContextImpl(state, node, state.request, undefined, node.timeoutMs !== undefined),
    };
  });
  async function* chunks(): AsyncGenerator<StreamChunk> {
    for await (const original of stream.chunks) {
      let chunk: StreamChunk | undefined = original;
      for (const { node, hook, ctx } of steps) {
        let step: ChunkStep;
        try {
          const value: ChunkStep | Promise<ChunkStep> = hook.call(node.instance, chunk, ctx);
          step = isPromiseLike<ChunkStep>(value) ? await value : value;
        } catch (thrown) {
          if (node.failOpen) continue;
          throw wrapPluginError(thrown, { plugin: node.plugin, node: node.id, hook: "chunk" });
        }
        if (!step) continue;
        if (step.kind === "replace") chunk = step.chunk;
        else if (step.kind === "drop") {
          chunk = undefined;
          break;
        } else if (step.kind === "deny") throw denied(step, node, "chunk");
      }
      if (chunk) yield chunk;
    }
  }
  return { ...stream, chunks: chunks() };
}

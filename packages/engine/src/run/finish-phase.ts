/**
 * After the client has its answer: builds the finished record and runs every `finish` hook at
 * once, off the critical path. An observer's failure is logged and never reaches the client.
 */
import type { FinishedRequest, GatewayError, RequestOutcome } from "@aigw/plugin-api";
import type { ExecutionPlan, PlanNodeBase, RequestNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { invokeHook } from "./invoke.js";
import { type RequestState, roundMs } from "./request-state.js";

export interface Ending {
  status: number;
  outcome: RequestOutcome;
  error?: GatewayError | undefined;
}

export function finishedRecord(state: RequestState, ending: Ending): FinishedRequest {
  const request = state.request;
  const error = ending.error;
  return {
    requestId: state.requestId,
    startedAt: state.startedAt,
    durationMs: roundMs(state.now() - state.t0),
    ttfbMs: state.firstByteAt === undefined ? undefined : roundMs(state.firstByteAt - state.t0),
    endpoint: request.endpoint,
    path: request.path,
    model: request.model,
    stream: request.stream,
    config: state.config,
    status: ending.status,
    outcome: ending.outcome,
    endedBy: state.endedBy,
    error: error && {
      code: error.code,
      message: error.message,
      plugin: error.plugin,
      node: error.node,
      hook: error.hook,
    },
    timings: state.timings,
    annotations: state.annotations,
  };
}

/** An observer whose `when` did not hold for this request does not observe it either. */
function skippedByCondition(node: PlanNodeBase, state: RequestState): boolean {
  if (!("when" in node) || !node.when) return false;
  const requestNode = node as RequestNode;
  const result = state.results?.[requestNode.index];
  if (result) return result.type === "skipped";
  return !requestNode.when!({ request: state.request, annotations: state.annotations });
}

/** Runs all observers in parallel; resolves when every one has settled. */
export async function runFinishPhase(
  plan: ExecutionPlan,
  state: RequestState,
  ending: Ending,
): Promise<void> {
  if (plan.observers.length === 0) return;
  const record = finishedRecord(state, ending);
  await Promise.all(
    plan.observers
      .filter((node) => !skippedByCondition(node, state))
      .map(async (node) => {
        const ctx = new HookContextImpl(state, node, state.request, undefined, node.timeoutMs !== undefined);
        const outcome = await invokeHook(state, node, "finish", ctx, () =>
          node.instance.finish!.call(node.instance, record, ctx),
        );
        if (!outcome.ok)
          node.logger.error(
            { requestId: state.requestId, err: outcome.error.cause ?? outcome.error },
            "finish hook failed",
          );
      }),
  );
}

/**
 * After the client has its answer: builds the finished record and runs every `finish` hook at
 * once, off the critical path. An observer's failure is logged and never reaches the client.
 */
import type { FinishedRequest, GatewayError, RequestOutcome } from "@aigw/plugin-api";
import type { ExecutionPlan, PlanNodeBase, RequestNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { type HookOutcome, invokeHook } from "./invoke.js";
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
    durationMs: roundMs((state.endedAt ?? state.now()) - state.t0),
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

/**
 * Runs all observers at once; settles when every one has. Synchronous when every observer's
 * hook was (a logger that only queues a line): no promise per request then.
 */
export function runFinishPhase(
  plan: ExecutionPlan,
  state: RequestState,
  ending: Ending,
): void | Promise<void> {
  if (plan.observers.length === 0) return;
  const record = finishedRecord(state, ending);
  let pending: Promise<void>[] | undefined;
  for (const node of plan.observers) {
    if (skippedByCondition(node, state)) continue;
    const ctx = new HookContextImpl(state, node, state.request, undefined, node.timeoutMs !== undefined);
    const outcome = invokeHook(state, node, "finish", ctx, () =>
      node.instance.finish!.call(node.instance, record, ctx),
    );
    if (outcome instanceof Promise) {
      pending ??= [];
      pending.push(outcome.then((o) => reportFailure(node, state, o)));
    } else reportFailure(node, state, outcome);
  }
  if (pending) return Promise.all(pending).then(() => undefined);
}

function reportFailure(node: PlanNodeBase, state: RequestState, outcome: HookOutcome<unknown>): void {
  if (!outcome.ok)
    node.logger.error(
      { requestId: state.requestId, err: outcome.error.cause ?? outcome.error },
      "finish hook failed",
    );
}

/**
 * After the client has its answer: builds the request record (record/build-record.ts) and runs
 * every `finish` hook at once, off the critical path. An observer's failure is logged and never
 * reaches the client.
 */
import type { ExecutionPlan, PlanNodeBase, RequestNode } from "../plan/plan.js";
import type { BodyCapture } from "../record/bodies.js";
import { buildRecord, type Ending } from "../record/build-record.js";
import { orderVerdicts } from "../record/order-verdicts.js";
import { HookContextImpl } from "./hook-context.js";
import { type HookOutcome, invokeHook } from "./invoke.js";
import type { RequestState } from "./request-state.js";

export type { Ending } from "../record/build-record.js";

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
  bodies?: BodyCapture,
): void | Promise<void> {
  if (plan.observers.length === 0) return;
  orderVerdicts(plan, state.annotations.guardrails);
  const record = buildRecord(state, ending, bodies);
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

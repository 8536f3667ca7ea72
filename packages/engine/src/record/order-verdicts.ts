/**
 * The record lists guardrail verdicts in the order the request met them: by phase (input, then
 * the answer), then by the node's place in the plan, then in the order each node gave them (its
 * checks' order). Concurrent guardrails add theirs in whatever order they finish, so the list is
 * put in this order once, before the record is built.
 */
import type { GuardrailVerdict } from "@aigw/plugin-api";
import type { ExecutionPlan } from "../plan/plan.js";

const PHASE_RANK: Readonly<Record<GuardrailVerdict["phase"], number>> = { input: 0, output: 1, stream: 1 };

/** Each plan's node positions by id, built once per plan. */
const positions = new WeakMap<ExecutionPlan, ReadonlyMap<string, number>>();

function positionsOf(plan: ExecutionPlan): ReadonlyMap<string, number> {
  let map = positions.get(plan);
  if (!map) {
    map = new Map(plan.nodes.map((node) => [node.id, node.index]));
    positions.set(plan, map);
  }
  return map;
}

/** Sorts `verdicts` in place (stable: a node's own order is kept). */
export function orderVerdicts(plan: ExecutionPlan, verdicts: GuardrailVerdict[]): void {
  if (verdicts.length < 2) return;
  const position = positionsOf(plan);
  // A node of a config the request was handed off from ran before this plan's nodes.
  const rank = (v: GuardrailVerdict) => PHASE_RANK[v.phase] * 1e6 + (position.get(v.node) ?? -1);
  verdicts.sort((a, b) => rank(a) - rank(b));
}

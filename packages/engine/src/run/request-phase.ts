/**
 * The request side of the DAG. Each node starts as soon as everything it needs has finished, so
 * independent nodes run concurrently. The outcome never depends on which finished first: the
 * earliest node in plan order that ends the request (respond, deny, fail closed) wins; nodes
 * after it are aborted, nodes before it still finish (an auth denial beats a faster cache hit);
 * body patches apply in plan order, and each node sees only its ancestors' patches. Two nodes that
 * ran concurrently and changed the same field would lose the earlier one's change (a later merge
 * patch replaces the field whole: two guardrails masking the same messages), so a node whose patch
 * overlaps an earlier concurrent node's runs again on the request with that patch applied, as if
 * it had needed it; its dependents start once that is settled. A hand-off to
 * another config ends the phase as an answer would (the engine then runs that config's plan); a
 * hand-off to the config already running is a plain continue.
 */
import {
  type CallResult,
  type Continue,
  type Denial,
  GatewayError,
  type GatewayRequest,
  type RequestStep,
} from "@aigw/plugin-api";
import type { ExecutionPlan, RequestNode } from "../plan/plan.js";
import { HookContextImpl } from "./hook-context.js";
import { type HookOutcome, invokeHook } from "./invoke.js";
import { patchesOverlap } from "./patch-overlap.js";
import { withPatches } from "./patch-request.js";
import type { RequestState } from "./request-state.js";

/** How a node's request step ended. */
export type NodeResult =
  | { type: "continue"; patch: Continue["patch"] }
  | { type: "skipped" }
  | { type: "respond"; result: CallResult }
  | { type: "error"; error: GatewayError }
  | { type: "handoff"; config: string }
  | { type: "aborted" };

export interface RequestPhaseOutcome {
  /** The request the terminal gets (all patches applied in plan order). */
  request: GatewayRequest;
  /** Per plan index: how each node's step ended (undefined: never started). */
  results: (NodeResult | undefined)[];
  /** The plan index that ended the request, or -1. */
  endIndex: number;
}

const CONTINUE: NodeResult = { type: "continue", patch: undefined };
const SKIPPED: NodeResult = { type: "skipped" };
const ABORTED: NodeResult = { type: "aborted" };

function denialError(denial: Denial, node: RequestNode): GatewayError {
  return new GatewayError(denial.code, denial.message, {
    param: denial.param ?? null,
    status: denial.status,
    headers: denial.headers,
    plugin: node.plugin,
    node: node.id,
    hook: "request",
  });
}

function toResult(step: RequestStep, node: RequestNode, running: string): NodeResult {
  if (!step) return CONTINUE;
  switch (step.kind) {
    case "handoff":
      return step.config === running ? CONTINUE : { type: "handoff", config: step.config };
    case "continue":
      return step.patch ? { type: "continue", patch: step.patch } : CONTINUE;
    case "respond":
      return { type: "respond", result: step.result };
    case "deny":
      return { type: "error", error: denialError(step, node) };
    default:
      return {
        type: "error",
        error: new GatewayError("plugin_failed", `Node "${node.id}" returned an unknown request step.`, {
          plugin: node.plugin,
          node: node.id,
          hook: "request",
        }),
      };
  }
}

class RequestPhase {
  readonly results: (NodeResult | undefined)[];
  private readonly pending: Int32Array;
  private readonly contexts: (HookContextImpl | undefined)[];
  private endIndex = Number.POSITIVE_INFINITY;
  /** Plan indices whose hook is still running. */
  private readonly running = new Set<number>();
  private anyPatch = false;
  private finish: (() => void) | undefined;
  /** Nodes that patched and wait for earlier concurrent nodes before their dependents start. */
  private readonly held: number[] = [];
  /** Nodes that ran again on an earlier concurrent node's patch (made when one first does). */
  private reran: Set<number> | undefined;
  private releasing = false;

  constructor(
    private readonly plan: ExecutionPlan,
    private readonly state: RequestState,
  ) {
    this.results = new Array(plan.nodes.length);
    this.contexts = new Array(plan.nodes.length);
    this.pending = plan.depCounts.slice();
  }

  run(): void | Promise<void> {
    for (const root of this.plan.roots) this.start(root);
    if (this.settled()) return;
    return new Promise<void>((resolve) => {
      this.finish = resolve;
    });
  }

  outcome(): RequestPhaseOutcome {
    const endIndex = Number.isFinite(this.endIndex) ? this.endIndex : -1;
    return { request: this.requestFor(undefined), results: this.results, endIndex };
  }

  /** The request with the patches of `ancestors` (or of every node) applied in plan order. */
  private requestFor(ancestors: readonly number[] | undefined): GatewayRequest {
    const base = this.state.request;
    if (!this.anyPatch) return base;
    const patches = [];
    const indices = ancestors ?? this.results.keys();
    for (const i of indices) {
      const r = this.results[i];
      if (r?.type === "continue" && r.patch) patches.push(r.patch);
    }
    return patches.length === 0 ? base : withPatches(base, patches);
  }

  private start(i: number): void {
    const node = this.plan.nodes[i]!;
    if (i > this.endIndex) return;
    const hook = node.instance.request;
    if (node.when) {
      const view = this.requestFor(node.ancestors);
      if (!node.when({ request: view, annotations: this.state.annotations })) {
        this.state.time(node.id, "request", this.state.now(), "skipped");
        this.complete(i, SKIPPED);
        return;
      }
    }
    if (!hook) {
      this.complete(i, CONTINUE);
      return;
    }
    this.invoke(i, node, this.requestFor(node.ancestors));
  }

  /** Runs node `i`'s request hook on `request`; settles it now or when its promise does. */
  private invoke(i: number, node: RequestNode, request: GatewayRequest): void {
    const hook = node.instance.request!;
    const ctx = new HookContextImpl(this.state, node, request);
    this.contexts[i] = ctx;
    const outcome = invokeHook(
      this.state,
      node,
      "request",
      ctx,
      () => hook.call(node.instance, ctx),
      (o) => settleOutcome(o, node, this.state.config),
    );
    if (outcome instanceof Promise) {
      this.running.add(i);
      outcome.then((o) => {
        this.running.delete(i);
        this.settle(i, node, o);
        if (this.finish && this.settled()) {
          const finish = this.finish;
          this.finish = undefined;
          finish();
        }
      });
    } else {
      this.settle(i, node, outcome);
    }
  }

  private settle(i: number, node: RequestNode, outcome: HookOutcome<RequestStep>): void {
    if (i > this.endIndex) {
      this.results[i] = ABORTED;
      return;
    }
    if (outcome.ok) this.complete(i, toResult(outcome.value, node, this.state.config));
    else if (node.failOpen) {
      node.logger.warn(
        {
          requestId: this.state.requestId,
          err: outcome.error.cause ?? outcome.error,
          code: outcome.error.code,
        },
        "node failed open",
      );
      this.complete(i, CONTINUE);
    } else this.complete(i, { type: "error", error: outcome.error });
  }

  private complete(i: number, result: NodeResult): void {
    this.results[i] = result;
    if (result.type === "continue" && result.patch) {
      this.anyPatch = true;
      // Nodes before it that it does not need ran beside it: its patch may overlap theirs.
      if (!this.reran?.has(i) && this.plan.nodes[i]!.ancestors.length < i) {
        this.held.push(i);
        this.held.sort((a, b) => a - b);
        this.releaseHeld();
        return;
      }
    }
    if (result.type === "respond" || result.type === "error" || result.type === "handoff") {
      this.endIndex = Math.min(this.endIndex, i);
      this.abortAfter(i);
    }
    this.release(i);
  }

  /** Starts the dependents of node `i` whose needs are now all met. */
  private release(i: number): void {
    const node = this.plan.nodes[i]!;
    for (const j of node.dependents) {
      if (--this.pending[j]! === 0) this.start(j);
    }
    this.releaseHeld();
  }

  /**
   * Settles the held nodes, in plan order, whose earlier concurrent nodes have all settled: one
   * whose patch overlaps theirs runs again on the request with their patches, the others release
   * their dependents.
   */
  private releaseHeld(): void {
    if (this.releasing || this.held.length === 0) return;
    this.releasing = true;
    try {
      for (let progressed = true; progressed; ) {
        progressed = false;
        for (let h = 0; h < this.held.length; h++) {
          const i = this.held[h]!;
          if (i > this.endIndex) {
            this.held.splice(h--, 1);
            continue;
          }
          const before = this.concurrentBefore(i);
          if (!before.every((k) => this.isReleased(k))) continue;
          this.held.splice(h--, 1);
          progressed = true;
          const mine = (this.results[i] as { patch: Continue["patch"] }).patch!;
          const overlaps = before.some((k) => {
            const other = this.results[k];
            return (
              other?.type === "continue" && other.patch !== undefined && patchesOverlap(other.patch, mine)
            );
          });
          if (overlaps) {
            this.reran ??= new Set();
            this.reran.add(i);
            this.invoke(i, this.plan.nodes[i]!, this.requestFor(this.before(i)));
          } else {
            // Nested calls return at once; this loop goes round again for what they would do.
            this.release(i);
          }
        }
      }
    } finally {
      this.releasing = false;
    }
  }

  /** Whether node `k` has settled and released its dependents (not running, not held). */
  private isReleased(k: number): boolean {
    return this.results[k] !== undefined && !this.running.has(k) && !this.held.includes(k);
  }

  /** The plan indices before `i` that `i` does not need. */
  private concurrentBefore(i: number): number[] {
    const ancestors = this.plan.nodes[i]!.ancestors;
    const out: number[] = [];
    for (let k = 0, a = 0; k < i; k++) {
      if (ancestors[a] === k) a++;
      else out.push(k);
    }
    return out;
  }

  /** Every plan index before `i`. */
  private before(i: number): number[] {
    return Array.from({ length: i }, (_, k) => k);
  }

  /** Done when nothing that can still change the outcome runs (aborted nodes are not awaited). */
  private settled(): boolean {
    for (const i of this.running) if (i < this.endIndex) return false;
    for (const i of this.held) if (i < this.endIndex) return false;
    return true;
  }

  /** Nodes after the one that ended the request cannot change the outcome: stop them. */
  private abortAfter(i: number): void {
    for (let j = i + 1; j < this.contexts.length; j++) {
      const ctx = this.contexts[j];
      if (ctx && this.results[j] === undefined)
        ctx.abort(new GatewayError("client_closed", "The request was ended by an earlier node."));
    }
  }
}

function settleOutcome(o: HookOutcome<RequestStep>, node: RequestNode, running: string) {
  if (!o.ok) return o.timedOut ? "timeout" : node.failOpen ? "failed_open" : "error";
  const step = o.value;
  if (!step) return "ok";
  if (step.kind === "handoff") return step.config === running ? "ok" : "ended";
  return step.kind === "respond" || step.kind === "deny" ? "ended" : "ok";
}

/** Per plan with no request hooks: every node simply went on. */
const allContinue = new WeakMap<ExecutionPlan, NodeResult[]>();

/** Runs the request side of the plan. */
export function runRequestPhase(
  plan: ExecutionPlan,
  state: RequestState,
): RequestPhaseOutcome | Promise<RequestPhaseOutcome> {
  if (!plan.hasRequestHooks) {
    let results = allContinue.get(plan);
    if (!results) {
      results = plan.nodes.map(() => CONTINUE);
      allContinue.set(plan, results);
    }
    return { request: state.request, results, endIndex: -1 };
  }
  const phase = new RequestPhase(plan, state);
  const done = phase.run();
  if (done) return done.then(() => phase.outcome());
  return phase.outcome();
}

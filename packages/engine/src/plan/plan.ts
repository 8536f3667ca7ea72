/**
 * The execution plan of one pipeline, built once: nodes in plan order with their hooks, edges as
 * indices, ancestors (whose patches a node sees), compiled conditions, bound loggers and stores,
 * and the terminals with their targets resolved. Requests only walk this structure.
 */
import type { CompiledCondition, KeyValueStore, Logger, PluginInstance, PluginKind } from "@aigw/plugin-api";

export interface PlanNodeBase {
  readonly id: string;
  readonly plugin: string;
  readonly kind: PluginKind;
  readonly instance: PluginInstance;
  readonly timeoutMs: number | undefined;
  readonly failOpen: boolean;
  readonly logger: Logger;
  readonly store: KeyValueStore;
  /** The terminals this node may call as services (`uses`), resolved once terminals exist. */
  uses: ReadonlyMap<string, TerminalNode> | undefined;
}

/** A node that runs before the terminal (auth, guardrails, cache, transforms, observers). */
export interface RequestNode extends PlanNodeBase {
  /** Position in plan order. */
  readonly index: number;
  readonly when: CompiledCondition | undefined;
  readonly deps: readonly number[];
  readonly dependents: readonly number[];
  /** Every node this one transitively needs, ascending plan order. */
  readonly ancestors: readonly number[];
  /** Its response hook runs on every upstream answer (inside the attempt), not on the final one. */
  readonly onAttempt: boolean;
}

/** A provider or router. */
export interface TerminalNode extends PlanNodeBase {
  /** Resolved after all terminals exist (routers only). */
  targets: TerminalNode[];
}

export interface ExecutionPlan {
  readonly name: string;
  readonly nodes: readonly RequestNode[];
  readonly roots: readonly number[];
  readonly depCounts: Int32Array;
  readonly entry: TerminalNode;
  readonly terminals: readonly TerminalNode[];
  /** Plan indices of nodes with a response hook, in the order they run (reverse plan order). */
  readonly responseOrder: readonly number[];
  /** Plan indices of `onAttempt` nodes, in the order they check each upstream answer. */
  readonly attemptOrder: readonly number[];
  /** Plan indices of nodes with a chunk hook, in the order they run (reverse plan order). */
  readonly chunkOrder: readonly number[];
  /** Whether any node has a request hook (else the request phase is skipped entirely). */
  readonly hasRequestHooks: boolean;
  /** Nodes and terminals with a finish hook. */
  readonly observers: readonly PlanNodeBase[];
  /** Every instance, for close() at shutdown. */
  readonly instances: readonly PluginInstance[];
}

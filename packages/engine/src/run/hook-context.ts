/**
 * The context object handed to hooks. Cheap to create per node per request: the per-node abort
 * abort and the request-bound logger are made only if the hook touches them.
 */
import {
  type AbortSignalLike,
  type CallContext,
  type ErrorCode,
  GatewayError,
  type GatewayErrorOptions,
  type GatewayRequest,
  type KeyValueStore,
  LazyAbort,
  type Logger,
  type RequestAnnotations,
  type RouteTarget,
  type Services,
} from "@aigw/plugin-api";
import type { PlanNodeBase } from "../plan/plan.js";
import { callTerminal } from "./call-phase.js";
import type { RequestState } from "./request-state.js";

export class HookContextImpl implements CallContext {
  private own: LazyAbort | undefined;
  private boundLogger: Logger | undefined;
  targets: readonly RouteTarget[] = [];

  constructor(
    private readonly state: RequestState,
    private readonly planNode: PlanNodeBase,
    public request: GatewayRequest,
    private readonly parent: AbortSignalLike | undefined = undefined,
    /** Whether this node may be aborted on its own (timeout, or a sibling ending the request). */
    private readonly ownAbort = true,
  ) {}

  get requestId(): string {
    return this.state.requestId;
  }
  get node(): string {
    return this.planNode.id;
  }
  get plugin(): string {
    return this.planNode.plugin;
  }
  get config(): string {
    return this.state.config;
  }
  get store(): KeyValueStore {
    return this.planNode.store;
  }
  get services(): Services {
    return this.state.services;
  }
  get annotations(): RequestAnnotations {
    return this.state.annotations;
  }

  get signal(): AbortSignal {
    const shared = this.ownAbort ? undefined : this.cancellation;
    if (shared instanceof LazyAbort) return shared.signal;
    if (shared instanceof AbortSignal) return shared;
    return this.ownCancellation().signal;
  }

  get cancellation(): AbortSignalLike {
    // A node that can never be aborted on its own (no timeout, not in the concurrent request
    // phase) shares its parent's abort instead of making one of its own.
    return this.ownAbort ? this.ownCancellation() : (this.parent ?? this.state.cancellation);
  }

  get logger(): Logger {
    this.boundLogger ??= this.planNode.logger.child({ requestId: this.state.requestId });
    return this.boundLogger;
  }

  /** Aborts this node's work only (timeout, or a sibling ended the request). */
  abort(reason: unknown): void {
    if (this.ownAbort) this.ownCancellation().abort(reason);
  }

  private ownCancellation(): LazyAbort {
    this.own ??= new LazyAbort(this.parent ?? this.state.cancellation);
    return this.own;
  }

  setHeader(name: string, value: string): void {
    this.state.headers ??= {};
    this.state.headers[name.toLowerCase()] = value;
  }

  setUpstreamHeader(name: string, value: string): void {
    this.state.setUpstreamHeader(name, value);
  }

  uses(id: string): RouteTarget {
    const target = this.planNode.uses?.get(id);
    if (!target) {
      return this.error(
        "plugin_failed",
        `node "${this.planNode.id}" calls "${id}", which is not in its uses`,
      );
    }
    return {
      id: target.id,
      plugin: target.plugin,
      kind: target.kind,
      invoke: (options) =>
        callTerminal(
          target,
          this.state,
          options?.request ?? this.request,
          options?.signal ?? this.cancellation,
          true,
        ),
    };
  }

  error(code: ErrorCode, message: string, options: GatewayErrorOptions = {}): never {
    throw new GatewayError(code, message, {
      ...options,
      plugin: this.planNode.plugin,
      node: this.planNode.id,
    });
  }
}

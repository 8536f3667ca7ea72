/**
 * The context object handed to hooks. Cheap to create per node per request: the per-node abort
 * controller and the request-bound logger are made only if the hook touches them.
 */
import {
  type CallContext,
  type ErrorCode,
  GatewayError,
  type GatewayErrorOptions,
  type GatewayRequest,
  type KeyValueStore,
  type Logger,
  type RequestAnnotations,
  type RouteTarget,
  type Services,
} from "@aigw/plugin-api";
import type { PlanNodeBase } from "../plan/plan.js";
import type { RequestState } from "./request-state.js";

export class HookContextImpl implements CallContext {
  private controller: AbortController | undefined;
  private boundLogger: Logger | undefined;
  targets: readonly RouteTarget[] = [];

  constructor(
    private readonly state: RequestState,
    private readonly planNode: PlanNodeBase,
    public request: GatewayRequest,
    private readonly parentSignal: AbortSignal | undefined = undefined,
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
    // A node that can never be aborted on its own (no timeout, not in the concurrent request
    // phase) shares its parent's signal instead of paying for a controller of its own.
    if (!this.ownAbort) return this.parentSignal ?? this.state.signal;
    if (!this.controller) {
      this.controller = new AbortController();
      const parent = this.parentSignal ?? this.state.signal;
      if (parent.aborted) this.controller.abort(parent.reason);
      else {
        const own = this.controller;
        // No `{ signal }` unhooking (~20 µs on Node 20): the parent lives no longer than the request.
        parent.addEventListener("abort", () => own.abort(parent.reason), { once: true });
      }
    }
    return this.controller.signal;
  }

  get logger(): Logger {
    this.boundLogger ??= this.planNode.logger.child({ requestId: this.state.requestId });
    return this.boundLogger;
  }

  /** Aborts this node's work only (timeout, or a sibling ended the request). */
  abort(reason: unknown): void {
    if (this.controller && !this.controller.signal.aborted) this.controller.abort(reason);
  }

  error(code: ErrorCode, message: string, options: GatewayErrorOptions = {}): never {
    throw new GatewayError(code, message, {
      ...options,
      plugin: this.planNode.plugin,
      node: this.planNode.id,
    });
  }
}

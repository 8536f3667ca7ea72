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
    private readonly parentSignal: AbortSignal = state.signal,
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
    if (!this.controller) {
      this.controller = new AbortController();
      const parent = this.parentSignal;
      if (parent.aborted) this.controller.abort(parent.reason);
      else {
        const own = this.controller;
        parent.addEventListener("abort", () => own.abort(parent.reason), { once: true, signal: own.signal });
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

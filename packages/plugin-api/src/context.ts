/**
 * The typed context each hook receives: the request, the node's logger and store, the request
 * id, an AbortSignal, the record being written, the services, and error helpers that never
 * return. A router's `call` context also carries its targets.
 */
import type { ErrorCode, GatewayErrorOptions } from "./errors.js";
import type { RequestAnnotations } from "./record.js";
import type { GatewayRequest } from "./request.js";
import type { CallResult } from "./result.js";
import type { AbortSignalLike, KeyValueStore, Logger, Services } from "./services.js";

/** What every hook can see and use. */
export interface HookContext {
  readonly requestId: string;
  /** The node id in the pipeline. */
  readonly node: string;
  /** The plugin's manifest name. */
  readonly plugin: string;
  /** The named config running this request (`default` for the main pipeline). */
  readonly config: string;
  /** The request as this node sees it (after its ancestors' patches). */
  readonly request: GatewayRequest;
  /** Aborted when the client goes away, the node times out, or a sibling ends the request. */
  readonly signal: AbortSignal;
  /**
   * The same abort as `signal`, as the cheap `AbortSignalLike` the wire helpers and the HTTP
   * client take. Prefer it there: reading `signal` makes an `AbortController`, which costs
   * microseconds per request on Node 20.
   */
  readonly cancellation: AbortSignalLike;
  /** A logger bound to plugin, node and request id. */
  readonly logger: Logger;
  /** This node's namespaced store. */
  readonly store: KeyValueStore;
  readonly services: Services;
  /** The record of this request; plugins write the parts they own. */
  readonly annotations: RequestAnnotations;
  /** Throws a `GatewayError` located at this node. */
  error(code: ErrorCode, message: string, options?: GatewayErrorOptions): never;
  /**
   * Adds a header to the client's answer (e.g. a guardrail's flag). Headers set once a stream has
   * started are not sent; the record still has what the node wrote there.
   */
  setHeader(name: string, value: string): void;
  /**
   * Adds a header to every upstream request made for this request from now on (e.g. W3C
   * `traceparent`): the HTTP client in `services` carries it, so providers need do nothing.
   */
  setUpstreamHeader(name: string, value: string): void;
  /**
   * A terminal this node declared in its `uses` (a moderation or embedding model, say), to call
   * with a request of its own. Its calls are upstream time, but not part of the request's route.
   * Throws when the node did not declare `id`.
   */
  uses(id: string): RouteTarget;
}

/** One target of a router: a provider, or another router (nested strategies). */
export interface RouteTarget {
  /** The target's node id. */
  readonly id: string;
  readonly plugin: string;
  readonly kind: string;
  /**
   * Runs the target's `call` hook (with its own timeout and error wrapping). Throws a
   * `GatewayError` with the upstream's status when the target fails.
   */
  invoke(options?: { request?: GatewayRequest; signal?: AbortSignalLike }): Promise<CallResult>;
}

/** The context of a terminal's `call` hook. */
export interface CallContext extends HookContext {
  /** A router's targets in configured order; empty for providers. */
  readonly targets: readonly RouteTarget[];
}

/** What `create()` receives once at boot. */
export interface PluginInitContext {
  readonly node: string;
  readonly plugin: string;
  readonly engineVersion: string;
  /** A logger bound to plugin and node. */
  readonly logger: Logger;
  /** This node's namespaced store. */
  readonly store: KeyValueStore;
  readonly services: Services;
  /** The ids of this node's targets (routers only). */
  readonly targets: readonly string[];
  /** The ids of the terminals this node may call through `uses()`. */
  readonly uses: readonly string[];
}

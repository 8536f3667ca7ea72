/**
 * One request's way through a running gateway: health and readiness, the route or ingress door,
 * the body, the selected plan's nodes and terminal, then the answer (rendered by
 * `http/answer.ts`) or the error, with every request handed to its observers (`run/lifecycle.ts`).
 */
import {
  type CallResult,
  type ConfigValidator,
  type DecodedRequest,
  type EncodedAnswer,
  type Endpoint,
  GatewayError,
  type GatewayRequest,
  isGatewayError,
  type Services,
} from "@aigw/plugin-api";
import type { GatewayConfig } from "@aigw/schemas";
import { routeKey } from "./config/ingress.js";
import { answerHeaders, renderAnswer } from "./http/answer.js";
import {
  type Answer,
  callFromRequest,
  doorSignal,
  type IncomingCall,
  jsonAnswer,
  responseOf,
} from "./http/call.js";
import { type DoorIndex, decodeAtDoor, encodeAtDoor, ingressContext } from "./http/ingress-doors.js";
import { listModels } from "./http/models.js";
import { type IngressLimits, parseOpenAIRequest, routeFor } from "./http/openai-ingress.js";
import { renderError, StreamFailure, tapFailures } from "./http/render.js";
import type { ServedRoutes } from "./http/served-routes.js";
import type { OverrideResolver } from "./override.js";
import type { ExecutionPlan } from "./plan/plan.js";
import type { BodyCapture } from "./record/bodies.js";
import { callTerminal } from "./run/call-phase.js";
import { logFailure } from "./run/failure-log.js";
import { Lifecycle } from "./run/lifecycle.js";
import { runRequestPhase } from "./run/request-phase.js";
import { RequestState } from "./run/request-state.js";
import { runResponsePhase } from "./run/response-phase.js";

/** A running gateway. */
export interface Gateway {
  /**
   * Serves one HTTP request. A bound function: `export default { fetch: gateway.fetch }` works as
   * it is (Bun, Deno, Cloudflare-style hosts call it detached).
   */
  readonly fetch: (request: Request) => Promise<Response>;
  /**
   * Serves one request given as plain parts: the fast path for runtimes that would otherwise
   * build a WHATWG Request and Response per call (Node). Never rejects: failures are answers.
   * Bound, like `fetch`.
   */
  readonly handle: (call: IncomingCall) => Promise<Answer>;
  /** Resolves once no request, stream or observer is running (does not stop new requests). */
  idle(): Promise<void>;
  /** Stops taking requests, waits for in-flight requests, streams and observers (or the timeout). */
  drain(timeoutMs?: number): Promise<void>;
  /** Drains, then closes plugins, stores and the HTTP client. */
  close(timeoutMs?: number): Promise<void>;
  readonly config: GatewayConfig;
  readonly services: Services;
  /** Requests (and streams) still running. */
  readonly inflight: number;
}

const NO_STORE: Readonly<Record<string, string>> = { "cache-control": "no-store" };

export class Engine implements Gateway {
  private readonly lifecycle: Lifecycle;
  private readonly limits: IngressLimits;

  constructor(
    readonly config: GatewayConfig,
    readonly services: Services,
    private readonly plans: Map<string, ExecutionPlan>,
    private readonly overrides: OverrideResolver,
    private readonly validators: Record<Endpoint, ConfigValidator>,
    private readonly doors: DoorIndex,
    private readonly served: ServedRoutes | undefined,
    private readonly bodies: BodyCapture | undefined,
    /** Connections the gateway opened for its services (Redis), closed last. */
    private readonly connections?: { close(): Promise<void> } | undefined,
  ) {
    this.lifecycle = new Lifecycle(services.logger, bodies);
    this.limits = {
      maxBodyBytes: config.limits?.maxBodyBytes ?? 20 * 1024 * 1024,
      metadataHeader: "x-aigw-metadata",
    };
  }

  get inflight(): number {
    return this.lifecycle.active;
  }

  readonly fetch = (request: Request): Promise<Response> =>
    this.handle(callFromRequest(request, this.services.clock.monotonic())).then(responseOf);

  readonly handle = async (call: IncomingCall): Promise<Answer> => {
    const path = call.path;
    if (path === "/health") return jsonAnswer(200, { status: "ok" }, { ...NO_STORE });
    if (path === "/ready") {
      return this.lifecycle.draining
        ? jsonAnswer(503, { status: "draining" }, { ...NO_STORE, "retry-after": "1" })
        : jsonAnswer(200, { status: "ready" }, { ...NO_STORE });
    }
    if (path === "/v1/models" || path === "/models" || path.startsWith("/v1/models/"))
      return listModels(
        call,
        path,
        () => this.overrides.select(call.headers),
        (thrown) => this.toClientError(thrown, undefined),
      );
    const requestId = this.services.ids.next();
    // Plugins never serve under /v1/ (a boot rule), so API calls skip the lookup.
    if (this.served && !path.startsWith("/v1/") && this.served.serves(path))
      return this.serve(call, requestId);
    const door = this.doors.size === 0 ? undefined : this.doors.find(routeKey(path), call.method);
    const ctx = door && ingressContext(door, requestId, this.services, doorSignal(call));
    const route = door ? undefined : routeFor(path);
    const lifecycle = this.lifecycle;
    lifecycle.begin();
    let state: RequestState | undefined;
    let plan: ExecutionPlan | undefined;
    let streaming = false;
    try {
      // Refusals go through the same path as every other error, so observers log them too.
      if (!door && !route) throw new GatewayError("not_found", `Unknown path ${call.method} ${path}.`);
      if (lifecycle.draining) {
        throw new GatewayError("shutting_down", "The gateway is shutting down; retry on another instance.", {
          headers: { "retry-after": "1" },
        });
      }
      // The default plan comes back as it is: awaiting a plain value would still cost a tick.
      const selected = this.overrides.select(call.headers);
      plan = selected instanceof Promise ? await selected : selected;
      let decoded: DecodedRequest | undefined;
      let parsed: GatewayRequest;
      if (door && ctx) {
        const at = await decodeAtDoor(door, call, ctx, this.limits);
        if ("answer" in at) {
          state = this.stateOf(call, requestId, placeholderRequest(call, undefined), plan.name);
          lifecycle.observe(plan, state, { status: at.answer.status, outcome: "ok" });
          return jsonAnswer(at.answer.status, at.answer.body, { "x-request-id": requestId });
        }
        decoded = at.decoded;
        parsed = at.request;
      } else parsed = await parseOpenAIRequest(call, path, route!, this.validators, this.limits);
      state = this.stateOf(call, requestId, parsed, plan.name);
      state.requestBytes = parsed.raw?.byteLength ?? declaredLength(call.headers);
      if (door) state.ingress = door.id;
      const failure = new StreamFailure();
      let result = await this.run(plan, state);
      plan = this.answering(plan, state);
      if (this.bodies) result = this.bodies.keep(result, state);
      // Whoever encodes a stream (OpenAI's format or an ingress), the record learns of a failure.
      if (result.type === "stream") result = { ...result, chunks: tapFailures(result.chunks, failure) };
      const answer: EncodedAnswer =
        door && ctx && decoded
          ? await encodeAtDoor(door, { kind: "result", result, request: decoded }, ctx)
          : { type: "passthrough", result };
      const rendered = renderAnswer(plan, state, answer, failure, lifecycle);
      streaming = rendered.streaming;
      return rendered.answer;
    } catch (thrown) {
      const error = this.toClientError(thrown, state);
      state ??= this.stateOf(
        call,
        requestId,
        placeholderRequest(call, route?.endpoint),
        plan?.name ?? "default",
      );
      logFailure(this.services.logger, error, state);
      lifecycle.observe(plan ? this.answering(plan, state) : this.plans.get("default")!, state, {
        status: error.status,
        outcome: error.code === "client_closed" ? "client_closed" : "error",
        error,
      });
      const headers = answerHeaders(state, requestId);
      if (!door || !ctx) return renderError(error, headers);
      const answer = await encodeAtDoor(door, { kind: "error", error }, ctx);
      return answer.type === "json"
        ? jsonAnswer(answer.status, answer.body, { ...error.headers, ...answer.headers, ...headers })
        : renderError(error, headers);
    } finally {
      call.onAbort = undefined;
      if (!streaming) lifecycle.release();
    }
  };

  /** A route a plugin serves itself: no pipeline and no record, errors in OpenAI's shape. */
  private async serve(call: IncomingCall, requestId: string): Promise<Answer> {
    try {
      const answer = await this.served!.answer(call, requestId);
      answer.headers["x-request-id"] = requestId;
      return answer;
    } catch (thrown) {
      const error = isGatewayError(thrown)
        ? thrown
        : new GatewayError("internal_error", "The gateway failed to handle the request.", { cause: thrown });
      if (error.status >= 500)
        this.services.logger.error(
          { requestId, path: call.path, err: error.cause ?? error },
          "served route failed",
        );
      return renderError(error, { "x-request-id": requestId, ...NO_STORE });
    }
  }

  /** The request's state; a runtime without signals reports the client leaving through the call. */
  private stateOf(
    call: IncomingCall,
    requestId: string,
    request: GatewayRequest,
    plan: string,
  ): RequestState {
    const state = new RequestState(requestId, request, plan, this.services, call.signal, call.receivedAt);
    const door = call.onAbort;
    call.onAbort = door
      ? (reason) => {
          state.abort(reason);
          door(reason);
        }
      : (reason) => state.abort(reason);
    return state;
  }

  /**
   * Runs a parsed request through a plan: request phase, terminal, response phase; or, when a node
   * hands the request over, the named config's plan from its start.
   */
  private async run(plan: ExecutionPlan, state: RequestState): Promise<CallResult> {
    let phase = runRequestPhase(plan, state);
    if (phase instanceof Promise) phase = await phase;
    const ended = phase.endIndex >= 0 ? phase.results[phase.endIndex]! : undefined;
    if (ended?.type === "handoff")
      return this.run(this.handOff(plan, state, phase.endIndex, ended.config), state);
    state.request = phase.request;
    state.results = phase.results;
    let result: CallResult;
    if (ended) {
      state.endedBy = plan.nodes[phase.endIndex]!.id;
      keepVerdictsUpTo(plan, state, phase.endIndex);
      if (ended.type === "error") throw ended.error;
      if (ended.type !== "respond")
        throw new GatewayError("internal_error", "A node ended the request without an answer.");
      result = ended.result;
    } else {
      if (plan.attemptOrder.length > 0) {
        state.attemptChecks = plan.attemptOrder
          .filter((i) => phase.results[i]?.type === "continue")
          .map((i) => plan.nodes[i]!);
      }
      result = await callTerminal(plan.entry, state, forTerminal(plan, state.request));
    }
    if (plan.responseOrder.length === 0 && plan.chunkOrder.length === 0) return result;
    return runResponsePhase(plan, state, phase.results, result);
  }

  /**
   * The plan a node at `index` handed the request to. The annotations (the principal above all)
   * go with the request, so the new plan's auth node sees it already ran; the body goes as it was
   * received, since the new plan's own nodes run from its start. Once only: a second hand-off is
   * a configuration loop or a plugin error, reported rather than followed. A config the gateway
   * does not have is the operator's error (a key naming a removed config), not the client's: 500.
   */
  private handOff(plan: ExecutionPlan, state: RequestState, index: number, config: string): ExecutionPlan {
    const node = plan.nodes[index]!;
    const origin = { plugin: node.plugin, node: node.id, hook: "request" };
    if (state.handedFrom !== undefined) {
      throw new GatewayError(
        "plugin_failed",
        `Node "${node.id}" handed the request to config "${config}", but it had already been handed from "${state.handedFrom}" to "${state.config}": a request is handed over at most once.`,
        origin,
      );
    }
    const next = this.plans.get(config);
    if (!next) {
      throw new GatewayError(
        "plugin_failed",
        `Node "${node.id}" handed the request to config "${config}", which this gateway does not have (configs: ${[...this.plans.keys()].join(", ")}).`,
        origin,
      );
    }
    keepVerdictsUpTo(plan, state, index);
    state.handedFrom = state.config;
    state.config = config;
    return next;
  }

  /** The plan that answered: the one a node handed the request to, if it was handed over. */
  private answering(plan: ExecutionPlan, state: RequestState | undefined): ExecutionPlan {
    return state?.handedFrom === undefined ? plan : (this.plans.get(state.config) ?? plan);
  }

  /** Anything thrown becomes a client-safe GatewayError; a client that left gets `client_closed`. */
  private toClientError(thrown: unknown, state: RequestState | undefined): GatewayError {
    if (state?.aborted && !(isGatewayError(thrown) && thrown.code === "plugin_timeout")) {
      return new GatewayError("client_closed", "The client closed the request.", { cause: thrown });
    }
    if (isGatewayError(thrown)) return thrown;
    return new GatewayError("internal_error", "The gateway failed to handle the request.", { cause: thrown });
  }

  idle(): Promise<void> {
    return this.lifecycle.idle();
  }

  drain(timeoutMs = 30_000): Promise<void> {
    return this.lifecycle.drain(timeoutMs);
  }

  async close(timeoutMs?: number): Promise<void> {
    await this.drain(timeoutMs);
    const instances = new Set([
      ...[...this.plans.values(), ...(await this.overrides.cached())].flatMap((p) => p.instances),
      ...this.doors.instances(),
    ]);
    await Promise.allSettled([...instances].map((i) => i.close?.()));
    await Promise.allSettled([this.services.stores.close(), this.services.http.close()]);
    await this.connections?.close();
  }
}

/** The body size a client declared, for requests whose bytes an ingress read itself. */
function declaredLength(headers: Headers): number {
  const declared = Number(headers.get("content-length"));
  return Number.isFinite(declared) && declared > 0 ? declared : 0;
}

function placeholderRequest(call: IncomingCall, endpoint: Endpoint | undefined): GatewayRequest {
  return {
    endpoint,
    method: call.method,
    path: call.path,
    headers: call.headers,
    body: {},
    model: undefined,
    stream: false,
    metadata: {},
    raw: undefined,
  } as unknown as GatewayRequest;
}

/**
 * A node that ends the request aborts the nodes after it in plan order; whether one of those had
 * already judged the request is a matter of timing. Their verdicts leave the record, so it is the
 * same whichever finished first.
 */
function keepVerdictsUpTo(plan: ExecutionPlan, state: RequestState, endIndex: number): void {
  const verdicts = state.annotations.guardrails;
  if (verdicts.length === 0) return;
  const after = new Set(plan.nodes.slice(endIndex + 1).map((node) => node.id));
  state.annotations.guardrails = verdicts.filter((verdict) => !after.has(verdict.node));
}

/**
 * The request as the terminal gets it. A native body lets a provider answer in an ingress's own
 * format, which only that ingress reads: when a node on the way back reads answers (response or
 * chunk hooks), the provider must answer in OpenAI's shape, so the native body is withheld.
 */
function forTerminal(plan: ExecutionPlan, request: GatewayRequest): GatewayRequest {
  if (request.native === undefined) return request;
  const readsAnswers =
    plan.responseOrder.length > 0 || plan.attemptOrder.length > 0 || plan.chunkOrder.length > 0;
  return readsAnswers ? { ...request, native: undefined } : request;
}

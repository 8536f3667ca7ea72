/**
 * `createGateway`: validates the config against the schema and every plugin, wires services,
 * builds each pipeline's plan once, and returns a `fetch(Request): Promise<Response>` handler that
 * any runtime can serve (plus `handle(call)`, the same over plain parts, for Node's fast path).
 * Also health/readiness, `/v1/models`, per-request config overrides, and graceful drain.
 */
import {
  type BinaryResult,
  type CallResult,
  type ConfigValidator,
  type DecodedRequest,
  type EncodedAnswer,
  type Endpoint,
  GatewayError,
  type GatewayRequest,
  isGatewayError,
  type ModelObject,
  type Plugin,
  type Services,
} from "@aigw/plugin-api";
import type { GatewayConfig } from "@aigw/schemas";
import { validateGateway, validatePipeline } from "@aigw/schemas/validators";
import { routeKey } from "./config/ingress.js";
import { buildRegistry, type PluginRegistry } from "./config/registry.js";
import { type ValidatedConfig, validateGatewayConfig } from "./config/validate.js";
import { type Answer, callFromRequest, type IncomingCall, jsonAnswer, responseOf } from "./http/call.js";
import { endpointValidators } from "./http/endpoint-validators.gen.js";
import { type Door, decodeAtDoor, encodeAtDoor, ingressContext, openDoors } from "./http/ingress-doors.js";
import { type IngressLimits, parseOpenAIRequest, routeFor } from "./http/openai-ingress.js";
import {
  openAIFrames,
  renderBinary,
  renderError,
  renderFrames,
  renderJson,
  StreamFailure,
  type StreamHooks,
  tapFailures,
} from "./http/render.js";
import { OverrideResolver } from "./override.js";
import { buildPlan } from "./plan/build-plan.js";
import type { ExecutionPlan } from "./plan/plan.js";
import { loadPluginPackages, type PackageImporter } from "./plugins-loader.js";
import { callTerminal } from "./run/call-phase.js";
import { type Ending, runFinishPhase } from "./run/finish-phase.js";
import { runRequestPhase } from "./run/request-phase.js";
import { RequestState } from "./run/request-state.js";
import { runResponsePhase } from "./run/response-phase.js";
import { createServiceContainer, resolveServices, type ServiceOverrides } from "./services/container.js";
import { envFrom, fetchHttpClient, hyperidGenerator, jsonLogger, systemClock } from "./services/defaults.js";
import { memoryStores, redisStores } from "./services/stores.js";

export interface CreateGatewayOptions {
  /** The gateway config (parsed JSON/YAML or an object); validated at boot. */
  config: unknown;
  /** Plugins composed in code. */
  plugins?: readonly Plugin<never>[];
  /** How to import the packages named in `config.plugins` (default: dynamic `import`). */
  importPackage?: PackageImporter;
  /** Services to use instead of the defaults (a runtime's HTTP client, logger...). */
  services?: ServiceOverrides;
  /** Environment variables plugins may read (API keys). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** A running gateway. */
export interface Gateway {
  /** Serves one HTTP request. */
  fetch(request: Request): Promise<Response>;
  /**
   * Serves one request given as plain parts: the fast path for runtimes that would otherwise
   * build a WHATWG Request and Response per call (Node). Never rejects: failures are answers.
   */
  handle(call: IncomingCall): Promise<Answer>;
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

class Engine implements Gateway {
  private active = 0;
  private draining = false;
  /** Finished requests whose observers have not run yet, and the count of those not done. */
  private finishQueue: { plan: ExecutionPlan; state: RequestState; ending: Ending }[] = [];
  private observing = 0;
  private readonly waiters = new Set<() => void>();
  private readonly limits: IngressLimits;

  constructor(
    readonly config: GatewayConfig,
    readonly services: Services,
    private readonly plans: Map<string, ExecutionPlan>,
    private readonly overrides: OverrideResolver,
    private readonly validators: Record<Endpoint, ConfigValidator>,
    private readonly doors: ReadonlyMap<string, Door>,
  ) {
    this.limits = {
      maxBodyBytes: config.limits?.maxBodyBytes ?? 20 * 1024 * 1024,
      metadataHeader: "x-aigw-metadata",
    };
  }

  get inflight(): number {
    return this.active;
  }

  fetch(request: Request): Promise<Response> {
    return this.handle(callFromRequest(request, this.services.clock.monotonic())).then(responseOf);
  }

  async handle(call: IncomingCall): Promise<Answer> {
    const path = call.path;
    if (path === "/health") return jsonAnswer(200, { status: "ok" }, { ...NO_STORE });
    if (path === "/ready") {
      return this.draining
        ? jsonAnswer(503, { status: "draining" }, { ...NO_STORE })
        : jsonAnswer(200, { status: "ready" }, { ...NO_STORE });
    }
    if (path === "/v1/models" || path === "/models" || path.startsWith("/v1/models/"))
      return this.models(call, path);
    const requestId = this.services.ids.next();
    const door = this.doors.get(routeKey(path));
    const ctx = door && ingressContext(door, requestId, this.services, doorSignal(call));
    const route = door ? undefined : routeFor(path);
    this.active++;
    let state: RequestState | undefined;
    let plan: ExecutionPlan | undefined;
    let streaming = false;
    try {
      // Refusals go through the same path as every other error, so observers log them too.
      if (!door && !route) throw new GatewayError("not_found", `Unknown path ${call.method} ${path}.`);
      if (this.draining) {
        throw new GatewayError(
          "upstream_unavailable",
          "The gateway is shutting down; retry on another instance.",
          {
            headers: { "retry-after": "1" },
          },
        );
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
          this.observe(plan, state, { status: at.answer.status, outcome: "ok" });
          return jsonAnswer(at.answer.status, at.answer.body, { "x-request-id": requestId });
        }
        decoded = at.decoded;
        parsed = at.request;
      } else parsed = await parseOpenAIRequest(call, path, route!, this.validators, this.limits);
      state = this.stateOf(call, requestId, parsed, plan.name);
      const failure = new StreamFailure();
      let result = await this.run(plan, state);
      // Whoever encodes a stream (OpenAI's format or an ingress), the record learns of a failure.
      if (result.type === "stream") result = { ...result, chunks: tapFailures(result.chunks, failure) };
      const answer: EncodedAnswer =
        door && ctx && decoded
          ? await encodeAtDoor(door, { kind: "result", result, request: decoded }, ctx)
          : { type: "passthrough", result };
      const rendered = this.render(plan, state, answer, failure);
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
      this.logFailure(error, state);
      this.observe(plan ?? this.plans.get("default")!, state, {
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
      if (!streaming) this.release();
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

  /** Runs a parsed request through a plan: request phase, terminal, response phase. */
  private async run(plan: ExecutionPlan, state: RequestState): Promise<CallResult> {
    let phase = runRequestPhase(plan, state);
    if (phase instanceof Promise) phase = await phase;
    state.request = phase.request;
    state.results = phase.results;
    let result: CallResult;
    if (phase.endIndex >= 0) {
      const ended = phase.results[phase.endIndex]!;
      state.endedBy = plan.nodes[phase.endIndex]!.id;
      if (ended.type === "error") throw ended.error;
      if (ended.type !== "respond")
        throw new GatewayError("internal_error", "A node ended the request without an answer.");
      result = ended.result;
    } else {
      result = await callTerminal(plan.entry, state, state.request);
    }
    if (plan.responseOrder.length === 0 && plan.chunkOrder.length === 0) return result;
    return runResponsePhase(plan, state, phase.results, result);
  }

  /**
   * Writes the answer. A stream keeps its slot (and the observers wait) until it ends; every
   * stream, OpenAI's or an ingress's, goes through the same SSE writer.
   */
  private render(
    plan: ExecutionPlan,
    state: RequestState,
    answer: EncodedAnswer,
    failure: StreamFailure,
  ): { answer: Answer; streaming: boolean } {
    const outcome = state.endedBy ? "ended_early" : "ok";
    const headers = answerHeaders(state, state.requestId);
    if (answer.type === "passthrough" && answer.result.type === "stream") {
      const frames = openAIFrames(answer.result.chunks);
      return {
        answer: renderFrames(
          frames,
          answer.result.status,
          answer.result.headers,
          headers,
          failure,
          this.streamHooks(plan, state, answer.result.status, outcome),
        ),
        streaming: true,
      };
    }
    if (answer.type === "stream") {
      return {
        answer: renderFrames(
          answer.frames,
          answer.status,
          answer.headers,
          headers,
          failure,
          this.streamHooks(plan, state, answer.status, outcome),
        ),
        streaming: true,
      };
    }
    state.firstByteAt = state.now();
    if (answer.type === "json") {
      this.observe(plan, state, { status: answer.status, outcome });
      return {
        answer: jsonAnswer(answer.status, answer.body, { ...answer.headers, ...headers }),
        streaming: false,
      };
    }
    const result = answer.result;
    this.observe(plan, state, { status: result.status, outcome });
    return {
      answer:
        result.type === "json" ? renderJson(result, headers) : renderBinary(result as BinaryResult, headers),
      streaming: false,
    };
  }

  private streamHooks(
    plan: ExecutionPlan,
    state: RequestState,
    status: number,
    outcome: "ok" | "ended_early",
  ): StreamHooks {
    return {
      onFirstByte: () => {
        state.firstByteAt = state.now();
      },
      onEnd: (end) => {
        if (end.type === "done") this.observe(plan, state, { status, outcome });
        else if (end.type === "error") {
          this.logFailure(end.error, state);
          this.observe(plan, state, { status: end.error.status, outcome: "stream_error", error: end.error });
        } else this.observe(plan, state, { status: 499, outcome: "client_closed" });
        this.release();
      },
      onCancel: (reason) => state.abort(reason),
    };
  }

  /** Anything thrown becomes a client-safe GatewayError; a client that left gets `client_closed`. */
  private toClientError(thrown: unknown, state: RequestState | undefined): GatewayError {
    if (state?.aborted && !(isGatewayError(thrown) && thrown.code === "plugin_timeout")) {
      return new GatewayError("client_closed", "The client closed the request.", { cause: thrown });
    }
    if (isGatewayError(thrown)) return thrown;
    return new GatewayError("internal_error", "The gateway failed to handle the request.", { cause: thrown });
  }

  private logFailure(error: GatewayError, state: RequestState): void {
    if (error.status < 500 || error.code === "client_closed") return;
    this.services.logger.error(
      {
        requestId: state.requestId,
        code: error.code,
        plugin: error.plugin,
        node: error.node,
        hook: error.hook,
        err: error.cause ?? error,
      },
      error.message,
    );
  }

  /**
   * Runs observers after the answer is handed over, off the critical path; counted for drain.
   * Requests finishing close together share one timer: a timer, a promise chain and a set entry
   * per request cost the logging pipeline measurable CPU, and kept each request's state alive
   * for its own timer's sake.
   */
  private observe(plan: ExecutionPlan, state: RequestState, ending: Ending): void {
    if (plan.observers.length === 0) return;
    this.observing++;
    this.finishQueue.push({ plan, state, ending });
    if (this.finishQueue.length === 1) setTimeout(() => this.runFinishQueue(), 0);
  }

  private runFinishQueue(): void {
    const batch = this.finishQueue;
    this.finishQueue = [];
    for (const { plan, state, ending } of batch) {
      // runFinishPhase logs each observer's failure itself; nothing here can reach a client.
      runFinishPhase(plan, state, ending)
        .catch((error: unknown) => this.services.logger.error({ err: error }, "finish phase failed"))
        .finally(() => {
          this.observing--;
          this.checkIdle();
        });
    }
  }

  private release(): void {
    this.active--;
    this.checkIdle();
  }

  private checkIdle(): void {
    if (this.active !== 0 || this.observing !== 0) return;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  idle(): Promise<void> {
    if (this.active === 0 && this.observing === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  private async models(call: IncomingCall, path: string): Promise<Answer> {
    if (call.method !== "GET")
      return renderError(
        new GatewayError("method_not_allowed", `${call.method} is not allowed on ${path}; use GET.`),
        {},
      );
    let plan: ExecutionPlan;
    try {
      plan = await this.overrides.select(call.headers);
    } catch (error) {
      return renderError(this.toClientError(error, undefined), {});
    }
    const seen = new Map<string, ModelObject>();
    const signal = doorSignal(call);
    const lists = await Promise.all(
      plan.terminals.map(async (t) => {
        try {
          return (await t.instance.models?.({ signal })) ?? [];
        } catch (error) {
          t.logger.warn({ err: error }, "models hook failed");
          return [];
        }
      }),
    );
    call.onAbort = undefined;
    for (const model of lists.flat()) if (!seen.has(model.id)) seen.set(model.id, model);
    const wanted = path.startsWith("/v1/models/")
      ? decodeURIComponent(path.slice("/v1/models/".length))
      : undefined;
    if (wanted !== undefined) {
      const model = seen.get(wanted);
      return model
        ? jsonAnswer(200, model)
        : renderError(
            new GatewayError("model_not_found", `The model '${wanted}' does not exist.`, { param: "model" }),
            {},
          );
    }
    return jsonAnswer(200, { object: "list", data: [...seen.values()] });
  }

  async drain(timeoutMs = 30_000): Promise<void> {
    this.draining = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }

  async close(timeoutMs?: number): Promise<void> {
    await this.drain(timeoutMs);
    const instances = new Set([
      ...[...this.plans.values(), ...(await this.overrides.cached())].flatMap((p) => p.instances),
      ...[...this.doors.values()].map((door) => door.instance),
    ]);
    await Promise.allSettled([...instances].map((i) => i.close?.()));
    await Promise.allSettled([this.services.stores.close(), this.services.http.close()]);
  }
}

/**
 * A signal for work that needs one up front (ingress hooks, model lists): the client's own, or
 * one the runtime aborts through the call when the client leaves.
 */
function doorSignal(call: IncomingCall): AbortSignal {
  if (call.signal) return call.signal;
  const controller = new AbortController();
  call.onAbort = (reason) => controller.abort(reason);
  return controller.signal;
}

/**
 * The gateway's own response headers, built once per answer (one object, no spreads: this runs
 * on every request): the request id, the gateway's overhead, and from the attempt record which
 * target answered, how many upstream attempts it took and the path tried.
 */
function answerHeaders(state: RequestState, requestId: string): Record<string, string> {
  const headers: Record<string, string> = {
    "x-request-id": requestId,
    "x-aigw-overhead-ms": overheadOf(state),
  };
  const route = state.annotations.route;
  if (route.length === 0) return headers;
  const served = state.annotations.servedBy;
  if (served) headers["x-aigw-target"] = served.node;
  headers["x-aigw-attempts"] = String(route.length);
  let path = "";
  for (let i = 0; i < route.length; i++) {
    const attempt = route[i]!;
    path += `${i > 0 ? "," : ""}${attempt.target}:${attempt.status || "error"}`;
  }
  headers["x-aigw-route"] = path;
  return headers;
}

function overheadOf(state: RequestState): string {
  return Math.max(0, state.now() - state.t0 - state.upstreamMs).toFixed(3);
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

/** Validates the config and every plugin, wires services, plans every pipeline. */
export async function createGateway(options: CreateGatewayOptions): Promise<Gateway> {
  const raw = options.config as GatewayConfig;
  const packaged =
    raw && Array.isArray(raw.plugins)
      ? await loadPluginPackages(raw.plugins, options.importPackage ?? ((name) => import(name)))
      : [];
  const registry: PluginRegistry = await buildRegistry([
    ...((options.plugins ?? []) as Plugin<unknown>[]),
    ...packaged,
  ]);
  // The engine's validators are precompiled (`pnpm gen`): a boot loads no ajv and compiles nothing.
  const validated: ValidatedConfig = validateGatewayConfig(raw, validateGateway, registry);
  const { config } = validated;
  const stores =
    config.stores?.type === "redis"
      ? await redisStores(config.stores.url ?? "redis://127.0.0.1:6379")
      : memoryStores();
  const container = createServiceContainer(
    {
      http: fetchHttpClient(),
      clock: systemClock,
      ids: hyperidGenerator(),
      logger: jsonLogger(config.logging?.level ?? "info"),
      stores,
      env: envFrom(options.env ?? {}),
    },
    options.services,
  );
  const services = resolveServices(container);
  const planDeps = { services, registry, defaultTimeoutMs: config.limits?.defaultNodeTimeoutMs };
  const plans = new Map<string, ExecutionPlan>();
  for (const [name, pipeline] of validated.pipelines) plans.set(name, await buildPlan(pipeline, planDeps));
  const validators = endpointValidators as Record<Endpoint, ConfigValidator>;
  const overrides = new OverrideResolver(plans, config.overrides ?? {}, validatePipeline, registry, planDeps);
  const doors = await openDoors(validated.ingress, registry, services);
  return new Engine(config, services, plans, overrides, validators, doors);
}

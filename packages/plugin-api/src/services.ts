/**
 * Infrastructure services a plugin may ask for in its manifest. The engine wires them once per
 * engine instance (tsyringe child container, explicit tokens) and hands them to `create()`;
 * runtime adapters register the runtime-specific ones (undici on Node, fetch elsewhere).
 */
import type { ModelCapabilities } from "./capability-table.gen.js";
import type { ChatCompletionRequest } from "./openai/chat.js";
import type { JsonValue } from "./openai/common.js";
import type { ModelPrice } from "./price-table.gen.js";
import type { AdminCaller } from "./served.js";

/** Monotonic and wall clocks; injected so tests can control time. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** High-resolution monotonic milliseconds, for durations only. */
  monotonic(): number;
}

/** Produces unique, URL-safe request ids. */
export interface IdGenerator {
  next(): string;
}

export type LogLevel = "debug" | "info" | "warn" | "error";

/** A structured logger; `child` binds fields such as plugin and node. */
export interface Logger {
  debug(fields: Record<string, unknown>, message?: string): void;
  info(fields: Record<string, unknown>, message?: string): void;
  warn(fields: Record<string, unknown>, message?: string): void;
  error(fields: Record<string, unknown>, message?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** A namespaced key-value store (memory by default, Redis when configured), backed by keyv. */
export interface KeyValueStore {
  /** True when every gateway instance sees the same data (Redis); false for this process's memory. */
  readonly shared: boolean;
  get<T extends JsonValue = JsonValue>(key: string): Promise<T | undefined>;
  set(key: string, value: JsonValue, ttlMs?: number): Promise<void>;
  delete(key: string): Promise<boolean>;
  /**
   * Adds `delta` to a numeric counter and returns the new value, atomically across every gateway
   * sharing the store (Redis INCRBYFLOAT). A new counter starts at 0 and expires `ttlMs` after
   * it was created (the expiry is not pushed back by later increments).
   */
  increment(key: string, delta: number, ttlMs?: number): Promise<number>;
}

/** Opens a store for a namespace; the engine gives each node `<plugin>:<node>`. */
export interface StoreFactory {
  open(namespace: string): KeyValueStore;
  /** Closes connections at shutdown. */
  close(): Promise<void>;
}

/**
 * The part of an `AbortSignal` that the HTTP client and the wire helpers use. Every
 * `AbortSignal` is one; the engine's request contexts offer a cheaper one (`ctx.cancellation`).
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** An outgoing HTTP request made by a plugin (a provider call, a webhook). */
export interface HttpRequest {
  url: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  headers: Record<string, string>;
  body?: string | Uint8Array | FormData | undefined;
  /** Aborts the request: while it waits for the headers, and while its body is read. */
  signal?: AbortSignalLike | undefined;
  /** Time to wait for the response headers (the body may take longer). */
  headersTimeoutMs?: number | undefined;
}

/** An upstream response whose body has not been read yet. */
export interface HttpResponse {
  status: number;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /**
   * The body as it arrives, chunk by chunk. Read it once, or call one of the helpers. A reader
   * that stops early (`break`) closes the connection.
   */
  body: AsyncIterable<Uint8Array>;
  text(): Promise<string>;
  bytes(): Promise<Uint8Array>;
  /** Reads and discards the rest of the body, so the connection returns to the pool. */
  dump(): Promise<void>;
  /** Stops reading at once and closes the connection; a read in progress fails. */
  cancel(): void;
}

/**
 * The HTTP client: an undici pool with keep-alive on Node, `fetch` elsewhere. Every client
 * keeps the same contract (one conformance suite in `@aigw/testkit/conformance` checks it), so
 * callers need no timer or controller of their own:
 * - `signal` aborts the request before its headers (the promise rejects, with no gateway
 *   error of its own: the caller knows why it aborted) and during its body (the read fails),
 *   and the connection is closed;
 * - no headers within `headersTimeoutMs`: the promise rejects with an `upstream_timeout`
 *   GatewayError (504);
 * - any other failure before an answer (refused, reset, unreachable): an `upstream_unavailable`
 *   GatewayError (503), the cause kept;
 * - every response has `cancel()`.
 */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
  close(): Promise<void>;
}

/** Read-only access to configuration from the environment (API keys and the like). */
export interface Env {
  get(name: string): string | undefined;
}

/** What a request used, in the units prices are quoted in. */
export interface PricedUsage {
  /** Every prompt token, cached and cache writes included (OpenAI's `prompt_tokens`). */
  promptTokens: number;
  /** Every completion token, reasoning included (OpenAI's `completion_tokens`). */
  completionTokens: number;
  /** Of the prompt tokens, those read from the provider's cache. */
  cachedTokens?: number | undefined;
  /** Of the prompt tokens, those written to the provider's cache. */
  cacheWriteTokens?: number | undefined;
  /** Of the completion tokens, those spent on reasoning. */
  reasoningTokens?: number | undefined;
  /** Generated images. */
  images?: number | undefined;
  /** Seconds of audio transcribed. */
  seconds?: number | undefined;
  /** Characters of text synthesised to speech. */
  characters?: number | undefined;
}

/** What a request cost, by part, in US dollars (the record's `cost`). */
export interface CostBreakdown {
  totalUsd: number;
  inputUsd: number;
  cachedInputUsd?: number;
  cacheWriteUsd?: number;
  outputUsd: number;
  reasoningUsd?: number;
  requestUsd?: number;
  priceVersion: string;
}

/**
 * The price table (`schemas/prices.json`, with the gateway config's `pricing.overrides` on top):
 * the one source of cost for the record, budgets and cache savings.
 */
export interface Pricing {
  /** The table's version, recorded with every cost. */
  readonly version: string;
  /** A model's prices (exact id, else the longest matching `prefix*`); undefined when unlisted. */
  price(provider: string, model: string): ModelPrice | undefined;
  /** What `usage` costs on that model; undefined when the model has no price. */
  cost(provider: string, model: string, usage: PricedUsage): CostBreakdown | undefined;
  /**
   * What `usage` costs on `model` at the dearest provider that lists it: an upper bound for a
   * request whose provider is not chosen yet (budgets check it before routing). Undefined when no
   * provider lists the model.
   */
  costForModel(model: string, usage: PricedUsage): CostBreakdown | undefined;
}

/**
 * What a provider node does with a parameter the model refuses: `drop` adapts the request (drops,
 * renames, clamps) and reports it; `error` answers 400 instead, naming the parameter and model.
 */
export type AdaptMode = "drop" | "error";

/** One change made to a request so the model accepts it. */
export interface Adaptation {
  /** The body parameter changed (`top_p`, `max_tokens`). */
  param: string;
  action: "dropped" | "renamed" | "clamped";
  /** Why it was dropped (the model's reason), the new name, or `from <asked> to <maximum>`. */
  detail: string;
}

/** A chat request body fitted to a model. */
export interface ChatAdaptation {
  /** The body to send: the very object given when nothing changed (so its bytes can be forwarded). */
  readonly body: ChatCompletionRequest;
  /** What changed, in the order applied; empty when nothing did. */
  readonly adaptations: readonly Adaptation[];
}

/**
 * The capability table (`schemas/capabilities.json`, with the gateway config's
 * `capabilities.overrides` on top): what each model refuses, renames, takes one of, lacks, and
 * the most tokens it writes. Compiled at boot; a lookup is one Map hit.
 */
export interface Capabilities {
  /** The table's version. */
  readonly version: string;
  /**
   * A model's capabilities, its profile merged in (exact id, else the longest matching `prefix*`,
   * as the price table matches); undefined when the table does not list it.
   */
  lookup(provider: string, model: string): ModelCapabilities | undefined;
  /**
   * Fits a chat completion body to `model` at `provider`. Throws an `invalid_request`
   * GatewayError naming the parameter and the model when the request uses a feature the model
   * lacks (tools, images, json_schema, streaming, system messages), whatever the mode, and, in
   * `error` mode, when anything would have to change.
   */
  adaptChat(provider: string, model: string, body: ChatCompletionRequest, mode: AdaptMode): ChatAdaptation;
}

/** One counter a quota reservation checks and adds to. */
export interface QuotaBucket {
  /** The counter's name; the caller puts the window in it (e.g. `rpm:key:k1:29410455`). */
  key: string;
  /** The most the counter may hold once this reservation is added. */
  limit: number;
  /** What the reservation adds: 1 for a request, estimated tokens, micro-dollars. */
  amount: number;
  /** How long a counter created now lives (to the end of its window); later additions keep it. */
  ttlMs: number;
  /**
   * The value a counter that does not exist starts from instead of 0: what the caller knows was
   * already counted (spend from a ledger), so a store that lost its data does not reset it.
   */
  seed?: number | undefined;
}

/** The outcome of a reservation: every bucket admitted it and was added to, or none was. */
export type QuotaVerdict =
  | { readonly admitted: true /** Each counter after the reservation. */; readonly values: readonly number[] }
  | {
      readonly admitted: false;
      /** The index of the first bucket the reservation would have overrun. */
      readonly bucket: number;
      /** Each counter as it stands (unchanged). */
      readonly values: readonly number[];
      /** Milliseconds until that bucket's counter expires (its window ends). */
      readonly retryAfterMs: number;
    };

/** A change to one counter (settling a reservation with what was really used). */
export interface QuotaAdjustment {
  key: string;
  /** Added to the counter; negative gives back what was reserved and not used. */
  delta: number;
  /** Lifetime of the counter when this creates it. */
  ttlMs: number;
  seed?: number | undefined;
}

/**
 * Counters for rate limits and budgets, exact across every gateway sharing the store: checking
 * every bucket and reserving in all of them is one atomic step (one Lua script, one round trip on
 * Redis). A counter never goes below 0. When the store cannot be reached, each call rejects
 * promptly with a `store_unavailable` GatewayError (it never waits for a reconnect), so the
 * caller can fail open or closed.
 */
export interface Quotas {
  /** True when every gateway instance counts in the same place (Redis). */
  readonly shared: boolean;
  reserve(buckets: readonly QuotaBucket[]): Promise<QuotaVerdict>;
  adjust(changes: readonly QuotaAdjustment[]): Promise<void>;
  /** Each counter's value, 0 when it does not exist. */
  read(keys: readonly string[]): Promise<number[]>;
}

/**
 * Messages between gateway instances (Redis pub/sub when the stores are Redis; this process only
 * otherwise): how a change made on one instance (a revoked key, a rotated credential) reaches
 * the memory of every other within a second.
 */
export interface Bus {
  readonly shared: boolean;
  /** Sends to every subscriber of `channel` on every instance, this one included. */
  publish(channel: string, message: string): Promise<void>;
  /**
   * Calls `handler` with each message on `channel`. `onResync` runs when a lost connection comes
   * back: messages may have been missed meanwhile, so the subscriber reloads what it keeps.
   * Returns the function that unsubscribes.
   */
  subscribe(
    channel: string,
    handler: (message: string) => void,
    options?: { onResync?: () => void },
  ): () => void;
}

/** Where provider secrets come from: the vault a plugin keeps (encrypted at rest), in memory. */
export interface CredentialSource {
  get(name: string): string | undefined;
}

/**
 * Provider credentials by name. Provider nodes that name a `credential` read it here on every
 * request (a memory lookup), so a rotated credential is used from the next request on. One plugin
 * (a vault) registers itself as the source at boot.
 */
export interface Credentials {
  /** The secret stored under `name`; undefined when there is none, or no vault is configured. */
  get(name: string): string | undefined;
  /** Whether a vault registered itself. */
  readonly available: boolean;
  /** Makes `source` the vault; a second registration throws. */
  register(source: CredentialSource): void;
}

/** A store of admin tokens a plugin keeps (hashed), answering who holds a token. */
export interface AdminTokenSource {
  authenticate(token: string): AdminCaller | undefined | Promise<AdminCaller | undefined>;
}

/**
 * Who holds an admin token. The `AIGW_ADMIN_TOKEN` environment variable is always an `admin`
 * (`bootstrap`), so the first stored token can be made; a plugin that keeps admin tokens with
 * roles registers itself as their source.
 */
export interface AdminAuthority {
  authenticate(token: string): Promise<AdminCaller | undefined>;
  /** Whether any admin token can be accepted (the variable is set, or a source registered). */
  readonly enabled: boolean;
  /** Makes `source` the store of admin tokens; a second registration throws. */
  register(source: AdminTokenSource): void;
}

/** Everything a plugin can be given, by the name it uses in `manifest.services`. */
export interface Services {
  http: HttpClient;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  stores: StoreFactory;
  env: Env;
  pricing: Pricing;
  capabilities: Capabilities;
  quotas: Quotas;
  bus: Bus;
  credentials: Credentials;
  admins: AdminAuthority;
}

export type ServiceName = keyof Services;

/** DI tokens under which runtimes register (or override) each service. */
export const SERVICE_TOKENS: { readonly [K in ServiceName]: string } = {
  http: "aigw:service:http",
  clock: "aigw:service:clock",
  ids: "aigw:service:ids",
  logger: "aigw:service:logger",
  stores: "aigw:service:stores",
  env: "aigw:service:env",
  pricing: "aigw:service:pricing",
  capabilities: "aigw:service:capabilities",
  quotas: "aigw:service:quotas",
  bus: "aigw:service:bus",
  credentials: "aigw:service:credentials",
  admins: "aigw:service:admins",
};

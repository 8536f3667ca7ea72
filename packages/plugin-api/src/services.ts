/**
 * Infrastructure services a plugin may ask for in its manifest. The engine wires them once per
 * engine instance (tsyringe child container, explicit tokens) and hands them to `create()`;
 * runtime adapters register the runtime-specific ones (undici on Node, fetch elsewhere).
 */
import type { JsonValue } from "./openai/common.js";
import type { ModelPrice } from "./price-table.gen.js";

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
};

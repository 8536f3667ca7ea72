/**
 * The closed set of hooks a plugin can implement, each with the rule that combines results when
 * several nodes implement it (rollup's hookFirst / hookSequential / hookParallel), and the values
 * each hook returns. An unknown hook name in a manifest is a boot error.
 */
import type { ErrorCode } from "./errors.js";
import type { JsonObject } from "./openai/common.js";
import type { CallResult, StreamChunk } from "./result.js";

/**
 * - `sequential`: runs node after node in plan order (reversed on the way back); each may change
 *   what the next sees, or end the chain; parallel branches merge in plan order.
 * - `first`: exactly one node answers (the terminal a router or the pipeline chose).
 * - `parallel`: every node runs at once, observe-only; a failure never affects the client.
 */
export type HookMode = "sequential" | "first" | "parallel";

export const HOOKS = {
  /** Before the terminal, in DAG order: change the request, answer it early, or deny it. */
  request: { mode: "sequential", phase: "request" },
  /** The terminal: a provider calls its upstream; a router picks and invokes targets. */
  call: { mode: "first", phase: "call" },
  /** On the way back, in reverse DAG order: replace or deny a complete answer. */
  response: { mode: "sequential", phase: "response" },
  /** On the way back, for each streamed chunk, in reverse DAG order: replace, drop or deny. */
  chunk: { mode: "sequential", phase: "response" },
  /** After the client has its answer: observe the finished record (logs, metrics, spend). */
  finish: { mode: "parallel", phase: "after" },
  /** For `/v1/models`: the models a terminal can serve; every terminal's lists merge. */
  models: { mode: "parallel", phase: "catalogue" },
  /** Ingress: turns a request in another API's format into the pipeline's OpenAI-shaped request. */
  decode: { mode: "first", phase: "ingress" },
  /** Ingress: turns the pipeline's answer (or error) back into that API's format. */
  encode: { mode: "first", phase: "ingress" },
  /** Answers the plugin's own routes (`manifest.serves`: metrics, admin APIs), outside any pipeline. */
  serve: { mode: "first", phase: "serve" },
} as const satisfies Record<string, { mode: HookMode; phase: string }>;

export type HookName = keyof typeof HOOKS;

export const HOOK_NAMES = Object.keys(HOOKS) as HookName[];

export type MaybePromise<T> = T | Promise<T>;

/** A "no" from a plugin: data, not an exception. The client gets it as an OpenAI error. */
export interface Denial {
  readonly kind: "deny";
  readonly code: ErrorCode;
  readonly message: string;
  readonly param?: string | undefined;
  readonly status?: number | undefined;
  readonly headers?: Record<string, string> | undefined;
}

/** Go on, optionally with a JSON merge patch (RFC 7386) applied to the request body. */
export interface Continue {
  readonly kind: "continue";
  readonly patch?: JsonObject | undefined;
}

/** Answer now without running the terminal (a cache hit, a canned reply). */
export interface Respond {
  readonly kind: "respond";
  readonly result: CallResult;
}

/**
 * Run the request through another of the gateway's named configs from its start (an auth node
 * handing a key's requests to the key's own config). The annotations written so far go with it;
 * a request is handed over at most once.
 */
export interface HandOff {
  readonly kind: "handoff";
  readonly config: string;
}

/** What a `request` hook returns; `undefined` means continue unchanged. */
export type RequestStep = Continue | Respond | Denial | HandOff | undefined | void;

/** What a `response` hook returns; `undefined` keeps the answer. */
export type ResponseStep =
  | { readonly kind: "replace"; readonly result: CallResult }
  | Denial
  | undefined
  | void;

/** What a `chunk` hook returns; `undefined` keeps the chunk. */
export type ChunkStep =
  | { readonly kind: "replace"; readonly chunk: StreamChunk }
  | { readonly kind: "drop" }
  | Denial
  | undefined
  | void;

/** Builds a continue step that merge-patches the request body. */
export function patch(body: JsonObject): Continue {
  return { kind: "continue", patch: body };
}

/** Hands the request to the named config. */
export function handOff(config: string): HandOff {
  return { kind: "handoff", config };
}

/** Builds an early answer. */
export function respond(result: CallResult): Respond {
  return { kind: "respond", result };
}

/** Builds a denial verdict. */
export function deny(
  code: ErrorCode,
  message: string,
  options: { param?: string; status?: number; headers?: Record<string, string> } = {},
): Denial {
  return { kind: "deny", code, message, ...options };
}

/** Replaces a complete answer. */
export function replace(result: CallResult): ResponseStep {
  return { kind: "replace", result };
}

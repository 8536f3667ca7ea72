// GENERATED FILE - do not edit. Source: schemas/request-record.schema.json. Regenerate with `pnpm gen`.
import type { JsonValue } from "./openai/common.js";

/**
 * Any JSON value.
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Json".
 */
export type Json = JsonValue;

/**
 * One finished request, as every observer (logger, metrics, tracing, spend) receives it and every sink stores it. Version 1. Metadata only: prompt and answer content appear only under `bodies`, when the gateway's `logging.bodies` asks for them, after redaction.
 */
export interface RequestRecord {
  /**
   * The record schema's version.
   */
  recordVersion: 1;
  /**
   * The gateway's id for the request (also the `x-request-id` answer header).
   */
  requestId: string;
  /**
   * W3C trace id (32 hex digits): the caller's `traceparent`, or one the tracing plugin started.
   */
  traceId?: string;
  /**
   * The gateway's span for this request (16 hex digits), when traced.
   */
  spanId?: string;
  /**
   * The caller's span, from its `traceparent`.
   */
  parentSpanId?: string;
  /**
   * When the gateway received the request (ISO 8601, UTC, milliseconds).
   */
  timestamp: string;
  /**
   * The virtual key's id (never the secret), when an auth plugin resolved one.
   */
  keyId?: string;
  /**
   * The caller's team, when an auth plugin resolved one.
   */
  team?: string;
  /**
   * The caller's user, when an auth plugin resolved one.
   */
  user?: string;
  /**
   * The OpenAI endpoint the request ran as (after any ingress translated it).
   */
  endpoint?:
    | "chat.completions"
    | "completions"
    | "embeddings"
    | "images.generations"
    | "audio.speech"
    | "audio.transcriptions"
    | "moderations";
  /**
   * The ingress that took the request in another API's format (its id), when one did.
   */
  ingress?: string;
  /**
   * The HTTP method the client used.
   */
  method: string;
  /**
   * The URL path the client called.
   */
  path: string;
  /**
   * The named config that ran (`default` for the main pipeline).
   */
  config: string;
  /**
   * Whether the client asked for a streamed answer.
   */
  stream: boolean;
  /**
   * The model the client asked for.
   */
  modelRequested?: string;
  /**
   * The provider that answered (its label, e.g. `openai`, `groq`, `anthropic`).
   */
  provider?: string;
  /**
   * The model that answered, as the provider was asked for it.
   */
  modelServed?: string;
  /**
   * The provider node that answered.
   */
  servedBy?: string;
  /**
   * The HTTP status the client got.
   */
  status: number;
  /**
   * ok; ended_early (a node answered before any provider: cache hit, deny); error; stream_error (the stream failed after it began); client_closed.
   */
  outcome: "ok" | "ended_early" | "error" | "stream_error" | "client_closed";
  /**
   * The node that ended the request before a provider ran.
   */
  endedBy?: string;
  error?: RecordError;
  timings: Timings;
  /**
   * Every upstream call, in the order made (retries and fallbacks included).
   */
  attempts: Attempt[];
  /**
   * Attempts that repeated the target before them.
   */
  retries: number;
  /**
   * Attempts that moved to another target than the one before them.
   */
  fallbacks: number;
  /**
   * Changes provider nodes made so their model accepts the request (the `x-aigw-adapted` answer header), in the order made; absent when none.
   */
  adaptations?: RequestAdaptation[];
  tokens?: Tokens;
  cost?: Cost;
  cache?: Cache;
  /**
   * Every guardrail verdict, in a fixed order (the node that ended the request and those before it).
   */
  guardrails: Verdict[];
  /**
   * Size of the request body as received.
   */
  requestBytes: number;
  /**
   * Size of the answer body as sent (a stream's bytes as written; absent when unknown).
   */
  responseBytes?: number;
  client: Client;
  /**
   * Small named facts plugins added (no content).
   */
  tags: {
    [k: string]: Json;
  };
  bodies?: Bodies;
}
/**
 * Why the request failed (the error the client got).
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "RecordError".
 */
export interface RecordError {
  /**
   * The gateway error code (e.g. `upstream_timeout`, `content_denied`).
   */
  code: string;
  /**
   * The message the client got.
   */
  message: string;
  /**
   * The node where the error arose.
   */
  node?: string;
  /**
   * That node's plugin.
   */
  plugin?: string;
  /**
   * The hook that failed (`request`, `call`, `response`...).
   */
  hook?: string;
}
/**
 * How long the request took, and where the time went.
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Timings".
 */
export interface Timings {
  /**
   * From arrival to the last byte of the answer (or the failure).
   */
  totalMs: number;
  /**
   * The gateway's own time: the total less the time spent waiting on upstreams (for a stream: the time to first byte less the upstreams' time until their answers began).
   */
  overheadMs: number;
  /**
   * Time spent in upstream calls until their answers began (headers, or the whole body for JSON).
   */
  upstreamMs: number;
  /**
   * Until the first byte of the answer was handed to the client.
   */
  ttfbMs?: number;
  /**
   * Streams: until the first chunk carrying generated content was handed to the client.
   */
  ttftMs?: number;
  /**
   * Each hook of each node that ran: when it started (ms after arrival), how long it took and how it ended.
   */
  nodes: NodeTiming[];
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "NodeTiming".
 */
export interface NodeTiming {
  /**
   * The node's id.
   */
  node: string;
  /**
   * The hook that ran.
   */
  hook: string;
  /**
   * When it began, ms after arrival.
   */
  startMs: number;
  /**
   * How long it took.
   */
  durationMs: number;
  /**
   * How it ended.
   */
  outcome: "ok" | "ended" | "error" | "failed_open" | "timeout" | "skipped" | "aborted";
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Attempt".
 */
export interface Attempt {
  /**
   * The provider node called.
   */
  target: string;
  /**
   * The provider label that answered (or failed).
   */
  provider?: string;
  /**
   * The model it was asked for.
   */
  model?: string;
  /**
   * Upstream HTTP status, or 0 when no answer came (timeout, refused).
   */
  status: number;
  /**
   * When the attempt began, ms after arrival.
   */
  startMs: number;
  /**
   * Until the answer began (headers; the whole body for JSON).
   */
  durationMs: number;
  /**
   * The gateway error code of a failed attempt.
   */
  error?: string;
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "RequestAdaptation".
 */
export interface RequestAdaptation {
  /**
   * The provider node that adapted the request.
   */
  node: string;
  /**
   * Its provider label.
   */
  provider: string;
  /**
   * The upstream model the request was fitted to.
   */
  model: string;
  /**
   * The body parameter changed.
   */
  param: string;
  /**
   * dropped (the model refuses it, or takes only one of a group), renamed (the model takes it under another name), clamped (above the model's maximum output tokens).
   */
  action: "dropped" | "renamed" | "clamped";
  /**
   * Why it was dropped, its new name, or `from <asked> to <maximum>`.
   */
  detail: string;
}
/**
 * Tokens the answer used, as the provider reported them.
 */
export interface Tokens {
  /**
   * Prompt tokens, cached and cache writes included.
   */
  prompt: number;
  /**
   * Completion tokens, reasoning included.
   */
  completion: number;
  /**
   * Prompt and completion together.
   */
  total: number;
  /**
   * Prompt tokens read from the provider's prompt cache.
   */
  cached?: number;
  /**
   * Prompt tokens written to the provider's prompt cache.
   */
  cacheWrite?: number;
  /**
   * Completion tokens spent on hidden reasoning.
   */
  reasoning?: number;
}
/**
 * What the request cost at the price table's rates (zero for a cache hit: see `cache.savedUsd`).
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Cost".
 */
export interface Cost {
  /**
   * The whole cost.
   */
  totalUsd: number;
  /**
   * Uncached prompt tokens.
   */
  inputUsd: number;
  /**
   * Prompt tokens read from the provider's cache.
   */
  cachedInputUsd?: number;
  /**
   * Prompt tokens written to the provider's cache.
   */
  cacheWriteUsd?: number;
  /**
   * Completion tokens other than reasoning.
   */
  outputUsd: number;
  /**
   * Reasoning tokens, when priced apart.
   */
  reasoningUsd?: number;
  /**
   * Per-request, per-image or per-second charges.
   */
  requestUsd?: number;
  /**
   * The price table's version the cost was computed from.
   */
  priceVersion: string;
}
/**
 * What a cache node did with the request.
 */
export interface Cache {
  /**
   * hit (answered from the cache), miss, refresh (asked to skip the lookup and store anew), bypass (not looked up).
   */
  status: "hit" | "miss" | "refresh" | "bypass";
  /**
   * Which cache answered or looked.
   */
  kind?: "exact" | "semantic";
  /**
   * The cache node.
   */
  node?: string;
  /**
   * Whether the answer was stored for later requests.
   */
  stored?: boolean;
  /**
   * Semantic hits: the similarity of the stored prompt.
   */
  similarity?: number;
  /**
   * Hits: the tokens the stored answer cost when it was made.
   */
  savedTokens?: number;
  /**
   * Hits: what the answer would have cost at today's prices.
   */
  savedUsd?: number;
}
/**
 * One guardrail check's verdict on one side of the request, and what its node did.
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Verdict".
 */
export interface Verdict {
  /**
   * The node that ran the check.
   */
  node: string;
  /**
   * The check's name.
   */
  check: string;
  /**
   * Whether the text passed.
   */
  verdict: "pass" | "fail";
  /**
   * What the node did about it.
   */
  action: "allow" | "deny" | "flag" | "mask" | "fallback";
  /**
   * The side checked: the request, a whole answer, or a stream as it passed.
   */
  phase: "input" | "output" | "stream";
  /**
   * The check's score, when it has one.
   */
  score?: number;
  /**
   * Why, in a few words (never the text itself).
   */
  reason: string;
  /**
   * Where in the checked text parts, as offsets.
   */
  spans?: {
    /**
     * Index of the text part.
     */
    part: number;
    /**
     * Start offset.
     */
    start: number;
    /**
     * End offset.
     */
    end: number;
    /**
     * What was found there.
     */
    label: string;
  }[];
}
/**
 * Who called, as far as the request says.
 */
export interface Client {
  /**
   * The first address of `x-forwarded-for` (or `x-real-ip`), as a proxy in front reported it.
   */
  ip?: string;
  /**
   * The client's `User-Agent`.
   */
  userAgent?: string;
  /**
   * The caller's `x-aigw-metadata` header (a JSON object).
   */
  metadata: {
    [k: string]: Json;
  };
}
/**
 * The request and answer bodies, when `logging.bodies` asks for them, redacted by its rules.
 *
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Bodies".
 */
export interface Bodies {
  /**
   * Any JSON value.
   */
  request?: JsonValue;
  /**
   * Any JSON value.
   */
  response?: JsonValue;
  /**
   * True when a body was cut to `logging.bodies.maxBytes`.
   */
  truncated?: boolean;
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Tokens".
 */
export interface Tokens1 {
  /**
   * Prompt tokens, cached and cache writes included.
   */
  prompt: number;
  /**
   * Completion tokens, reasoning included.
   */
  completion: number;
  /**
   * Prompt and completion together.
   */
  total: number;
  /**
   * Prompt tokens read from the provider's prompt cache.
   */
  cached?: number;
  /**
   * Prompt tokens written to the provider's prompt cache.
   */
  cacheWrite?: number;
  /**
   * Completion tokens spent on hidden reasoning.
   */
  reasoning?: number;
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Cache".
 */
export interface Cache1 {
  /**
   * hit (answered from the cache), miss, refresh (asked to skip the lookup and store anew), bypass (not looked up).
   */
  status: "hit" | "miss" | "refresh" | "bypass";
  /**
   * Which cache answered or looked.
   */
  kind?: "exact" | "semantic";
  /**
   * The cache node.
   */
  node?: string;
  /**
   * Whether the answer was stored for later requests.
   */
  stored?: boolean;
  /**
   * Semantic hits: the similarity of the stored prompt.
   */
  similarity?: number;
  /**
   * Hits: the tokens the stored answer cost when it was made.
   */
  savedTokens?: number;
  /**
   * Hits: what the answer would have cost at today's prices.
   */
  savedUsd?: number;
}
/**
 * This interface was referenced by `RequestRecord`'s JSON-Schema
 * via the `definition` "Client".
 */
export interface Client1 {
  /**
   * The first address of `x-forwarded-for` (or `x-real-ip`), as a proxy in front reported it.
   */
  ip?: string;
  /**
   * The client's `User-Agent`.
   */
  userAgent?: string;
  /**
   * The caller's `x-aigw-metadata` header (a JSON object).
   */
  metadata: {
    [k: string]: Json;
  };
}

/**
 * The request record (schemas/request-record.schema.json, version 1): built once per finished
 * request from its state, after the client has its answer, and handed to every observer. Only
 * what is known goes in: an absent field means "not applicable or not known", never a guess.
 */
import type {
  Attempt,
  Cache,
  CostBreakdown,
  GatewayError,
  GatewayRequest,
  JsonValue,
  PricedUsage,
  Pricing,
  RequestAnnotations,
  RequestOutcome,
  RequestRecord,
  Tokens,
  Usage,
} from "@aigw/plugin-api";
import type { RequestState } from "../run/request-state.js";
import { roundMs } from "../run/request-state.js";
import type { BodyCapture } from "./bodies.js";

export interface Ending {
  status: number;
  outcome: RequestOutcome;
  error?: GatewayError | undefined;
}

export function buildRecord(state: RequestState, ending: Ending, bodies?: BodyCapture): RequestRecord {
  const request = state.request;
  const a = state.annotations;
  const total = (state.endedAt ?? state.now()) - state.t0;
  const firstByte = state.firstByteAt === undefined ? undefined : state.firstByteAt - state.t0;
  // A stream's gateway time is what it added before the client's first byte; after that the pace
  // is the upstream's. A whole answer's is everything but the wait on upstreams.
  const overhead = Math.max(
    0,
    (request.stream && firstByte !== undefined ? firstByte : total) - state.upstreamMs,
  );
  const record: RequestRecord = {
    recordVersion: 1,
    requestId: state.requestId,
    timestamp: new Date(state.startedAt).toISOString(),
    method: request.method,
    path: request.path,
    config: state.config,
    stream: request.stream,
    status: ending.status,
    outcome: ending.outcome,
    timings: {
      totalMs: roundMs(total),
      overheadMs: roundMs(overhead),
      upstreamMs: roundMs(state.upstreamMs),
      nodes: state.timings,
    },
    attempts: a.route as Attempt[],
    retries: 0,
    fallbacks: 0,
    guardrails: a.guardrails,
    requestBytes: state.requestBytes,
    client: clientOf(request),
    tags: a.tags,
  };
  if (firstByte !== undefined) {
    record.timings.ttfbMs = roundMs(firstByte);
    if (request.stream) record.timings.ttftMs = roundMs(firstByte);
  }
  const trace = a.trace;
  if (trace) {
    record.traceId = trace.traceId;
    record.spanId = trace.spanId;
    if (trace.parentSpanId) record.parentSpanId = trace.parentSpanId;
  }
  const principal = a.principal;
  if (principal) {
    record.keyId = principal.keyId;
    if (principal.team !== undefined) record.team = principal.team;
    if (principal.user !== undefined) record.user = principal.user;
  }
  if (request.endpoint) record.endpoint = request.endpoint;
  if (state.ingress) record.ingress = state.ingress;
  if (request.model !== undefined) record.modelRequested = request.model;
  const served = a.servedBy;
  if (served) {
    record.provider = served.provider;
    if (served.model !== undefined) record.modelServed = served.model;
    record.servedBy = served.node;
  }
  if (state.endedBy) record.endedBy = state.endedBy;
  const error = ending.error;
  if (error) {
    record.error = { code: error.code, message: error.message };
    if (error.node) record.error.node = error.node;
    if (error.plugin) record.error.plugin = error.plugin;
    if (error.hook) record.error.hook = error.hook;
  }
  countRetries(record);
  if (a.adaptations && a.adaptations.length > 0) record.adaptations = a.adaptations;
  if (a.usage) record.tokens = tokensOf(a.usage);
  const pricing = state.services.pricing;
  const cache = a.cache;
  if (cache) record.cache = cacheOf(cache, state, pricing);
  if (served && a.usage && cache?.status !== "hit") {
    const cost = priceOf(pricing, served.provider, served.model ?? request.model, a.usage, request, ending);
    if (cost) record.cost = cost;
  } else if (cache?.status === "hit" && record.cache?.savedUsd !== undefined) {
    record.cost = { totalUsd: 0, inputUsd: 0, outputUsd: 0, priceVersion: pricing.version };
  }
  if (state.sent !== undefined) record.responseBytes = utf8Length(state.sent);
  else if (state.responseBytes !== undefined) record.responseBytes = state.responseBytes;
  if (bodies) {
    const captured = bodies.capture(state);
    if (captured) record.bodies = captured;
  }
  return record;
}

/** An attempt on the target just tried is a retry; on another one, a fallback. */
function countRetries(record: RequestRecord): void {
  const attempts = record.attempts;
  for (let i = 1; i < attempts.length; i++) {
    if (attempts[i]!.target === attempts[i - 1]!.target) record.retries++;
    else record.fallbacks++;
  }
}

function tokensOf(usage: Usage): Tokens {
  const tokens: Tokens = {
    prompt: usage.prompt_tokens,
    completion: usage.completion_tokens,
    total: usage.total_tokens,
  };
  const cached = usage.prompt_tokens_details?.cached_tokens;
  if (cached !== undefined) tokens.cached = cached;
  const cacheWrite = usage.prompt_tokens_details?.cache_write_tokens;
  if (cacheWrite !== undefined) tokens.cacheWrite = cacheWrite;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  if (reasoning !== undefined) tokens.reasoning = reasoning;
  return tokens;
}

/** The units a request is priced in: its tokens, and the images or characters it asked for. */
export function pricedUsage(usage: Usage, request: GatewayRequest): PricedUsage {
  const priced: PricedUsage = {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens,
    cacheWriteTokens: usage.prompt_tokens_details?.cache_write_tokens,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens,
  };
  if (request.endpoint === "images.generations") priced.images = request.body.n ?? 1;
  else if (request.endpoint === "audio.speech") priced.characters = request.body.input.length;
  return priced;
}

function priceOf(
  pricing: Pricing,
  provider: string,
  model: string | undefined,
  usage: Usage,
  request: GatewayRequest,
  ending: Ending,
): CostBreakdown | undefined {
  if (model === undefined) return undefined;
  // A failed request was billed for what its usage says it used; without usage it cost nothing.
  if (ending.status >= 400 && usage.total_tokens === 0) return undefined;
  return pricing.cost(provider, model, pricedUsage(usage, request));
}

function cacheOf(
  outcome: NonNullable<RequestAnnotations["cache"]>,
  state: RequestState,
  pricing: Pricing,
): Cache {
  const cache: Cache = { status: outcome.status };
  if (outcome.kind) cache.kind = outcome.kind;
  if (outcome.node) cache.node = outcome.node;
  if (outcome.stored !== undefined) cache.stored = outcome.stored;
  if (outcome.similarity !== undefined) cache.similarity = outcome.similarity;
  const saved = outcome.savedUsage;
  if (outcome.status === "hit" && saved) {
    cache.savedTokens = saved.total_tokens;
    const served = state.annotations.servedBy;
    const model = served?.model ?? state.request.model;
    const cost =
      served && model ? pricing.cost(served.provider, model, pricedUsage(saved, state.request)) : undefined;
    if (cost) cache.savedUsd = cost.totalUsd;
  }
  return cache;
}

/** Who called: the address a proxy in front reported, and the client's own description. */
function clientOf(request: GatewayRequest): RequestRecord["client"] {
  const client: RequestRecord["client"] = { metadata: request.metadata as Record<string, JsonValue> };
  const headers = request.headers;
  const forwarded = headers.get("x-forwarded-for");
  const ip = forwarded ? forwarded.split(",")[0]!.trim() : headers.get("x-real-ip");
  if (ip) client.ip = ip;
  const agent = headers.get("user-agent");
  if (agent) client.userAgent = agent;
  return client;
}

/** A string's UTF-8 size without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 UTF-16 units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

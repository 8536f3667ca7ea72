/**
 * Test support: finished records as the engine hands them to `finish` (a valid `RequestRecord`
 * with the fields a test sets), and a fast-check arbitrary of records whose keys, models,
 * providers and targets come from pools larger than the label bounds the tests use.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import fc from "fast-check";

/** A plain successful chat request, with `fields` over it. */
export function recordOf(fields: Partial<RequestRecord> = {}): RequestRecord {
  return {
    recordVersion: 1,
    requestId: "req-1",
    timestamp: "2026-01-01T00:00:00.000Z",
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    config: "default",
    stream: false,
    modelRequested: "gpt-4o",
    provider: "openai",
    modelServed: "gpt-4o",
    servedBy: "llm",
    status: 200,
    outcome: "ok",
    timings: { totalMs: 120, overheadMs: 0.2, upstreamMs: 119.8, nodes: [] },
    attempts: [
      { target: "llm", provider: "openai", model: "gpt-4o", status: 200, startMs: 0.1, durationMs: 119 },
    ],
    retries: 0,
    fallbacks: 0,
    guardrails: [],
    requestBytes: 100,
    client: { metadata: {} },
    tags: {},
    ...fields,
  };
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const pool = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** Label pools: each larger than the bound `boundedConfig` gives its label. */
export const POOLS = {
  key: pool("key-", 12),
  model: pool("model-", 15),
  provider: pool("provider-", 8),
  target: pool("target-", 9),
  node: pool("guard-", 7),
  check: pool("check-", 7),
  code: [
    "rate_limited",
    "budget_exceeded",
    "upstream_error",
    "upstream_timeout",
    "content_denied",
    "internal_error",
  ],
} as const;

/** Bounds below every pool's size, so any long enough run folds values into `other`. */
export const BOUNDS = {
  key: 5,
  model: 6,
  provider: 3,
  target: 4,
  node: 2,
  check: 3,
  code: 4,
  other: 50,
} as const;

const ms = fc.double({ min: 0, max: 200_000, noNaN: true, noDefaultInfinity: true });
const count = fc.integer({ min: 0, max: 100_000 });

const attempt = fc.record({
  target: pick(POOLS.target),
  provider: fc.option(pick(POOLS.provider), { nil: undefined }),
  status: pick([0, 200, 429, 500, 503]),
  startMs: ms,
  durationMs: ms,
});

const verdict = fc.record({
  node: pick(POOLS.node),
  check: pick(POOLS.check),
  verdict: pick(["pass", "fail"] as const),
  action: pick(["allow", "deny", "flag", "mask", "fallback"] as const),
  phase: pick(["input", "output", "stream"] as const),
  reason: fc.constant("r"),
});

/** Any finished record a gateway could produce (and some fields it may leave out). */
export const recordArbitrary: fc.Arbitrary<RequestRecord> = fc
  .record({
    endpoint: fc.option(pick(["chat.completions", "embeddings", "completions"] as const), { nil: undefined }),
    keyId: fc.option(pick(POOLS.key), { nil: undefined }),
    modelServed: fc.option(pick(POOLS.model), { nil: undefined }),
    provider: fc.option(pick(POOLS.provider), { nil: undefined }),
    stream: fc.boolean(),
    status: pick([200, 400, 429, 499, 500, 502, 503, 504]),
    outcome: pick(["ok", "ended_early", "error", "stream_error", "client_closed"] as const),
    errorCode: fc.option(pick(POOLS.code), { nil: undefined }),
    totalMs: ms,
    overheadMs: fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
    ttftMs: fc.option(ms, { nil: undefined }),
    attempts: fc.array(attempt, { maxLength: 4 }),
    tokens: fc.option(
      fc.record({ prompt: count, completion: count, cached: count, cacheWrite: count, reasoning: count }),
      { nil: undefined },
    ),
    costUsd: fc.option(fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }), {
      nil: undefined,
    }),
    cache: fc.option(
      fc.record({
        status: pick(["hit", "miss", "refresh", "bypass"] as const),
        kind: pick(["exact", "semantic"] as const),
        savedUsd: fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
      }),
      { nil: undefined },
    ),
    guardrails: fc.array(verdict, { maxLength: 3 }),
    breakers: fc.dictionary(
      pick(POOLS.target).map((t) => `breaker:${t}`),
      pick(["closed", "half_open", "open"]),
      { maxKeys: 3 },
    ),
  })
  .map((f) =>
    recordOf({
      endpoint: f.endpoint,
      keyId: f.keyId,
      modelServed: f.modelServed,
      provider: f.provider,
      stream: f.stream,
      status: f.status,
      outcome: f.outcome,
      error: f.errorCode === undefined ? undefined : { code: f.errorCode, message: "failed" },
      timings: { totalMs: f.totalMs, overheadMs: f.overheadMs, upstreamMs: 0, ttftMs: f.ttftMs, nodes: [] },
      attempts: f.attempts,
      retries: Math.max(0, f.attempts.length - 1),
      fallbacks: 0,
      tokens:
        f.tokens === undefined ? undefined : { ...f.tokens, total: f.tokens.prompt + f.tokens.completion },
      cost:
        f.costUsd === undefined
          ? undefined
          : { totalUsd: f.costUsd, inputUsd: f.costUsd, outputUsd: 0, priceVersion: "test" },
      cache: f.cache,
      guardrails: f.guardrails,
      tags: f.breakers,
    }),
  );

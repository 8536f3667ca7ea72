/**
 * Hand-made finished records for span-building tests: a complete, valid `RequestRecord` of a
 * streamed-or-not chat request that went through an auth node, a router with a failed attempt
 * and a fallback, with usage and cost; each test overrides what it needs. Test-only.
 */
import type { RequestRecord, TraceContext } from "@aigw/plugin-api";

export const TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
export const CALLER_SPAN_ID = "00f067aa0ba902b7";
export const REQUEST_SPAN_ID = "b7ad6b7169203331";
/** 2026-01-02T03:04:05.678Z in ms since the epoch. */
export const TIMESTAMP_MS = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

export const TRACE: TraceContext = {
  traceId: TRACE_ID,
  spanId: REQUEST_SPAN_ID,
  parentSpanId: CALLER_SPAN_ID,
  sampled: true,
};

/** A chat request served by its second attempt (the first got a 503), with overrides on top. */
export function chatRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    recordVersion: 1,
    requestId: "req_1",
    traceId: TRACE_ID,
    spanId: REQUEST_SPAN_ID,
    parentSpanId: CALLER_SPAN_ID,
    timestamp: new Date(TIMESTAMP_MS).toISOString(),
    keyId: "key_team_a",
    team: "team-a",
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    config: "default",
    stream: false,
    modelRequested: "gpt-4o",
    provider: "OpenAI",
    modelServed: "gpt-4o-2024-08-06",
    servedBy: "openai-b",
    status: 200,
    outcome: "ok",
    timings: {
      totalMs: 250.5,
      overheadMs: 10.25,
      upstreamMs: 240.25,
      ttfbMs: 249.75,
      nodes: [
        { node: "trace", hook: "request", startMs: 0.125, durationMs: 0.05, outcome: "ok" },
        { node: "auth", hook: "request", startMs: 0.25, durationMs: 1.5, outcome: "ok" },
        { node: "router", hook: "call", startMs: 2, durationMs: 245.5, outcome: "ok" },
      ],
    },
    attempts: [
      {
        target: "openai-a",
        provider: "OpenAI",
        model: "gpt-4o",
        status: 503,
        startMs: 2.5,
        durationMs: 40,
        error: "upstream_unavailable",
      },
      {
        target: "openai-b",
        provider: "OpenAI",
        model: "gpt-4o",
        status: 200,
        startMs: 45,
        durationMs: 200.25,
      },
    ],
    retries: 0,
    fallbacks: 1,
    tokens: { prompt: 12, completion: 34, total: 46, cached: 4 },
    cost: { totalUsd: 0.00042, inputUsd: 0.0001, outputUsd: 0.00032, priceVersion: "2026-01-01" },
    cache: { status: "miss", node: "cache" },
    guardrails: [],
    requestBytes: 120,
    responseBytes: 480,
    client: { ip: "203.0.113.7", userAgent: "test-agent/1.0", metadata: {} },
    tags: {},
    ...overrides,
  };
}

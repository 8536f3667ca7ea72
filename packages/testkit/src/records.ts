/**
 * A complete request record as the gateway writes one (every optional part present), for tests
 * that feed records to an observer's `finish` hook, a sink or an encoder directly.
 */
import type { RequestRecord } from "@aigw/plugin-api";

/** A finished chat request answered by OpenAI after one retry; `overrides` replace top-level fields. */
export function sampleRecord(overrides: Partial<RequestRecord> = {}): RequestRecord {
  return {
    recordVersion: 1,
    requestId: "req-1",
    traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    spanId: "00f067aa0ba902b7",
    parentSpanId: "53995c3f42cd8ad8",
    timestamp: "2030-01-02T03:04:05.678Z",
    keyId: "key-1",
    team: "search",
    user: "ana",
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    config: "default",
    stream: false,
    modelRequested: "gpt-4o",
    provider: "openai",
    modelServed: "gpt-4o-2024-08-06",
    servedBy: "openai",
    status: 200,
    outcome: "ok",
    timings: {
      totalMs: 812.5,
      overheadMs: 2.5,
      upstreamMs: 810,
      ttfbMs: 811,
      nodes: [
        { node: "pii", hook: "request", startMs: 0.1, durationMs: 0.4, outcome: "ok" },
        { node: "openai", hook: "call", startMs: 0.6, durationMs: 810, outcome: "ok" },
      ],
    },
    attempts: [
      {
        target: "openai",
        provider: "openai",
        model: "gpt-4o",
        status: 503,
        startMs: 0.6,
        durationMs: 100,
        error: "upstream_unavailable",
      },
      { target: "openai", provider: "openai", model: "gpt-4o", status: 200, startMs: 101, durationMs: 709 },
    ],
    retries: 1,
    fallbacks: 0,
    tokens: { prompt: 120, completion: 30, total: 150, cached: 100, reasoning: 0 },
    cost: {
      totalUsd: 0.00055,
      inputUsd: 0.00005,
      cachedInputUsd: 0.000125,
      outputUsd: 0.0003,
      priceVersion: "2030-01-01",
    },
    cache: { status: "miss", kind: "exact", node: "cache", stored: true },
    guardrails: [
      { node: "pii", check: "pii", verdict: "pass", action: "allow", phase: "input", reason: "no PII found" },
    ],
    requestBytes: 210,
    responseBytes: 640,
    client: { ip: "203.0.113.7", userAgent: "test/1.0", metadata: { ticket: { id: 42 } } },
    tags: { experiment: { arm: "b" } },
    ...overrides,
  };
}

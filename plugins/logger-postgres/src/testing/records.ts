/**
 * Test records: a valid `RequestRecord` with every part a sink stores, varied by a seed, so
 * tests can make thousands of distinct ones and know what each should read back as.
 */
import type { RequestRecord } from "@aigw/plugin-api";

const KEYS = ["key-a", "key-b", "key-c"];
const TEAMS = ["red", "blue"];
const MODELS = ["gpt-4o", "gpt-4o-mini", "claude-3-5-sonnet"];
const PROVIDERS = ["openai", "anthropic"];
const CACHE = ["hit", "miss", "bypass"] as const;
const STATUSES = [200, 200, 200, 200, 400, 429, 500, 502];

/** A valid record; `n` varies everything deterministically, `overrides` replace top-level fields. */
export function makeRecord(n: number, overrides: Partial<RequestRecord> = {}): RequestRecord {
  const status = STATUSES[n % STATUSES.length]!;
  const failed = status >= 400;
  const provider = PROVIDERS[n % PROVIDERS.length]!;
  const model = MODELS[n % MODELS.length]!;
  const prompt = 10 + (n % 97);
  const completion = failed ? 0 : 5 + (n % 31);
  const totalMs = 20 + ((n * 37) % 900) + (n % 7) / 8;
  const record: RequestRecord = {
    recordVersion: 1,
    requestId: `req-${n}`,
    traceId: (n.toString(16).padStart(8, "0") + "0".repeat(24)).slice(0, 32),
    timestamp: new Date(Date.UTC(2025, 0, 1) + n * 1_000).toISOString(),
    keyId: KEYS[n % KEYS.length]!,
    team: TEAMS[n % TEAMS.length]!,
    user: `user-${n % 5}`,
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    config: "default",
    stream: n % 3 === 0,
    modelRequested: model,
    provider,
    modelServed: failed ? undefined : model,
    servedBy: provider,
    status,
    outcome: failed ? "error" : "ok",
    timings: {
      totalMs,
      overheadMs: 1 + (n % 13) / 4,
      upstreamMs: totalMs - 1,
      ttftMs: n % 3 === 0 ? totalMs / 2 : undefined,
      nodes: [{ node: "upstream", hook: "call", startMs: 0.5, durationMs: totalMs - 1, outcome: "ok" }],
    },
    attempts: [{ target: "upstream", provider, model, status, startMs: 0.5, durationMs: totalMs - 1 }],
    retries: 0,
    fallbacks: 0,
    tokens: { prompt, completion, total: prompt + completion, cached: n % 4, reasoning: n % 2 },
    cost: {
      totalUsd: (prompt * 2.5 + completion * 10) / 1_000_000,
      inputUsd: (prompt * 2.5) / 1_000_000,
      outputUsd: (completion * 10) / 1_000_000,
      priceVersion: "2025-01-01",
    },
    cache: { status: CACHE[n % CACHE.length]! },
    guardrails:
      n % 10 === 0
        ? [
            {
              node: "pii",
              check: "email",
              verdict: "fail",
              action: "flag",
              phase: "input",
              reason: "an email",
            },
          ]
        : [],
    requestBytes: 100 + n,
    responseBytes: failed ? undefined : 200 + n,
    client: { ip: "127.0.0.1", userAgent: "test", metadata: { caller: { n } } },
    tags: {},
    ...overrides,
  };
  if (failed) record.error = { code: status === 429 ? "rate_limited" : "upstream_error", message: "failed" };
  // JSON has no undefined: the record as a sink reads it back.
  return JSON.parse(JSON.stringify(record)) as RequestRecord;
}

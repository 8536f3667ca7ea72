/**
 * What each metric counts, from hand-made finished records through a `MetricsNode` (the code the
 * `finish` and `serve` hooks run), read back by parsing the scrape as Prometheus would.
 */
import type { Logger, RequestRecord } from "@aigw/plugin-api";
import { afterEach, describe, expect, test } from "vitest";
import type { PrometheusMetricsConfig } from "./config.gen.js";
import { MetricsNode } from "./metrics-node.js";
import { settingsOf } from "./settings.js";
import { parseExposition, type Scrape, samples, sampleValue, total } from "./testing/exposition.js";
import { silentLogger, uniqueNodeId } from "./testing/gateway.js";
import { recordOf } from "./testing/records.js";

const open: MetricsNode[] = [];
afterEach(() => {
  for (const node of open.splice(0)) node.close();
});

function metricsNode(config: PrometheusMetricsConfig = {}, logger: Logger = silentLogger()): MetricsNode {
  const node = new MetricsNode(uniqueNodeId(), settingsOf({ defaultMetrics: false, ...config }), logger);
  open.push(node);
  return node;
}

async function scrapeOf(node: MetricsNode): Promise<Scrape> {
  return parseExposition(await (await node.scrape()).text());
}

const CLOSE = 1e-9;

describe("requests and timings", () => {
  test("requests_total by endpoint, provider, model, status, outcome and cache; duration and overhead histograms", async () => {
    const node = metricsNode();
    node.observe(recordOf({ timings: { totalMs: 120, overheadMs: 0.2, upstreamMs: 119.8, nodes: [] } }));
    node.observe(recordOf({ timings: { totalMs: 3000, overheadMs: 0.04, upstreamMs: 2999, nodes: [] } }));
    node.observe(
      recordOf({
        status: 400,
        outcome: "ended_early",
        provider: undefined,
        modelServed: undefined,
        modelRequested: "gpt-4o-mini",
        error: { code: "content_denied", message: "no" },
        attempts: [],
        timings: { totalMs: 1, overheadMs: 1, upstreamMs: 0, nodes: [] },
      }),
    );
    const s = await scrapeOf(node);
    const ok = {
      endpoint: "chat.completions",
      provider: "openai",
      model: "gpt-4o",
      status: "200",
      outcome: "ok",
      cache: "none",
    };
    expect(sampleValue(s, "aigw_requests_total", ok)).toBe(2);
    expect(
      sampleValue(s, "aigw_requests_total", {
        ...ok,
        provider: "none",
        model: "gpt-4o-mini",
        status: "400",
        outcome: "ended_early",
      }),
    ).toBe(1);
    expect(s.get("aigw_requests_total")?.type).toBe("counter");

    const openai = { endpoint: "chat.completions", provider: "openai" };
    expect(s.get("aigw_request_duration_seconds")?.type).toBe("histogram");
    expect(sampleValue(s, "aigw_request_duration_seconds_count", openai)).toBe(2);
    expect(sampleValue(s, "aigw_request_duration_seconds_sum", openai)).toBeCloseTo(3.12, 9);
    expect(sampleValue(s, "aigw_request_duration_seconds_bucket", { ...openai, le: "0.25" })).toBe(1);
    expect(sampleValue(s, "aigw_request_duration_seconds_bucket", { ...openai, le: "2.5" })).toBe(1);
    expect(sampleValue(s, "aigw_request_duration_seconds_bucket", { ...openai, le: "5" })).toBe(2);

    const chat = { endpoint: "chat.completions" };
    expect(sampleValue(s, "aigw_overhead_seconds_count", chat)).toBe(3);
    expect(Math.abs(sampleValue(s, "aigw_overhead_seconds_sum", chat) - 0.00124)).toBeLessThan(CLOSE);
    // Fine-grained at the low end: 40 µs is under the first bound, 200 µs under 250 µs.
    expect(sampleValue(s, "aigw_overhead_seconds_bucket", { ...chat, le: "0.00005" })).toBe(1);
    expect(sampleValue(s, "aigw_overhead_seconds_bucket", { ...chat, le: "0.00025" })).toBe(2);
    expect(sampleValue(s, "aigw_overhead_seconds_bucket", { ...chat, le: "0.001" })).toBe(3);
  });

  test("time to first token only for streams that have one", async () => {
    const node = metricsNode();
    const timings = (ttftMs?: number) => ({
      totalMs: 900,
      overheadMs: 0.1,
      upstreamMs: 800,
      ttftMs,
      nodes: [],
    });
    node.observe(recordOf({ stream: true, timings: timings(300) }));
    node.observe(recordOf({ stream: true, timings: timings(700) }));
    node.observe(recordOf({ stream: true, timings: timings(undefined) }));
    node.observe(recordOf({ stream: false, timings: timings(50) }));
    const s = await scrapeOf(node);
    const series = { provider: "openai", model: "gpt-4o" };
    expect(sampleValue(s, "aigw_time_to_first_token_seconds_count", series)).toBe(2);
    expect(sampleValue(s, "aigw_time_to_first_token_seconds_sum", series)).toBeCloseTo(1, 9);
    expect(sampleValue(s, "aigw_time_to_first_token_seconds_bucket", { ...series, le: "0.5" })).toBe(1);
  });

  test("bucket overrides replace the defaults; a prefix renames every metric", async () => {
    const node = metricsNode({ prefix: "gw_", buckets: { requestDuration: [1, 10], overhead: [0.001] } });
    node.observe(recordOf());
    const s = await scrapeOf(node);
    expect(samples(s, "aigw_requests_total")).toEqual([]);
    expect(total(s, "gw_requests_total")).toBe(1);
    const les = samples(s, "gw_request_duration_seconds_bucket").map((x) => x.labels.le);
    expect(les).toEqual(["1", "10", "+Inf"]);
    expect(samples(s, "gw_overhead_seconds_bucket").map((x) => x.labels.le)).toEqual(["0.001", "+Inf"]);
  });
});

describe("usage, errors, cache, guardrails, attempts", () => {
  test("tokens by type and cost by provider, model and key; the key label can be left out", async () => {
    const usage = (keyId?: string): Partial<RequestRecord> => ({
      keyId,
      tokens: { prompt: 100, completion: 20, total: 120, cached: 40, reasoning: 5 },
      cost: { totalUsd: 0.25, inputUsd: 0.2, outputUsd: 0.05, priceVersion: "t" },
    });
    const node = metricsNode();
    node.observe(recordOf(usage("k1")));
    node.observe(recordOf(usage("k1")));
    node.observe(recordOf(usage(undefined)));
    const s = await scrapeOf(node);
    const k1 = { provider: "openai", model: "gpt-4o", key: "k1" };
    expect(sampleValue(s, "aigw_tokens_total", { ...k1, type: "prompt" })).toBe(200);
    expect(sampleValue(s, "aigw_tokens_total", { ...k1, type: "completion" })).toBe(40);
    expect(sampleValue(s, "aigw_tokens_total", { ...k1, type: "cached" })).toBe(80);
    expect(sampleValue(s, "aigw_tokens_total", { ...k1, type: "reasoning" })).toBe(10);
    expect(samples(s, "aigw_tokens_total", { ...k1, type: "cache_write" })).toEqual([]);
    expect(sampleValue(s, "aigw_cost_usd_total", k1)).toBeCloseTo(0.5, 12);
    expect(sampleValue(s, "aigw_cost_usd_total", { ...k1, key: "none" })).toBeCloseTo(0.25, 12);

    const keyless = metricsNode({ includeKey: false });
    keyless.observe(recordOf(usage("k1")));
    keyless.observe(recordOf(usage("k2")));
    const t = await scrapeOf(keyless);
    expect(sampleValue(t, "aigw_tokens_total", { provider: "openai", model: "gpt-4o", type: "prompt" })).toBe(
      200,
    );
    expect(sampleValue(t, "aigw_cost_usd_total", { provider: "openai", model: "gpt-4o" })).toBeCloseTo(
      0.5,
      12,
    );
  });

  test("errors by code; rate-limit rejections by scope (gateway, budget, upstream)", async () => {
    const node = metricsNode();
    const failed = (code: string, status: number, attempts: RequestRecord["attempts"] = []) =>
      recordOf({ status, outcome: "error", error: { code, message: "m" }, attempts });
    node.observe(failed("rate_limited", 429)); // a rate-limit node refused it
    node.observe(failed("budget_exceeded", 429));
    node.observe(
      failed("rate_limited", 429, [
        { target: "llm", provider: "openai", status: 429, startMs: 0, durationMs: 5 },
      ]),
    );
    node.observe(failed("upstream_error", 502, [{ target: "llm", status: 502, startMs: 0, durationMs: 5 }]));
    node.observe(recordOf());
    const s = await scrapeOf(node);
    expect(sampleValue(s, "aigw_errors_total", { code: "rate_limited" })).toBe(2);
    expect(sampleValue(s, "aigw_errors_total", { code: "budget_exceeded" })).toBe(1);
    expect(sampleValue(s, "aigw_errors_total", { code: "upstream_error" })).toBe(1);
    expect(total(s, "aigw_errors_total")).toBe(4);
    expect(sampleValue(s, "aigw_rate_limit_rejections_total", { scope: "gateway" })).toBe(1);
    expect(sampleValue(s, "aigw_rate_limit_rejections_total", { scope: "budget" })).toBe(1);
    expect(sampleValue(s, "aigw_rate_limit_rejections_total", { scope: "upstream" })).toBe(1);
  });

  test("cache lookups by status and kind, and what hits saved", async () => {
    const node = metricsNode();
    node.observe(
      recordOf({ cache: { status: "hit", kind: "exact", savedUsd: 0.125 }, outcome: "ended_early" }),
    );
    node.observe(
      recordOf({ cache: { status: "hit", kind: "semantic", savedUsd: 0.25 }, outcome: "ended_early" }),
    );
    node.observe(recordOf({ cache: { status: "miss", kind: "exact", stored: true } }));
    node.observe(recordOf());
    const s = await scrapeOf(node);
    expect(sampleValue(s, "aigw_cache_requests_total", { status: "hit", kind: "exact" })).toBe(1);
    expect(sampleValue(s, "aigw_cache_requests_total", { status: "hit", kind: "semantic" })).toBe(1);
    expect(sampleValue(s, "aigw_cache_requests_total", { status: "miss", kind: "exact" })).toBe(1);
    expect(total(s, "aigw_cache_requests_total")).toBe(3);
    expect(sampleValue(s, "aigw_cache_saved_usd_total")).toBeCloseTo(0.375, 12);
    expect(total(s, "aigw_requests_total", { cache: "hit" })).toBe(2);
    expect(total(s, "aigw_requests_total", { cache: "none" })).toBe(1);
  });

  test("guardrail verdicts by node, check, verdict and action", async () => {
    const node = metricsNode();
    const verdict = (check: string, v: "pass" | "fail", action: "allow" | "deny" | "mask") => ({
      node: "pii",
      check,
      verdict: v,
      action,
      phase: "input" as const,
      reason: "r",
    });
    node.observe(
      recordOf({ guardrails: [verdict("email", "fail", "mask"), verdict("card", "pass", "allow")] }),
    );
    node.observe(recordOf({ guardrails: [verdict("email", "fail", "mask")] }));
    const s = await scrapeOf(node);
    expect(
      sampleValue(s, "aigw_guardrail_verdicts_total", {
        node: "pii",
        check: "email",
        verdict: "fail",
        action: "mask",
      }),
    ).toBe(2);
    expect(
      sampleValue(s, "aigw_guardrail_verdicts_total", {
        node: "pii",
        check: "card",
        verdict: "pass",
        action: "allow",
      }),
    ).toBe(1);
  });

  test("upstream attempts by target, provider and status; retries and fallbacks", async () => {
    const node = metricsNode();
    node.observe(
      recordOf({
        attempts: [
          {
            target: "a",
            provider: "openai",
            status: 503,
            startMs: 0,
            durationMs: 10,
            error: "upstream_unavailable",
          },
          {
            target: "a",
            provider: "openai",
            status: 503,
            startMs: 20,
            durationMs: 10,
            error: "upstream_unavailable",
          },
          {
            target: "b",
            provider: "anthropic",
            status: 0,
            startMs: 40,
            durationMs: 30_000,
            error: "upstream_timeout",
          },
          { target: "c", provider: "openai", status: 200, startMs: 70, durationMs: 10 },
        ],
        retries: 1,
        fallbacks: 2,
      }),
    );
    const s = await scrapeOf(node);
    expect(
      sampleValue(s, "aigw_upstream_attempts_total", { target: "a", provider: "openai", status: "503" }),
    ).toBe(2);
    expect(
      sampleValue(s, "aigw_upstream_attempts_total", { target: "b", provider: "anthropic", status: "0" }),
    ).toBe(1);
    expect(
      sampleValue(s, "aigw_upstream_attempts_total", { target: "c", provider: "openai", status: "200" }),
    ).toBe(1);
    expect(sampleValue(s, "aigw_retries_total")).toBe(1);
    expect(sampleValue(s, "aigw_fallbacks_total")).toBe(2);
  });

  test("circuit breaker state from the breaker tags: the last state seen per target", async () => {
    const node = metricsNode();
    const tags = (t: Record<string, string>) => ({ tags: t });
    node.observe(recordOf(tags({ "breaker:a": "closed", "breaker:b": "closed", "r.strategy": "fallback" })));
    node.observe(recordOf(tags({ "breaker:a": "open" })));
    node.observe(recordOf(tags({ "breaker:b": "half_open", "breaker:c": "sideways" })));
    const s = await scrapeOf(node);
    expect(s.get("aigw_circuit_breaker_state")?.type).toBe("gauge");
    expect(sampleValue(s, "aigw_circuit_breaker_state", { target: "a" })).toBe(2);
    expect(sampleValue(s, "aigw_circuit_breaker_state", { target: "b" })).toBe(1);
    expect(samples(s, "aigw_circuit_breaker_state", { target: "c" })).toEqual([]);
    node.observe(recordOf(tags({ "breaker:a": "closed" })));
    expect(sampleValue(await scrapeOf(node), "aigw_circuit_breaker_state", { target: "a" })).toBe(0);
  });
});

describe("bounds and bad input", () => {
  test("values beyond a label's bound are counted as other, and the folds are counted", async () => {
    const node = metricsNode({ maxLabelValues: { model: 2, key: 1 } });
    for (const model of ["m1", "m2", "m3", "m4", "m1", "m3"])
      node.observe(
        recordOf({
          modelServed: model,
          keyId: model === "m1" ? "k1" : "k2",
          tokens: { prompt: 1, completion: 1, total: 2 },
        }),
      );
    const s = await scrapeOf(node);
    const models = new Set(samples(s, "aigw_requests_total").map((x) => x.labels.model));
    expect(models).toEqual(new Set(["m1", "m2", "other"]));
    expect(total(s, "aigw_requests_total", { model: "other" })).toBe(3);
    expect(total(s, "aigw_requests_total")).toBe(6);
    expect(sampleValue(s, "aigw_label_values_folded_total", { label: "model" })).toBe(3); // once per request
    expect(new Set(samples(s, "aigw_tokens_total").map((x) => x.labels.key))).toEqual(
      new Set(["k1", "other"]),
    );
  });

  test("a record missing fields or holding the wrong shapes is counted where it can be, and never throws", async () => {
    const errors: unknown[] = [];
    const logger: Logger = { ...silentLogger(), error: (o) => void errors.push(o) };
    const node = metricsNode({}, logger);
    const broken = {
      ...recordOf(),
      endpoint: 42,
      timings: { totalMs: "slow", overheadMs: Number.NaN, nodes: [] },
      attempts: [null, { target: "a", status: "x" }],
      guardrails: "none",
      tokens: { prompt: -5, completion: Number.POSITIVE_INFINITY },
      tags: null,
    } as unknown as RequestRecord;
    node.observe(broken);
    node.observe({} as RequestRecord);
    node.observe(null as unknown as RequestRecord);
    const s = await scrapeOf(node);
    expect(total(s, "aigw_requests_total")).toBe(2);
    expect(
      sampleValue(s, "aigw_upstream_attempts_total", { target: "a", provider: "none", status: "none" }),
    ).toBe(1);
    expect(total(s, "aigw_request_duration_seconds_count")).toBe(0);
    expect(total(s, "aigw_tokens_total")).toBe(0);
    expect(errors).toHaveLength(1); // the null record, logged once
  });

  test("the scrape is Prometheus text with the registry's content type; default metrics when asked", async () => {
    const node = metricsNode({ defaultMetrics: true });
    const response = await node.scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const s = parseExposition(await response.text());
    expect(s.get("process_cpu_user_seconds_total")?.type).toBe("counter");
    expect(s.get("nodejs_heap_size_total_bytes")?.type).toBe("gauge");
    const without = parseExposition(await (await metricsNode().scrape()).text());
    expect(without.has("process_cpu_user_seconds_total")).toBe(false);
  });
});

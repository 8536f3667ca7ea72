/**
 * The plugin in a real gateway (createGateway) in front of the mock provider, and of a router
 * over mock providers: after N requests the scrape (through the instance's `serve` hook, parsed
 * strictly) shows the counts, histogram counts and sums of the records the engine finished,
 * bounded labels, breaker states, and one registry for every named config.
 */
import { createGateway } from "@aigw/engine";
import type { Plugin } from "@aigw/plugin-api";
import { afterEach, describe, expect, test } from "vitest";
import { labelValues, parseExposition, samples, sampleValue, total } from "./testing/exposition.js";
import {
  keepingInstances,
  type MadeInstance,
  type MetricsGateway,
  metricsGateway,
  serveScrape,
  silentLogger,
  uniqueNodeId,
} from "./testing/gateway.js";

const running: MetricsGateway[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.gateway.close()));
});

async function boot(options: Parameters<typeof metricsGateway>[0] = {}): Promise<MetricsGateway> {
  const g = await metricsGateway(options);
  running.push(g);
  return g;
}

describe("through the engine", () => {
  test("after N plain and streamed requests: counts, durations, overhead, TTFT, tokens, attempts", async () => {
    const g = await boot();
    for (let i = 0; i < 4; i++) expect((await g.chat()).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await g.chat({ stream: true })).status).toBe(200);
    expect(g.records).toHaveLength(6);
    const provider = g.records[0]!.provider;
    expect(typeof provider).toBe("string");

    const { response, scrape } = await serveScrape(g.made[0]!);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const series = { endpoint: "chat.completions", provider: provider! };
    expect(
      sampleValue(scrape, "aigw_requests_total", {
        ...series,
        model: "mock",
        status: "200",
        outcome: "ok",
        cache: "none",
      }),
    ).toBe(6);
    expect(sampleValue(scrape, "aigw_request_duration_seconds_count", series)).toBe(6);
    const totalSeconds = g.records.reduce((sum, r) => sum + r.timings.totalMs / 1000, 0);
    expect(sampleValue(scrape, "aigw_request_duration_seconds_sum", series)).toBeCloseTo(totalSeconds, 9);
    expect(sampleValue(scrape, "aigw_overhead_seconds_count", { endpoint: "chat.completions" })).toBe(6);
    const overhead = g.records.reduce((sum, r) => sum + r.timings.overheadMs / 1000, 0);
    expect(sampleValue(scrape, "aigw_overhead_seconds_sum", { endpoint: "chat.completions" })).toBeCloseTo(
      overhead,
      9,
    );
    expect(
      sampleValue(scrape, "aigw_time_to_first_token_seconds_count", { provider: provider!, model: "mock" }),
    ).toBe(2);

    const prompt = g.records.reduce((sum, r) => sum + (r.tokens?.prompt ?? 0), 0);
    expect(prompt).toBeGreaterThan(0);
    expect(total(scrape, "aigw_tokens_total", { type: "prompt" })).toBe(prompt);
    const cost = g.records.reduce((sum, r) => sum + (r.cost?.totalUsd ?? 0), 0);
    expect(total(scrape, "aigw_cost_usd_total")).toBeCloseTo(cost, 12);
    expect(total(scrape, "aigw_upstream_attempts_total", { target: "llm", status: "200" })).toBe(6);
    expect(total(scrape, "aigw_errors_total")).toBe(0);
  });

  test("failures: errors by code, statuses, and an upstream's 429 as a rate-limit rejection", async () => {
    const g = await boot({
      nodes: [{ id: "llm", plugin: "providers-mock", config: { failEvery: 2, failStatus: 503 } }],
    });
    for (let i = 0; i < 4; i++) await g.chat();
    let scrape = await g.scrape();
    expect(total(scrape, "aigw_requests_total", { status: "503", outcome: "error" })).toBe(2);
    expect(sampleValue(scrape, "aigw_errors_total", { code: "upstream_unavailable" })).toBe(2);
    expect(total(scrape, "aigw_rate_limit_rejections_total")).toBe(0);

    const limited = await boot({
      nodes: [{ id: "llm", plugin: "providers-mock", config: { failEvery: 1, failStatus: 429 } }],
    });
    for (let i = 0; i < 3; i++) expect((await limited.chat()).status).toBe(429);
    scrape = await limited.scrape();
    expect(sampleValue(scrape, "aigw_errors_total", { code: "rate_limited" })).toBe(3);
    expect(sampleValue(scrape, "aigw_rate_limit_rejections_total", { scope: "upstream" })).toBe(3);
    expect(total(scrape, "aigw_upstream_attempts_total", { target: "llm", status: "429" })).toBe(3);
  });

  test("labels stay bounded: models past maxLabelValues.model are counted as other", async () => {
    const g = await boot({ metrics: { defaultMetrics: false, maxLabelValues: { model: 2 } } });
    for (const model of ["m1", "m2", "m3", "m4", "m5", "m1"])
      expect((await g.chat({ model })).status).toBe(200);
    const scrape = await g.scrape();
    expect(labelValues(scrape, "aigw_requests_total", "model")).toEqual(new Set(["m1", "m2", "other"]));
    expect(total(scrape, "aigw_requests_total", { model: "other" })).toBe(3);
    expect(total(scrape, "aigw_requests_total")).toBe(6);
    expect(sampleValue(scrape, "aigw_label_values_folded_total", { label: "model" })).toBe(3);
  });

  test("circuit breaker state from router-core's breaker tags", async () => {
    const g = await boot({
      nodes: [
        {
          id: "router",
          plugin: "router-fallback",
          targets: ["flaky", "good"],
          config: { breaker: { minRequests: 2, failureRatio: 0.5, cooldownMs: 60_000 } },
        },
        { id: "flaky", plugin: "providers-mock", config: { failRate: 1, failStatus: 503 } },
        { id: "good", plugin: "providers-mock" },
      ],
    });
    for (let i = 0; i < 4; i++) expect((await g.chat()).status).toBe(200);
    const scrape = await g.scrape();
    expect(sampleValue(scrape, "aigw_circuit_breaker_state", { target: "flaky" })).toBe(2);
    expect(sampleValue(scrape, "aigw_circuit_breaker_state", { target: "good" })).toBe(0);
    expect(total(scrape, "aigw_fallbacks_total")).toBe(2);
    expect(total(scrape, "aigw_upstream_attempts_total", { target: "flaky", status: "503" })).toBe(2);
    expect(total(scrape, "aigw_upstream_attempts_total", { target: "good", status: "200" })).toBe(4);
  });

  test("named configs with the same metrics node id share one registry: one scrape shows them all", async () => {
    // Configured apart, so the engine makes two instances (alike, it would make one).
    const g = await boot({
      configs: { cheap: [{ id: "llm", plugin: "providers-mock", config: { reply: "cheap" } }] },
      configsMetrics: { defaultMetrics: false, includeKey: false },
    });
    expect(g.made.length).toBe(2);
    await g.chat();
    await g.chat({}, { "x-aigw-config": "cheap" });
    await g.chat({}, { "x-aigw-config": "cheap" });
    for (const made of g.made) {
      const { scrape } = await serveScrape(made);
      expect(total(scrape, "aigw_requests_total")).toBe(3);
    }
  });
});

describe("boot", () => {
  test("bucket bounds that do not increase stop the boot, naming the field", async () => {
    const made: MadeInstance[] = [];
    const boot = createGateway({
      config: {
        plugins: ["@aigw/providers-mock"],
        pipeline: {
          nodes: [
            {
              id: uniqueNodeId(),
              plugin: "metrics-prometheus",
              config: { buckets: { overhead: [0.001, 0.001] } },
            },
            { id: "llm", plugin: "providers-mock" },
          ],
        },
      },
      plugins: [keepingInstances(made) as Plugin<never>],
      importPackage: (name) => import(name),
      services: { logger: silentLogger() },
    });
    await expect(boot).rejects.toThrow(/buckets\.overhead must increase/);
  });

  test("the schema refuses a bad prefix and an unknown option", async () => {
    for (const config of [{ prefix: "9bad" }, { maxLabelValues: { model: 0 } }, { labels: true }]) {
      const boot = createGateway({
        config: {
          plugins: ["@aigw/providers-mock"],
          pipeline: {
            nodes: [
              { id: uniqueNodeId(), plugin: "metrics-prometheus", config },
              { id: "llm", plugin: "providers-mock" },
            ],
          },
        },
        plugins: [keepingInstances([]) as Plugin<never>],
        importPackage: (name) => import(name),
        services: { logger: silentLogger() },
      });
      await expect(boot).rejects.toThrow(/metrics-prometheus|config/);
    }
  });
});

describe("GET /metrics routed by the engine", () => {
  test("gateway.fetch answers GET /metrics without a key, with the same scrape as the hook", async () => {
    const g = await boot();
    await g.chat();
    const response = await g.gateway.fetch(new Request("http://x/metrics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
    const scrape = parseExposition(await response.text());
    expect(total(scrape, "aigw_requests_total")).toBe(1);
    expect(samples(scrape, "aigw_request_duration_seconds_count")).toHaveLength(1);
    // The scrape itself is no request of the pipeline: it is not counted.
    const again = parseExposition(await (await g.gateway.fetch(new Request("http://x/metrics"))).text());
    expect(total(again, "aigw_requests_total")).toBe(1);
    const post = await g.gateway.fetch(new Request("http://x/metrics", { method: "POST", body: "{}" }));
    expect(post.status).toBe(405);
  });
});

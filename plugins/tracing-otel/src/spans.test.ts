// Span building from hand-made finished records: ids and parents, span kinds and names, the
// GenAI and gateway attributes, explicit times from the record's timestamp and offsets, and
// error statuses for failed requests, nodes and attempts.
import type { RequestRecord } from "@aigw/plugin-api";
import { describe, expect, it } from "vitest";
import { buildSpans, type OtlpSpan, SpanKind, type SpanSource, StatusCode } from "./spans.js";
import { decodeAttributes } from "./testing/otlp-receiver.js";
import {
  CALLER_SPAN_ID,
  chatRecord,
  REQUEST_SPAN_ID,
  TIMESTAMP_MS,
  TRACE,
  TRACE_ID,
} from "./testing/records.js";

let counter = 0;
const sequentialIds = () => (++counter).toString(16).padStart(16, "0");

function spansOf(record: RequestRecord, extra: Partial<SpanSource> = {}): OtlpSpan[] {
  return buildSpans({
    record,
    trace: TRACE,
    body: undefined,
    fallbackStartMs: 0,
    newSpanId: sequentialIds,
    ...extra,
  });
}

const attrs = (span: OtlpSpan) => decodeAttributes(span.attributes);
/** ns since the epoch of `TIMESTAMP_MS + offsetMs`, exactly (BigInt). */
const ns = (offsetMs: number) =>
  (BigInt(TIMESTAMP_MS) * 1_000_000n + BigInt(Math.round(offsetMs * 1e6))).toString();

describe("buildSpans", () => {
  it("makes the request span with the ids sent upstream, a child per node hook and per attempt", () => {
    const spans = spansOf(chatRecord(), { tracestate: "rojo=1" });
    expect(spans).toHaveLength(1 + 3 + 2);
    const [request, ...children] = spans;
    expect(request).toMatchObject({
      traceId: TRACE_ID,
      spanId: REQUEST_SPAN_ID,
      parentSpanId: CALLER_SPAN_ID,
      traceState: "rojo=1",
      name: "chat gpt-4o",
      kind: SpanKind.SERVER,
      status: { code: StatusCode.UNSET },
    });
    for (const child of children) {
      expect(child.traceId).toBe(TRACE_ID);
      expect(child.parentSpanId).toBe(REQUEST_SPAN_ID);
      expect(child.spanId).toMatch(/^[0-9a-f]{16}$/);
    }
    expect(new Set(spans.map((s) => s.spanId)).size).toBe(spans.length);
    expect(children.map((s) => [s.name, s.kind])).toEqual([
      ["aigw.node trace.request", SpanKind.INTERNAL],
      ["aigw.node auth.request", SpanKind.INTERNAL],
      ["aigw.node router.call", SpanKind.INTERNAL],
      ["chat gpt-4o", SpanKind.CLIENT],
      ["chat gpt-4o", SpanKind.CLIENT],
    ]);
  });

  it("has no parent for a trace the gateway started, and no tracestate", () => {
    const [request] = spansOf(chatRecord(), {
      trace: { traceId: TRACE_ID, spanId: REQUEST_SPAN_ID, sampled: true },
    });
    expect(request!.parentSpanId).toBeUndefined();
    expect(request!.traceState).toBeUndefined();
  });

  it("times every span from the record's timestamp plus its offsets, in exact nanoseconds", () => {
    const [request, trace, auth, router, first, second] = spansOf(chatRecord());
    expect([request!.startTimeUnixNano, request!.endTimeUnixNano]).toEqual([ns(0), ns(250.5)]);
    expect([trace!.startTimeUnixNano, trace!.endTimeUnixNano]).toEqual([ns(0.125), ns(0.175)]);
    expect([auth!.startTimeUnixNano, auth!.endTimeUnixNano]).toEqual([ns(0.25), ns(1.75)]);
    expect([router!.startTimeUnixNano, router!.endTimeUnixNano]).toEqual([ns(2), ns(247.5)]);
    expect([first!.startTimeUnixNano, first!.endTimeUnixNano]).toEqual([ns(2.5), ns(42.5)]);
    expect([second!.startTimeUnixNano, second!.endTimeUnixNano]).toEqual([ns(45), ns(245.25)]);
    // Every child lies within the request span.
    for (const span of [trace, auth, router, first, second]) {
      expect(BigInt(span!.startTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(request!.startTimeUnixNano));
      expect(BigInt(span!.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(request!.endTimeUnixNano));
      expect(BigInt(span!.endTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(span!.startTimeUnixNano));
    }
  });

  it("starts from the fallback when the timestamp does not parse", () => {
    const [request] = spansOf(chatRecord({ timestamp: "yesterday" }), { fallbackStartMs: 1_000 });
    expect(request!.startTimeUnixNano).toBe("1000000000");
    expect(request!.endTimeUnixNano).toBe("1250500000");
  });

  it("puts the GenAI, HTTP and gateway attributes on the request span", () => {
    const body = {
      model: "gpt-4o",
      messages: [{ role: "user", content: "never in a span" }],
      temperature: 1,
      top_p: 0.5,
      max_completion_tokens: 100,
      frequency_penalty: 0.25,
      presence_penalty: -0.5,
      stop: "END",
      seed: 7,
      n: 2,
      response_format: { type: "json_schema", json_schema: { name: "x" } },
    };
    const [request] = spansOf(chatRecord(), { body });
    expect(attrs(request!)).toEqual({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o",
      "gen_ai.response.model": "gpt-4o-2024-08-06",
      "gen_ai.usage.input_tokens": 12,
      "gen_ai.usage.output_tokens": 34,
      "gen_ai.usage.cache_read.input_tokens": 4,
      "gen_ai.request.temperature": 1,
      "gen_ai.request.top_p": 0.5,
      "gen_ai.request.max_tokens": 100,
      "gen_ai.request.frequency_penalty": 0.25,
      "gen_ai.request.presence_penalty": -0.5,
      "gen_ai.request.stop_sequences": ["END"],
      "gen_ai.request.seed": 7,
      "gen_ai.request.choice.count": 2,
      "gen_ai.output.type": "json",
      "http.request.method": "POST",
      "url.path": "/v1/chat/completions",
      "http.response.status_code": 200,
      "client.address": "203.0.113.7",
      "user_agent.original": "test-agent/1.0",
      "aigw.request_id": "req_1",
      "aigw.config": "default",
      "aigw.endpoint": "chat.completions",
      "aigw.stream": false,
      "aigw.outcome": "ok",
      "aigw.served_by": "openai-b",
      "aigw.retries": 0,
      "aigw.fallbacks": 1,
      "aigw.cost_usd": 0.00042,
      "aigw.cache.status": "miss",
      "aigw.key_id": "key_team_a",
      "aigw.team": "team-a",
      "aigw.ttfb_ms": 249.75,
    });
    // Doubles stay doubles even when whole; integers are OTLP int64 strings.
    const temperature = request!.attributes.find((a) => a.key === "gen_ai.request.temperature")!;
    expect(temperature.value).toEqual({ doubleValue: 1 });
    const inputTokens = request!.attributes.find((a) => a.key === "gen_ai.usage.input_tokens")!;
    expect(inputTokens.value).toEqual({ intValue: "12" });
    expect(JSON.stringify(request)).not.toContain("never in a span");
  });

  it("leaves out request parameters of the wrong type", () => {
    const [request] = spansOf(chatRecord(), {
      body: { temperature: "hot", max_tokens: Number.NaN, stop: [1, "x"], top_p: null, n: 1 },
    });
    const a = attrs(request!);
    expect(a["gen_ai.request.temperature"]).toBeUndefined();
    expect(a["gen_ai.request.max_tokens"]).toBeUndefined();
    expect(a["gen_ai.request.top_p"]).toBeUndefined();
    expect(a["gen_ai.request.choice.count"]).toBeUndefined();
    expect(a["gen_ai.request.stop_sequences"]).toEqual(["x"]);
  });

  it("names operations by endpoint", () => {
    const cases: [RequestRecord["endpoint"], string, string][] = [
      ["completions", "text_completion", "text_completion gpt-4o"],
      ["embeddings", "embeddings", "embeddings gpt-4o"],
      ["images.generations", "generate_content", "generate_content gpt-4o"],
      ["audio.speech", "generate_content", "generate_content gpt-4o"],
      ["moderations", "moderation", "moderation gpt-4o"],
    ];
    for (const [endpoint, operation, name] of cases) {
      const [request] = spansOf(chatRecord({ endpoint }));
      expect(attrs(request!)["gen_ai.operation.name"]).toBe(operation);
      expect(request!.name).toBe(name);
    }
    const [image] = spansOf(chatRecord({ endpoint: "images.generations" }), { body: { prompt: "x" } });
    expect(attrs(image!)["gen_ai.output.type"]).toBe("image");
    const [embedding] = spansOf(chatRecord({ endpoint: "embeddings" }), {
      body: { input: "x", encoding_format: "base64", dimensions: 256 },
    });
    expect(attrs(embedding!)).toMatchObject({
      "gen_ai.request.encoding_formats": ["base64"],
      "gen_ai.embeddings.dimension.count": 256,
    });
  });

  it("names a request without an endpoint by method and path", () => {
    const [request] = spansOf(
      chatRecord({
        endpoint: undefined,
        modelRequested: undefined,
        status: 404,
        outcome: "error",
        attempts: [],
      }),
    );
    expect(request!.name).toBe("POST /v1/chat/completions");
    expect(attrs(request!)["gen_ai.operation.name"]).toBeUndefined();
  });

  it("puts the served attempt's response model and usage on its span, and marks the failed one", () => {
    const [, , , , failed, served] = spansOf(chatRecord());
    expect(attrs(failed!)).toEqual({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o",
      "aigw.node": "openai-a",
      "aigw.attempt": 0,
      "http.response.status_code": 503,
      "error.type": "upstream_unavailable",
    });
    expect(failed!.status).toEqual({ code: StatusCode.ERROR, message: "upstream_unavailable" });
    expect(attrs(served!)).toEqual({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o",
      "gen_ai.response.model": "gpt-4o-2024-08-06",
      "gen_ai.usage.input_tokens": 12,
      "gen_ai.usage.output_tokens": 34,
      "gen_ai.usage.cache_read.input_tokens": 4,
      "aigw.node": "openai-b",
      "aigw.attempt": 1,
      "http.response.status_code": 200,
    });
    expect(served!.status).toEqual({ code: StatusCode.UNSET });
  });

  it("marks an attempt with no answer as failed, with error.type _OTHER when the record has no code", () => {
    const record = chatRecord({
      attempts: [
        { target: "openai-a", provider: "OpenAI", model: "gpt-4o", status: 0, startMs: 1, durationMs: 5 },
      ],
    });
    const attempt = spansOf(record).at(-1)!;
    expect(attrs(attempt)["error.type"]).toBe("_OTHER");
    expect(attrs(attempt)["http.response.status_code"]).toBeUndefined();
    expect(attempt.status.code).toBe(StatusCode.ERROR);
  });

  it("marks a server-side failure with an error status and error.type", () => {
    const record = chatRecord({
      status: 502,
      outcome: "error",
      error: {
        code: "upstream_error",
        message: "every target failed",
        node: "router",
        plugin: "router-fallback",
        hook: "call",
      },
      servedBy: undefined,
      modelServed: undefined,
      tokens: undefined,
      attempts: [
        {
          target: "openai-a",
          provider: "OpenAI",
          model: "gpt-4o",
          status: 500,
          startMs: 2.5,
          durationMs: 40,
          error: "upstream_error",
        },
      ],
      timings: {
        totalMs: 50,
        overheadMs: 10,
        upstreamMs: 40,
        nodes: [{ node: "router", hook: "call", startMs: 2, durationMs: 45, outcome: "error" }],
      },
    });
    const [request, router, attempt] = spansOf(record);
    expect(request!.status).toEqual({ code: StatusCode.ERROR, message: "every target failed" });
    expect(attrs(request!)).toMatchObject({
      "error.type": "upstream_error",
      "http.response.status_code": 502,
    });
    expect(router!.status).toEqual({ code: StatusCode.ERROR, message: "every target failed" });
    expect(attrs(router!)).toMatchObject({ "error.type": "upstream_error", "aigw.node.outcome": "error" });
    expect(attrs(attempt!)).toMatchObject({
      "error.type": "upstream_error",
      "http.response.status_code": 500,
    });
    expect(attrs(attempt!)["gen_ai.usage.input_tokens"]).toBeUndefined();
  });

  it("keeps a 4xx refusal's status unset on the server span but says why in error.type", () => {
    const record = chatRecord({
      status: 403,
      outcome: "error",
      endedBy: "pii",
      error: { code: "guardrail_denied", message: "denied", node: "pii", hook: "request" },
      attempts: [],
      tokens: undefined,
      timings: {
        totalMs: 3,
        overheadMs: 3,
        upstreamMs: 0,
        nodes: [{ node: "pii", hook: "request", startMs: 0.5, durationMs: 2, outcome: "ended" }],
      },
    });
    const [request, pii] = spansOf(record);
    expect(request!.status).toEqual({ code: StatusCode.UNSET });
    expect(attrs(request!)).toMatchObject({ "error.type": "guardrail_denied", "aigw.ended_by": "pii" });
    expect(pii!.status).toEqual({ code: StatusCode.UNSET });
  });

  it("marks a stream that broke after it began as an error even with a 200", () => {
    const [request] = spansOf(
      chatRecord({
        outcome: "stream_error",
        stream: true,
        error: { code: "upstream_error", message: "cut" },
      }),
    );
    expect(request!.status).toEqual({ code: StatusCode.ERROR, message: "cut" });
    expect(attrs(request!)).toMatchObject({ "aigw.stream": true, "error.type": "upstream_error" });
  });

  it("marks nodes that timed out or failed open", () => {
    const record = chatRecord({
      timings: {
        totalMs: 100,
        overheadMs: 100,
        upstreamMs: 0,
        nodes: [
          { node: "slow", hook: "request", startMs: 0, durationMs: 50, outcome: "timeout" },
          { node: "flaky", hook: "request", startMs: 0, durationMs: 1, outcome: "failed_open" },
          { node: "cond", hook: "request", startMs: 0, durationMs: 0, outcome: "skipped" },
        ],
      },
      attempts: [],
    });
    const [, slow, flaky, skipped] = spansOf(record);
    expect(slow!.status).toEqual({ code: StatusCode.ERROR, message: "timeout" });
    expect(attrs(slow!)["error.type"]).toBe("timeout");
    expect(flaky!.status.code).toBe(StatusCode.ERROR);
    expect(skipped!.status.code).toBe(StatusCode.UNSET);
    expect(attrs(skipped!)["aigw.node.outcome"]).toBe("skipped");
  });

  it("records a cache hit (no provider, no attempt) with its cache status", () => {
    const record = chatRecord({
      outcome: "ended_early",
      endedBy: "cache",
      provider: undefined,
      modelServed: undefined,
      servedBy: undefined,
      attempts: [],
      cost: { totalUsd: 0, inputUsd: 0, outputUsd: 0, priceVersion: "v" },
      cache: { status: "hit", kind: "exact", node: "cache", savedUsd: 0.01 },
    });
    const spans = spansOf(record);
    expect(spans.filter((s) => s.kind === SpanKind.CLIENT)).toHaveLength(0);
    expect(attrs(spans[0]!)).toMatchObject({
      "aigw.cache.status": "hit",
      "aigw.cost_usd": 0,
      "aigw.ended_by": "cache",
    });
    expect(attrs(spans[0]!)["gen_ai.provider.name"]).toBeUndefined();
  });
});

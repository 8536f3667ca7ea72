// A request record as an OTLP log record: times in nanoseconds, severity from the outcome, the
// record as the body, the attributes (gen_ai.*, HTTP, aigw.* flattened), trace and span ids.
import { attributeMap, decodeAnyValue, sampleRecord } from "@aigw/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toLogRecord, unixNano } from "./log-record.js";

describe("toLogRecord", () => {
  it("times the record at the request's arrival, observed when it finished", () => {
    const log = toLogRecord(sampleRecord(), Date.UTC(2030, 0, 2, 3, 4, 6, 500), true);
    expect(log.timeUnixNano).toBe(`${BigInt(Date.parse("2030-01-02T03:04:05.678Z")) * 1_000_000n}`);
    expect(log.timeUnixNano).toBe("1893553445678000000");
    expect(log.observedTimeUnixNano).toBe("1893553446500000000");
    expect(toLogRecord(sampleRecord({ timestamp: "not a time" }), 0, true).timeUnixNano).toBe("0");
  });

  it("spells any millisecond time exactly in nanoseconds", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: 0, max: 999 }),
        (ms, micros) => {
          expect(unixNano(ms)).toBe(`${BigInt(ms) * 1_000_000n}`);
          expect(unixNano(ms + micros / 1000)).toBe(`${BigInt(ms) * 1_000_000n + BigInt(micros) * 1000n}`);
        },
      ),
    );
  });

  it("carries the whole record as the body, or without timings.nodes", () => {
    const record = sampleRecord();
    expect(decodeAnyValue(toLogRecord(record, 0, true).body)).toEqual(JSON.parse(JSON.stringify(record)));
    const without = decodeAnyValue(toLogRecord(record, 0, false).body) as typeof record;
    expect(without.timings).toEqual({ totalMs: 812.5, overheadMs: 2.5, upstreamMs: 810, ttfbMs: 811 });
    expect(without.attempts).toEqual(record.attempts);
  });

  it("takes its severity from the outcome", () => {
    const severity = (
      outcome: "ok" | "error" | "stream_error" | "ended_early" | "client_closed",
      status: number,
    ) => {
      const log = toLogRecord(sampleRecord({ outcome, status }), 0, true);
      return `${log.severityNumber} ${log.severityText}`;
    };
    expect(severity("ok", 200)).toBe("9 INFO");
    expect(severity("ended_early", 200)).toBe("9 INFO");
    expect(severity("client_closed", 499)).toBe("9 INFO");
    expect(severity("error", 429)).toBe("13 WARN");
    expect(severity("error", 502)).toBe("17 ERROR");
    expect(severity("stream_error", 200)).toBe("17 ERROR");
  });

  it("names model, provider, operation and tokens by the GenAI conventions, and flattens the rest under aigw.", () => {
    const attributes = attributeMap(
      toLogRecord(
        sampleRecord({ error: { code: "upstream_error", message: "boom", node: "openai" } }),
        0,
        true,
      ).attributes,
    );
    expect(attributes).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o",
      "gen_ai.response.model": "gpt-4o-2024-08-06",
      "gen_ai.usage.input_tokens": 120,
      "gen_ai.usage.output_tokens": 30,
      "http.request.method": "POST",
      "url.path": "/v1/chat/completions",
      "http.response.status_code": 200,
      "error.type": "upstream_error",
      "client.address": "203.0.113.7",
      "user_agent.original": "test/1.0",
      "aigw.record_version": 1,
      "aigw.request_id": "req-1",
      "aigw.key_id": "key-1",
      "aigw.team": "search",
      "aigw.model_requested": "gpt-4o",
      "aigw.outcome": "ok",
      "aigw.retries": 1,
      "aigw.timings.total_ms": 812.5,
      "aigw.timings.ttfb_ms": 811,
      "aigw.tokens.cached": 100,
      "aigw.cost.total_usd": 0.00055,
      "aigw.cost.price_version": "2030-01-01",
      "aigw.cache.status": "miss",
      "aigw.error.message": "boom",
      "aigw.client.ip": "203.0.113.7",
      "aigw.tags.experiment.arm": "b",
    });
    // Lists, the caller's metadata and bodies stay in the body.
    const keys = Object.keys(attributes);
    for (const left of [
      "aigw.attempts",
      "aigw.guardrails",
      "aigw.timings.nodes",
      "aigw.client.metadata",
      "aigw.bodies",
    ])
      expect(
        keys.some((k) => k.startsWith(left)),
        left,
      ).toBe(false);
    // Every attribute is a scalar.
    for (const [key, value] of Object.entries(attributes)) expect(typeof value, key).not.toBe("object");
  });

  it("names operations and providers as tracing-otel's spans do, and leaves out what the record lacks", () => {
    const attributesOf = (overrides: Parameters<typeof sampleRecord>[0]) =>
      attributeMap(toLogRecord(sampleRecord(overrides), 0, true).attributes);
    expect(attributesOf({ endpoint: "images.generations" })["gen_ai.operation.name"]).toBe(
      "generate_content",
    );
    expect(attributesOf({ endpoint: "moderations" })["gen_ai.operation.name"]).toBe("moderation");
    expect(attributesOf({ provider: "Azure OpenAI" })).toMatchObject({
      "gen_ai.provider.name": "azure.ai.openai",
      "gen_ai.system": "az.ai.openai",
      "aigw.provider": "Azure OpenAI",
    });
    expect(attributesOf({ provider: "bedrock" })["gen_ai.provider.name"]).toBe("aws.bedrock");
    expect(attributesOf({ provider: "Together AI" })["gen_ai.provider.name"]).toBe("together_ai");
    const record = sampleRecord();
    delete record.tokens;
    delete record.provider;
    delete record.endpoint;
    const attributes = attributeMap(toLogRecord(record, 0, true).attributes);
    for (const key of [
      "gen_ai.operation.name",
      "gen_ai.usage.input_tokens",
      "gen_ai.provider.name",
      "gen_ai.system",
    ])
      expect(attributes[key], key).toBeUndefined();
  });

  it("carries the trace and span ids in hex when they are valid W3C ids", () => {
    const traced = toLogRecord(sampleRecord(), 0, true);
    expect(traced.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    expect(traced.spanId).toBe("00f067aa0ba902b7");
    const upper = toLogRecord(sampleRecord({ traceId: "4BF92F3577B34DA6A3CE929D0E0E4736" }), 0, true);
    expect(upper.traceId).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
    for (const traceId of ["0".repeat(32), "xyz", "4bf92f3577b34da6a3ce929d0e0e473"]) {
      const log = toLogRecord(sampleRecord({ traceId }), 0, true);
      expect(log.traceId).toBeUndefined();
      expect(log.spanId).toBeUndefined();
    }
    const untraced = sampleRecord();
    delete untraced.traceId;
    delete untraced.spanId;
    expect("traceId" in toLogRecord(untraced, 0, true)).toBe(false);
    expect(toLogRecord(sampleRecord({ spanId: "0".repeat(16) }), 0, true).spanId).toBeUndefined();
  });
});

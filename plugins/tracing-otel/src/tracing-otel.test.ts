// The plugin through the real engine (`createGateway`): a fake OpenAI upstream on loopback that
// must receive the gateway's traceparent, and a real OTLP/HTTP receiver that must receive the
// request, node and attempt spans with the ids the upstream was given, the caller's trace
// continued, GenAI attributes, times in order; unsampled traces export nothing; close() flushes.
import { createGateway, fetchHttpClient, type Gateway } from "@aigw/engine";
import { definePlugin, type RequestRecord } from "@aigw/plugin-api";
import {
  capturingLogger,
  chatCompletion,
  type FakeUpstream,
  json,
  type LogEntry,
  startFakeUpstream,
  usage,
} from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import type { OtelTracingConfig } from "./config.gen.js";
import tracing from "./index.js";
import httpProvider from "./testing/http-provider.js";
import { type OtlpReceiver, type ReceivedSpan, startOtlpReceiver } from "./testing/otlp-receiver.js";

const CALLER_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN = "00f067aa0ba902b7";
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-(0[01])$/;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  gateway: Gateway;
  upstream: FakeUpstream;
  receiver: OtlpReceiver;
  records: RequestRecord[];
  logs: LogEntry[];
}

/** A spy observer keeping every finished record. */
function spy(records: RequestRecord[]) {
  return definePlugin({
    manifest: {
      name: "record-spy",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["finish"],
      configSchema: { type: "object" },
    },
    create: (_config: Record<string, never>) => ({
      finish(record) {
        records.push(record);
      },
    }),
  });
}

async function setup(config: OtelTracingConfig = {}, env: Record<string, string> = {}): Promise<Setup> {
  const receiver = await startOtlpReceiver();
  cleanups.push(() => receiver.close());
  const upstream = await startFakeUpstream((request) =>
    (request.json() as { model?: string }).model === "broken"
      ? json(500, { error: { message: "boom", type: "server_error" } })
      : json(200, chatCompletion({ model: "gpt-4o-2024-08-06", usage: usage(11, 7) })),
  );
  cleanups.push(() => upstream.close());
  const records: RequestRecord[] = [];
  const logs: LogEntry[] = [];
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          {
            id: "tracing",
            plugin: "tracing-otel",
            config: { endpoint: receiver.endpoint, scheduledDelayMs: 10, ...config },
          },
          { id: "llm", plugin: "test-http-provider", config: { url: upstream.url } },
          { id: "spy", plugin: "record-spy" },
        ],
      },
    },
    plugins: [tracing, httpProvider, spy(records)],
    services: { http: fetchHttpClient(), logger: capturingLogger(logs) },
    env,
  });
  cleanups.push(() => gateway.close(2_000));
  return { gateway, upstream, receiver, records, logs };
}

function chat(gateway: Gateway, headers: Record<string, string> = {}, body: Record<string, unknown> = {}) {
  return gateway.fetch(
    new Request("http://gateway.test/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({
        model: "gpt-4o",
        messages: [{ role: "user", content: "a secret prompt" }],
        temperature: 0.2,
        max_tokens: 64,
        ...body,
      }),
    }),
  );
}

/** A chat request that must succeed; its answer read. */
async function okChat(gateway: Gateway, headers: Record<string, string> = {}): Promise<Response> {
  const response = await chat(gateway, headers);
  const answer = await response.text();
  expect(response.status, answer).toBe(200);
  return response;
}

const byKind = (spans: ReceivedSpan[], kind: number) => spans.filter((s) => s.kind === kind);
const ns = (value: string) => BigInt(value);

describe("tracing-otel through the engine", () => {
  it("exports the request, node and attempt spans under the span id the upstream was given", async () => {
    const { gateway, upstream, receiver, records } = await setup();
    const response = await okChat(gateway);
    const sent = (await upstream.waitForRequest(0)).headers.traceparent;
    const [, traceId, spanId, flags] = TRACEPARENT.exec(sent ?? "") ?? [];
    expect(flags).toBe("01");
    await gateway.close(2_000);

    const spans = receiver.spans();
    expect(receiver.errors).toEqual([]);
    const [server] = byKind(spans, 2);
    expect(server).toMatchObject({ traceId, spanId, name: "chat gpt-4o" });
    expect(server!.parentSpanId ?? "").toBe("");
    expect(server!.attributes).toMatchObject({
      "gen_ai.operation.name": "chat",
      "gen_ai.provider.name": "openai",
      "gen_ai.system": "openai",
      "gen_ai.request.model": "gpt-4o",
      "gen_ai.usage.input_tokens": 11,
      "gen_ai.usage.output_tokens": 7,
      "gen_ai.request.temperature": 0.2,
      "gen_ai.request.max_tokens": 64,
      "http.request.method": "POST",
      "url.path": "/v1/chat/completions",
      "http.response.status_code": 200,
      "aigw.request_id": response.headers.get("x-request-id"),
      "aigw.config": "default",
      "aigw.outcome": "ok",
    });
    expect(server!.resource).toMatchObject({ "service.name": "aigw" });

    const nodes = byKind(spans, 1);
    expect(nodes.map((s) => s.name)).toEqual(
      expect.arrayContaining(["aigw.node tracing.request", "aigw.node llm.call"]),
    );
    const [attempt] = byKind(spans, 3);
    expect(attempt).toMatchObject({ name: "chat gpt-4o", parentSpanId: spanId });
    expect(attempt!.attributes).toMatchObject({
      "gen_ai.provider.name": "openai",
      "gen_ai.request.model": "gpt-4o",
      "http.response.status_code": 200,
      "aigw.node": "llm",
    });
    for (const child of [...nodes, attempt!]) {
      expect(child.traceId).toBe(traceId);
      expect(child.parentSpanId).toBe(spanId);
      expect(ns(child.startTimeUnixNano)).toBeGreaterThanOrEqual(ns(server!.startTimeUnixNano));
      expect(ns(child.endTimeUnixNano)).toBeGreaterThanOrEqual(ns(child.startTimeUnixNano));
      expect(ns(child.endTimeUnixNano)).toBeLessThanOrEqual(ns(server!.endTimeUnixNano));
    }
    // The record carries the same ids.
    expect(records[0]).toMatchObject({ traceId, spanId });
    expect(JSON.stringify(spans)).not.toContain("secret prompt");
  });

  it("continues a caller's trace: same trace id, parent = caller's span, tracestate passed on", async () => {
    const { gateway, upstream, receiver, records } = await setup();
    await okChat(gateway, {
      traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01`,
      tracestate: "rojo=00f067aa0ba902b7",
    });
    const headers = (await upstream.waitForRequest(0)).headers;
    const [, traceId, spanId] = TRACEPARENT.exec(headers.traceparent ?? "") ?? [];
    expect(traceId).toBe(CALLER_TRACE);
    expect(spanId).not.toBe(CALLER_SPAN);
    expect(headers.tracestate).toBe("rojo=00f067aa0ba902b7");
    await gateway.close(2_000);
    const [server] = byKind(receiver.spans(), 2);
    expect(server).toMatchObject({
      traceId: CALLER_TRACE,
      spanId,
      parentSpanId: CALLER_SPAN,
      traceState: "rojo=00f067aa0ba902b7",
    });
    expect(records[0]).toMatchObject({ traceId: CALLER_TRACE, spanId, parentSpanId: CALLER_SPAN });
  });

  it("follows a caller's unsampled flag: propagates it and exports nothing", async () => {
    const { gateway, upstream, receiver } = await setup();
    await okChat(gateway, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-00` });
    expect((await upstream.waitForRequest(0)).headers.traceparent).toMatch(
      new RegExp(`^00-${CALLER_TRACE}-[0-9a-f]{16}-00$`),
    );
    await gateway.close(2_000);
    expect(receiver.attempts).toBe(0);
  });

  it("starts a new trace for an invalid traceparent and drops its tracestate", async () => {
    const { gateway, upstream, receiver } = await setup();
    await okChat(gateway, {
      traceparent: `00-${CALLER_TRACE.toUpperCase()}-${CALLER_SPAN}-01`,
      tracestate: "a=1",
    });
    const headers = (await upstream.waitForRequest(0)).headers;
    const [, traceId] = TRACEPARENT.exec(headers.traceparent ?? "") ?? [];
    expect(traceId).toBeDefined();
    expect(traceId).not.toBe(CALLER_TRACE);
    expect(headers.tracestate).toBeUndefined();
    await gateway.close(2_000);
    expect(byKind(receiver.spans(), 2)[0]).toMatchObject({ traceId });
  });

  it("samples nothing at sampleRatio 0, and still passes the context upstream", async () => {
    const { gateway, upstream, receiver } = await setup({ sampleRatio: 0 });
    await okChat(gateway);
    expect((await upstream.waitForRequest(0)).headers.traceparent).toMatch(/-00$/);
    await gateway.close(2_000);
    expect(receiver.attempts).toBe(0);
  });

  it("marks an upstream failure on the request and attempt spans", async () => {
    const { gateway, receiver } = await setup();
    const response = await chat(gateway, {}, { model: "broken" });
    expect(response.status).toBe(500);
    await response.text();
    await gateway.close(2_000);
    const spans = receiver.spans();
    const [server] = byKind(spans, 2);
    expect(server!.status.code).toBe(2);
    expect(server!.attributes).toMatchObject({
      "error.type": "upstream_error",
      "http.response.status_code": 500,
    });
    const [attempt] = byKind(spans, 3);
    expect(attempt!.status.code).toBe(2);
    expect(attempt!.attributes).toMatchObject({
      "error.type": "upstream_error",
      "http.response.status_code": 500,
    });
  });

  it("sends the configured headers, from config and the environment, and its resource", async () => {
    const { gateway, receiver } = await setup(
      {
        headers: { "X-Scope-OrgID": "tenant-1" },
        headersFromEnv: { authorization: "OTLP_AUTH" },
        serviceName: "edge-gateway",
        resourceAttributes: { "deployment.environment.name": "test", "service.instance.id": "gw-1" },
      },
      { OTLP_AUTH: "Bearer otlp-secret" },
    );
    await okChat(gateway);
    await gateway.close(2_000);
    expect(receiver.exports[0]!.headers).toMatchObject({
      "x-scope-orgid": "tenant-1",
      authorization: "Bearer otlp-secret",
      "content-type": "application/json",
    });
    expect(receiver.spans()[0]!.resource).toMatchObject({
      "service.name": "edge-gateway",
      "deployment.environment.name": "test",
      "service.instance.id": "gw-1",
    });
  });

  it("exports the spans of many concurrent requests, each request's spans in its own trace", async () => {
    const { gateway, receiver } = await setup({ maxExportBatchSize: 16 });
    const responses = await Promise.all(Array.from({ length: 40 }, () => okChat(gateway)));
    await gateway.close(2_000);
    const servers = byKind(receiver.spans(), 2);
    expect(servers).toHaveLength(40);
    expect(new Set(servers.map((s) => s.traceId)).size).toBe(40);
    expect(new Set(servers.map((s) => s.attributes["aigw.request_id"]))).toEqual(
      new Set(responses.map((r) => r.headers.get("x-request-id"))),
    );
    for (const span of receiver.spans().filter((s) => s.kind !== 2)) {
      expect(servers.some((s) => s.traceId === span.traceId && s.spanId === span.parentSpanId)).toBe(true);
    }
  });
});

describe("tracing-otel boot", () => {
  it("refuses a batch larger than the queue", async () => {
    await expect(setup({ maxQueueSize: 10, maxExportBatchSize: 20 })).rejects.toThrow(
      /maxExportBatchSize \(20\) is larger than maxQueueSize \(10\)/,
    );
  });

  it("refuses a header variable that is not set, naming it", async () => {
    await expect(setup({ headersFromEnv: { authorization: "MISSING_OTLP_TOKEN" } })).rejects.toThrow(
      /MISSING_OTLP_TOKEN \(for the authorization header\) is not set/,
    );
  });

  it("refuses a config the schema does not allow", async () => {
    await expect(setup({ sampleRatio: 2 })).rejects.toThrow(/sampleRatio/);
  });
});

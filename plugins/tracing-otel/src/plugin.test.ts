// The plugin's two hooks on the contract alone (no engine): `request` records the trace context
// and sets the upstream traceparent; `finish` on a hand-made record exports, to a real OTLP/HTTP
// receiver, a request span whose id is the one that traceparent named; a request that finished
// without the request hook having run still gets a trace; close() flushes.
import type { GatewayRequest, HookContext, PluginInstance, RequestAnnotations } from "@aigw/plugin-api";
import { capturingLogger, initContext, type LogEntry } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import type { OtelTracingConfig } from "./config.gen.js";
import tracing from "./index.js";
import { type OtlpReceiver, startOtlpReceiver } from "./testing/otlp-receiver.js";
import { chatRecord } from "./testing/records.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(
  config: OtelTracingConfig = {},
  env: Record<string, string> = {},
): Promise<{ instance: PluginInstance; receiver: OtlpReceiver; logs: LogEntry[] }> {
  const receiver = await startOtlpReceiver();
  cleanups.push(() => receiver.close());
  const logs: LogEntry[] = [];
  const instance = await tracing.create(
    { endpoint: receiver.endpoint, scheduledDelayMs: 60_000, ...config },
    initContext({ logger: capturingLogger(logs), env, node: "tracing", plugin: "tracing-otel" }),
  );
  cleanups.push(async () => {
    await instance.close?.();
  });
  return { instance, receiver, logs };
}

/** The parts of a hook context the plugin uses, over one request's headers and body. */
function context(
  headers: Record<string, string>,
  upstream: Record<string, string>,
  logs: LogEntry[],
): HookContext {
  const annotations: RequestAnnotations = { route: [], guardrails: [], tags: {} };
  const request = {
    endpoint: "chat.completions",
    method: "POST",
    path: "/v1/chat/completions",
    headers: new Headers(headers),
    body: { model: "gpt-4o", messages: [], temperature: 0.7 },
    model: "gpt-4o",
    stream: false,
    metadata: {},
    raw: undefined,
  } as GatewayRequest;
  return {
    requestId: "req_1",
    node: "tracing",
    plugin: "tracing-otel",
    config: "default",
    request,
    annotations,
    logger: capturingLogger(logs),
    setUpstreamHeader(name: string, value: string) {
      upstream[name] = value;
    },
  } as unknown as HookContext;
}

describe("tracing-otel hooks", () => {
  it("exports the request span under the id its request hook sent upstream", async () => {
    const { instance, receiver, logs } = await start(
      {
        headers: { "X-Scope-OrgID": "tenant-1" },
        headersFromEnv: { authorization: "OTLP_AUTH" },
        serviceName: "edge",
        resourceAttributes: { "deployment.environment.name": "test", "service.name": "ignored", replicas: 3 },
      },
      { OTLP_AUTH: "Bearer otlp-secret" },
    );
    const upstream: Record<string, string> = {};
    const ctx = context(
      { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "k=v" },
      upstream,
      logs,
    );
    expect(await instance.request!(ctx)).toEqual({ kind: "continue" });
    const trace = ctx.annotations.trace!;
    expect(trace).toMatchObject({
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      parentSpanId: "00f067aa0ba902b7",
      sampled: true,
    });
    expect(upstream).toEqual({ traceparent: `00-${trace.traceId}-${trace.spanId}-01`, tracestate: "k=v" });

    await instance.finish!(
      chatRecord({ traceId: trace.traceId, spanId: trace.spanId, parentSpanId: trace.parentSpanId }),
      ctx,
    );
    await instance.close!();
    const spans = receiver.spans();
    expect(spans).toHaveLength(6);
    const server = spans.find((s) => s.kind === 2)!;
    expect(server).toMatchObject({
      traceId: trace.traceId,
      spanId: trace.spanId,
      parentSpanId: "00f067aa0ba902b7",
      traceState: "k=v",
      name: "chat gpt-4o",
    });
    expect(server.attributes["gen_ai.request.temperature"]).toBe(0.7);
    expect(server.resource).toEqual({
      "deployment.environment.name": "test",
      replicas: 3,
      "service.name": "edge",
      "telemetry.sdk.name": "@aigw/tracing-otel",
      "telemetry.sdk.version": "0.1.0",
    });
    expect(receiver.exports[0]!.headers).toMatchObject({
      "x-scope-orgid": "tenant-1",
      authorization: "Bearer otlp-secret",
      "content-type": "application/json",
    });
    for (const span of spans.filter((s) => s.kind !== 2)) expect(span.parentSpanId).toBe(trace.spanId);
    expect(logs.filter((l) => l.level !== "debug")).toEqual([]);
  });

  it("exports nothing for an unsampled request", async () => {
    const { instance, receiver } = await start();
    const ctx = context({ traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00" }, {}, []);
    await instance.request!(ctx);
    await instance.finish!(chatRecord(), ctx);
    await instance.close!();
    expect(receiver.attempts).toBe(0);
  });

  it("traces a request that finished before its request hook ran, continuing the caller's trace", async () => {
    const { instance, receiver } = await start();
    const ctx = context({ traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" }, {}, []);
    await instance.finish!(
      chatRecord({
        status: 400,
        outcome: "error",
        error: { code: "invalid_json", message: "bad" },
        attempts: [],
      }),
      ctx,
    );
    await instance.close!();
    const server = receiver.spans().find((s) => s.kind === 2)!;
    expect(server).toMatchObject({
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      parentSpanId: "00f067aa0ba902b7",
    });
    expect(server.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(server.attributes["error.type"]).toBe("invalid_json");
  });
});

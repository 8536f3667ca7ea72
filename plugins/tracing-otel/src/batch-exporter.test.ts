// The batch processor against a real OTLP/HTTP receiver on loopback, through the engine's fetch
// HTTP client: batching by size and by delay, retries that lose nothing, final refusals, partial
// successes, a full queue dropping whole requests with one log line per burst, and close()
// flushing, or giving up after exportTimeoutMs and saying how much was lost.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fetchHttpClient } from "@aigw/engine";
import { capturingLogger, type LogEntry } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { BatchExporter, type BatchExporterOptions } from "./batch-exporter.js";
import { otlpHttpSender } from "./otlp-http.js";
import { OtlpJsonEncoder } from "./otlp-json.js";
import { type OtlpReceiver, startOtlpReceiver } from "./testing/otlp-receiver.js";

const http = fetchHttpClient();
const encoder = new OtlpJsonEncoder([{ key: "service.name", value: { stringValue: "batch-test" } }]);
const receivers: OtlpReceiver[] = [];
const exporters: BatchExporter[] = [];

afterEach(async () => {
  await Promise.all(exporters.splice(0).map((e) => e.close()));
  await Promise.all(receivers.splice(0).map((r) => r.close()));
});

async function receiver(): Promise<OtlpReceiver> {
  const r = await startOtlpReceiver();
  receivers.push(r);
  return r;
}

function exporter(
  endpoint: string,
  logs: LogEntry[],
  options: Partial<BatchExporterOptions> = {},
): BatchExporter {
  const send = otlpHttpSender(http, endpoint, { "content-type": "application/json", "x-tenant": "t1" });
  const e = new BatchExporter({
    send: (spans, timeoutMs) => send(encoder.encode(spans), timeoutMs),
    maxQueueSize: 100,
    maxBatchSize: 10,
    scheduledDelayMs: 60_000,
    exportTimeoutMs: 2_000,
    logger: capturingLogger(logs),
    now: () => Date.now(),
    endpoint,
    initialBackoffMs: 5,
    maxBackoffMs: 20,
    ...options,
  });
  exporters.push(e);
  return e;
}

let serial = 0;
/** `count` serialised spans named s<n>, in order. */
function spans(count: number): string[] {
  return Array.from({ length: count }, () => {
    const n = serial++;
    return JSON.stringify({
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
      spanId: (n + 1).toString(16).padStart(16, "0"),
      name: `s${n}`,
      kind: 1,
      startTimeUnixNano: "1000",
      endTimeUnixNano: "2000",
      attributes: [],
      status: { code: 0 },
    });
  });
}

const names = (r: OtlpReceiver) => r.spans().map((s) => s.name);

describe("BatchExporter", () => {
  it("sends a full batch at once and the rest on flush, in order, as JSON with the configured headers", async () => {
    const r = await receiver();
    const e = exporter(r.endpoint, [], { maxBatchSize: 3 });
    const sent = [...spans(2), ...spans(2), ...spans(3)];
    e.add(sent.slice(0, 2));
    e.add(sent.slice(2, 4));
    await r.waitForSpans(3);
    e.add(sent.slice(4));
    await r.waitForSpans(6);
    expect(r.exports.map((x) => x.spans.length)).toEqual([3, 3]);
    await e.flush();
    expect(r.exports.map((x) => x.spans.length)).toEqual([3, 3, 1]);
    expect(names(r)).toEqual(sent.map((s) => (JSON.parse(s) as { name: string }).name));
    expect(r.exports[0]!.headers).toMatchObject({ "content-type": "application/json", "x-tenant": "t1" });
    expect(r.spans()[0]!.resource).toEqual({ "service.name": "batch-test" });
    expect(r.spans()[0]!.scope).toEqual({ name: "@aigw/tracing-otel", version: "0.1.0" });
    expect(r.errors).toEqual([]);
    expect(e.stats()).toEqual({ queued: 0, exported: 7, dropped: 0, lost: 0 });
  });

  it("sends a partial batch once scheduledDelayMs has passed", async () => {
    const r = await receiver();
    const e = exporter(r.endpoint, [], { scheduledDelayMs: 20 });
    e.add(spans(2));
    await r.waitForSpans(2);
    expect(r.exports).toHaveLength(1);
    e.add(spans(1));
    await r.waitForSpans(3);
    expect(r.exports).toHaveLength(2);
  });

  it("retries 503, 429 with Retry-After and a dropped connection, losing nothing, logging the streak once", async () => {
    const r = await receiver();
    r.setReply((i) =>
      i === 0
        ? { status: 503 }
        : i === 1
          ? { status: 429, headers: { "retry-after": "0" } }
          : i === 2
            ? "reset"
            : { status: 200 },
    );
    const logs: LogEntry[] = [];
    const e = exporter(r.endpoint, logs, { maxBatchSize: 4 });
    e.add(spans(4));
    await r.waitForSpans(4);
    await e.flush();
    expect(r.attempts).toBe(4);
    expect(r.exports).toHaveLength(1);
    expect(e.stats()).toMatchObject({ exported: 4, lost: 0, dropped: 0 });
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toContain("retrying");
    expect(warnings[0]!.fields.reason).toBe("HTTP 503");
    expect(logs.filter((l) => l.level === "info").map((l) => l.fields.failedExports)).toEqual([3]);
  });

  it("drops a batch the collector refuses for good (400), says why, and goes on", async () => {
    const r = await receiver();
    r.setReply((i) => (i === 0 ? { status: 400, body: { code: 3, message: "bad span" } } : { status: 200 }));
    const logs: LogEntry[] = [];
    const e = exporter(r.endpoint, logs, { maxBatchSize: 2 });
    e.add(spans(2));
    e.add(spans(2));
    await r.waitForSpans(2);
    await e.flush();
    expect(r.attempts).toBe(2);
    expect(e.stats()).toMatchObject({ exported: 2, lost: 2 });
    const warning = logs.find((l) => l.level === "warn")!;
    expect(warning.message).toContain("refused 2 spans");
    expect(warning.fields.reason).toBe("HTTP 400: bad span");
  });

  it("counts and logs the spans a collector rejects in a partial success", async () => {
    const r = await receiver();
    r.setReply(() => ({
      status: 200,
      body: { partialSuccess: { rejectedSpans: "1", errorMessage: "span too old" } },
    }));
    const logs: LogEntry[] = [];
    const e = exporter(r.endpoint, logs);
    e.add(spans(3));
    await e.flush();
    expect(e.stats()).toMatchObject({ exported: 2, lost: 1 });
    expect(logs.find((l) => l.level === "warn")).toMatchObject({
      fields: { rejectedSpans: 1, reason: "span too old" },
      message: "tracing: the collector rejected 1 of 3 spans",
    });
  });

  it("drops whole requests when the queue is full, and logs the burst once, with its count", async () => {
    const r = await receiver();
    r.setReply(() => ({ status: 503 }));
    const logs: LogEntry[] = [];
    const e = exporter(r.endpoint, logs, { maxQueueSize: 10, maxBatchSize: 5 });
    const accepted: boolean[] = [];
    for (let i = 0; i < 6; i++) accepted.push(e.add(spans(2)));
    // 5 requests of 2 fill the queue; then one of 3 does not fit whole, while one of 1 would.
    expect(accepted).toEqual([true, true, true, true, true, false]);
    expect(e.add(spans(3))).toBe(false);
    expect(e.stats()).toMatchObject({ queued: 10, dropped: 5 });
    expect(logs.filter((l) => l.message?.includes("queue was full"))).toHaveLength(0);
    // The collector comes back: the queue drains, and the burst is reported once.
    r.setReply(() => ({ status: 200 }));
    await r.waitForSpans(10);
    await e.flush();
    const drops = logs.filter((l) => l.message?.includes("queue was full"));
    expect(drops).toHaveLength(1);
    expect(drops[0]!.fields).toMatchObject({ droppedSpans: 5, droppedRequests: 2, maxQueueSize: 10 });
    expect(e.stats()).toEqual({ queued: 0, exported: 10, dropped: 5, lost: 0 });
  });

  it("flushes what is queued on close, without waiting for the delay", async () => {
    const r = await receiver();
    const e = exporter(r.endpoint, []);
    e.add(spans(3));
    e.add(spans(1));
    await e.close();
    expect(r.spans()).toHaveLength(4);
    expect(e.add(spans(1))).toBe(false);
    expect(e.stats()).toEqual({ queued: 0, exported: 4, dropped: 1, lost: 0 });
  });

  it("gives up on close after exportTimeoutMs when the collector is unreachable, counting what was lost", async () => {
    const port = await closedPort();
    const logs: LogEntry[] = [];
    const endpoint = `http://127.0.0.1:${port}/v1/traces`;
    const e = exporter(endpoint, logs, { exportTimeoutMs: 300 });
    e.add(spans(4));
    const started = Date.now();
    await e.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(e.stats()).toEqual({ queued: 0, exported: 0, dropped: 0, lost: 4 });
    const messages = logs.map((l) => l.message);
    expect(messages).toContain("tracing: could not export spans; retrying with backoff");
    expect(messages).toContain("tracing: 4 spans could not be exported before shutdown");
  });
});

/** A loopback port nothing listens on (it was just released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The exporter against a real OTLP/HTTP receiver on loopback: batching by size and by time, the
// wire format, retries (503, 429 with Retry-After, no receiver at all), final errors, a full queue
// dropping and reporting records, partial success, and close exporting what is left.
import { fetchHttpClient } from "@aigw/engine";
import { keyValues } from "@aigw/otel-kit";
import { attributeMap, capturingLogger, decodeAnyValue, type LogEntry, sampleRecord } from "@aigw/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BatchExporter, type BatchExporterOptions } from "./batch-exporter.js";
import { type Receiver, startReceiver } from "./testing/receiver.js";

let receiver: Receiver;
let logs: LogEntry[];
const exporters: BatchExporter[] = [];
beforeEach(async () => {
  receiver = await startReceiver();
  logs = [];
});
afterEach(async () => {
  await Promise.all(exporters.splice(0).map((e) => e.close()));
  await receiver.close();
});

function exporter(options: Partial<BatchExporterOptions> = {}): BatchExporter {
  const e = new BatchExporter({
    endpoint: receiver.url,
    headers: { "content-type": "application/json", "x-tenant": "t1" },
    http: fetchHttpClient(),
    logger: capturingLogger(logs),
    resource: keyValues({ "service.name": "aigw-test", "deployment.environment.name": "ci" }),
    scope: { name: "@aigw/logger-otlp", version: "0.1.0" },
    includeTimings: true,
    flushIntervalMs: 50,
    maxBatchSize: 10,
    maxQueueSize: 1000,
    timeoutMs: 5_000,
    maxAttempts: 5,
    retryMs: 20,
    now: Date.now,
    ...options,
  });
  exporters.push(e);
  return e;
}

const ids = () => receiver.records().map((r) => (decodeAnyValue(r.body) as { requestId: string }).requestId);
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `r${from + i}`);
const pushAll = (e: BatchExporter, names: string[]) =>
  names.map((requestId) => e.push(sampleRecord({ requestId })));

describe("BatchExporter", () => {
  it("posts OTLP/JSON to the endpoint in batches of maxBatchSize, in order, with its headers", async () => {
    const e = exporter();
    pushAll(e, range(25));
    await receiver.waitFor(3);
    expect(receiver.received.map((r) => r.body.resourceLogs[0]!.scopeLogs[0]!.logRecords.length)).toEqual([
      10, 10, 5,
    ]);
    expect(ids()).toEqual(range(25));
    const first = receiver.received[0]!;
    expect(first.path).toBe("/v1/logs");
    expect(first.headers["content-type"]).toBe("application/json");
    expect(first.headers["x-tenant"]).toBe("t1");
    const resourceLogs = first.body.resourceLogs;
    expect(resourceLogs).toHaveLength(1);
    expect(attributeMap(resourceLogs[0]!.resource.attributes)).toEqual({
      "service.name": "aigw-test",
      "deployment.environment.name": "ci",
    });
    expect(resourceLogs[0]!.scopeLogs[0]!.scope).toEqual({ name: "@aigw/logger-otlp", version: "0.1.0" });
    const log = resourceLogs[0]!.scopeLogs[0]!.logRecords[0]!;
    expect(log).toMatchObject({
      severityNumber: 9,
      severityText: "INFO",
      traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
    });
    expect(attributeMap(log.attributes)["aigw.request_id"]).toBe("r0");
    // Observed when pushed: now, give or take the test's own run time.
    expect(Number(BigInt(log.observedTimeUnixNano) / 1_000_000n)).toBeGreaterThan(Date.now() - 60_000);
    await e.close();
    expect(e.stats).toEqual({ exported: 25, dropped: 0, failed: 0, rejected: 0 });
    expect(logs).toEqual([]);
  });

  it("waits flushIntervalMs for a batch that is not full", async () => {
    const e = exporter({ flushIntervalMs: 400 });
    const pushed = Date.now();
    e.push(sampleRecord());
    await new Promise((r) => setTimeout(r, 150));
    expect(receiver.received).toHaveLength(0);
    await receiver.waitFor(1);
    expect(receiver.received[0]!.at - pushed).toBeGreaterThanOrEqual(390);
  });

  it("retries a batch the receiver cannot take now, and says so once", async () => {
    receiver.script({ status: 503 }, { status: 502 });
    const e = exporter();
    pushAll(e, range(5));
    await receiver.waitFor(3);
    await e.close();
    expect(ids()).toEqual([...range(5), ...range(5), ...range(5)]);
    expect(e.stats).toMatchObject({ exported: 5, failed: 0 });
    expect(logs.map((l) => `${l.level} ${l.message}`)).toEqual([
      "warn OTLP export failed; retrying",
      "info OTLP exports succeed again",
    ]);
  });

  it("waits as long as Retry-After says", async () => {
    receiver.script({ status: 429, headers: { "retry-after": "1" } });
    const e = exporter();
    e.push(sampleRecord());
    await receiver.waitFor(2);
    expect(receiver.received[1]!.at - receiver.received[0]!.at).toBeGreaterThanOrEqual(950);
    await e.close();
    expect(e.stats.exported).toBe(1);
  });

  it("drops a batch on a final error, or when its attempts are used up, and counts it", async () => {
    receiver.script({ status: 400, body: '{"message":"bad"}' });
    const e = exporter();
    pushAll(e, range(3));
    await receiver.waitFor(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(1);
    expect(e.stats).toMatchObject({ failed: 3, exported: 0 });
    const refused = logs.find((l) => l.level === "error");
    expect(refused?.fields).toMatchObject({ records: 3, attempts: 1 });
    expect(String(refused?.fields.reason)).toContain("HTTP 400");

    receiver.script({ status: 503 }, { status: 503 }, { status: 503 });
    const limited = exporter({ maxAttempts: 3 });
    pushAll(limited, range(2, 100));
    await receiver.waitFor(4);
    await limited.close();
    expect(receiver.received).toHaveLength(4);
    expect(limited.stats).toMatchObject({ failed: 2, exported: 0 });
  });

  it("keeps retrying while no receiver listens, and delivers once one does", async () => {
    const url = receiver.url;
    await receiver.close();
    const e = exporter({ endpoint: url, retryMs: 50, maxAttempts: 20 });
    pushAll(e, range(4));
    await new Promise((r) => setTimeout(r, 300));
    expect(logs.some((l) => l.message === "OTLP export failed; retrying")).toBe(true);
    // A receiver comes up on the same port.
    const port = Number(new URL(url).port);
    receiver = await startReceiver(port);
    await receiver.waitFor(1);
    await e.close();
    expect(ids()).toEqual(range(4));
    expect(e.stats).toMatchObject({ exported: 4, failed: 0 });
  });

  it("drops records past maxQueueSize while exports are stuck, and reports the burst once with its count", async () => {
    let release = () => {};
    receiver.script({ after: new Promise<void>((r) => (release = r)) });
    const e = exporter({ maxQueueSize: 20, maxBatchSize: 10 });
    pushAll(e, range(10)); // the stuck batch
    await receiver.waitFor(1);
    const accepted = pushAll(e, range(35, 10));
    expect(accepted.filter(Boolean)).toHaveLength(20);
    expect(accepted.indexOf(false)).toBe(20);
    expect(e.stats.dropped).toBe(15);
    expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);
    expect(logs[0]!.message).toBe("OTLP log queue is full; dropping records until exports catch up");
    release();
    await receiver.waitFor(2);
    expect(e.push(sampleRecord({ requestId: "after" }))).toBe(true);
    expect(logs[1]).toMatchObject({
      message: "OTLP log records dropped while the queue was full",
      fields: { dropped: 15, droppedTotal: 15 },
    });
    await e.close();
    expect(ids()).toEqual([...range(30), "after"]);
    expect(e.stats).toEqual({ exported: 31, dropped: 15, failed: 0, rejected: 0 });
  });

  it("counts the records a receiver rejects in a partial success, and says so once per stretch", async () => {
    const partial = { body: '{"partialSuccess":{"rejectedLogRecords":"2","errorMessage":"too big"}}' };
    receiver.script(partial, partial, {});
    const e = exporter({ maxBatchSize: 5 });
    pushAll(e, range(15));
    await receiver.waitFor(3);
    await e.close();
    expect(e.stats).toEqual({ exported: 11, dropped: 0, failed: 0, rejected: 4 });
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.fields).toMatchObject({ rejected: 2, message: "too big" });
  });

  it("exports everything queued at close, without waiting for the interval", async () => {
    const e = exporter({ flushIntervalMs: 60_000, maxBatchSize: 100 });
    pushAll(e, range(250));
    await e.close();
    expect(receiver.received).toHaveLength(3);
    expect(ids()).toEqual(range(250));
    expect(e.push(sampleRecord())).toBe(false);
    expect(e.stats).toEqual({ exported: 250, dropped: 1, failed: 0, rejected: 0 });
    expect(logs).toEqual([]);
  });

  it("gives up at close after timeoutMs when nothing takes the records, and logs what is lost", async () => {
    const url = receiver.url;
    await receiver.close();
    const e = exporter({
      endpoint: url,
      flushIntervalMs: 60_000,
      timeoutMs: 500,
      retryMs: 50,
      maxAttempts: 20,
    });
    pushAll(e, range(7));
    const started = Date.now();
    await e.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(e.stats).toMatchObject({ failed: 7, exported: 0 });
    expect(logs.some((l) => l.level === "error")).toBe(true);
    receiver = await startReceiver();
  });

  it("ends a retry's backoff at close and tries once more at once", async () => {
    receiver.script({ status: 503, headers: { "retry-after": "30" } });
    const e = exporter();
    e.push(sampleRecord());
    await receiver.waitFor(1);
    const started = Date.now();
    await e.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(receiver.received).toHaveLength(2);
    expect(e.stats.exported).toBe(1);
  });
});

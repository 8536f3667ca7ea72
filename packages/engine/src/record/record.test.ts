/**
 * The request record end to end: every kind of request yields a record that validates against
 * schemas/request-record.schema.json, with sizes, timings, client and route facts that match
 * what happened on the wire.
 */
import { validateRequestRecord } from "@aigw/schemas/validators";
import { describe, expect, test } from "vitest";
import { testGateway } from "../testing/harness.js";

const nodes = [
  { id: "watch", plugin: "probe" },
  { id: "llm", plugin: "scripted-provider", config: { chunks: ["Hel", "lo"] } },
];

function valid(record: unknown): void {
  const { annotations: _, ...plain } = record as Record<string, unknown>;
  // As a sink gets it: JSON, without the in-flight annotations the test harness adds.
  const ok = validateRequestRecord(JSON.parse(JSON.stringify(plain)));
  expect(validateRequestRecord.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe("the request record", () => {
  test("a JSON answer: ids, sizes, client, tokens and timings, valid against the schema", async () => {
    const t = await testGateway({ pipeline: { nodes } });
    const body = JSON.stringify({ model: "test-model", messages: [{ role: "user", content: "héllo" }] });
    const response = await t.gateway.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "test-client/1.0",
          "x-forwarded-for": "203.0.113.7, 10.0.0.1",
          "x-aigw-metadata": JSON.stringify({ tenant: "acme" }),
        },
        body,
      }),
    );
    const sent = new Uint8Array(await response.arrayBuffer());
    await t.gateway.idle();
    const record = t.journal.finished.get("watch")!;
    valid(record);
    expect(record).toMatchObject({
      recordVersion: 1,
      requestId: response.headers.get("x-request-id"),
      endpoint: "chat.completions",
      method: "POST",
      path: "/v1/chat/completions",
      modelRequested: "test-model",
      provider: "scripted-provider",
      servedBy: "llm",
      status: 200,
      outcome: "ok",
      stream: false,
      requestBytes: new TextEncoder().encode(body).byteLength,
      responseBytes: sent.byteLength,
      tokens: { prompt: 3, completion: 2, total: 5 },
      client: { ip: "203.0.113.7", userAgent: "test-client/1.0", metadata: { tenant: "acme" } },
      retries: 0,
      fallbacks: 0,
    });
    expect(record.attempts).toMatchObject([{ target: "llm", status: 200 }]);
    expect(record.attempts[0]!.startMs).toBeGreaterThanOrEqual(0);
    const { totalMs, overheadMs, upstreamMs, ttfbMs } = record.timings;
    expect(overheadMs).toBeLessThanOrEqual(totalMs);
    expect(upstreamMs).toBeLessThanOrEqual(totalMs);
    expect(ttfbMs).toBeDefined();
    expect(Date.parse(record.timestamp)).toBeGreaterThan(Date.now() - 60_000);
  });

  test("a stream: bytes as written, time to first token, and the same schema", async () => {
    const t = await testGateway({ pipeline: { nodes } });
    const response = await t.chat({ stream: true });
    const sent = new Uint8Array(await response.arrayBuffer());
    await t.gateway.idle();
    const record = t.journal.finished.get("watch")!;
    valid(record);
    expect(record.stream).toBe(true);
    expect(record.responseBytes).toBe(sent.byteLength);
    expect(record.timings.ttftMs).toBeDefined();
    expect(record.timings.ttftMs!).toBeLessThanOrEqual(record.timings.totalMs);
  });

  test("refusals and early ends are records too", async () => {
    const t = await testGateway({
      pipeline: { nodes: [{ id: "watch", plugin: "probe", config: { action: "deny" } }, nodes[1]] },
    });
    await (await t.chat()).arrayBuffer();
    await t.gateway.idle();
    const denied = t.journal.finished.get("watch")!;
    valid(denied);
    expect(denied).toMatchObject({ status: 400, outcome: "error", error: { code: "content_denied" } });
    expect(denied.attempts).toEqual([]);
    await (
      await t.gateway.fetch(new Request("http://gw/v1/nope", { method: "POST", body: "{" }))
    ).arrayBuffer();
    await t.gateway.idle();
    valid(t.journal.finished.get("watch"));
  });

  test("a move to another target counts as a fallback, with each attempt in order", async () => {
    const t = await testGateway({
      pipeline: {
        nodes: [
          { id: "watch", plugin: "probe" },
          { id: "route", plugin: "test-router", config: { strategy: "fallback" }, targets: ["bad", "good"] },
          { id: "bad", plugin: "scripted-provider", config: { failStatus: 503 } },
          { id: "good", plugin: "scripted-provider" },
        ],
      },
    });
    await (await t.chat()).arrayBuffer();
    await t.gateway.idle();
    const record = t.journal.finished.get("watch")!;
    valid(record);
    expect(record).toMatchObject({ retries: 0, fallbacks: 1, servedBy: "good", status: 200 });
    expect(record.attempts.map((a) => [a.target, a.status, a.error])).toEqual([
      ["bad", 503, "upstream_error"],
      ["good", 200, undefined],
    ]);
    expect(record.attempts[1]!.startMs).toBeGreaterThanOrEqual(record.attempts[0]!.startMs);
  });
});

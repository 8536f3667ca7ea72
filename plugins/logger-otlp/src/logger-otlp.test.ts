// The plugin in the real engine, exporting to a real OTLP/HTTP receiver on loopback: one log record
// per finished request, with the request's id; headers from the config and from the environment;
// what is queued at shutdown is exported by the gateway's close; and config errors at boot.
import { createGateway, envFrom, type Gateway } from "@aigw/engine";
import { attributeMap, decodeAnyValue, fixedProvider } from "@aigw/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validateConfig } from "./config-validator.gen.js";
import otlpLogger from "./index.js";
import { type Receiver, startReceiver } from "./testing/receiver.js";

let receiver: Receiver;
const gateways: Gateway[] = [];
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
  await receiver.close();
});

async function gateway(config: Record<string, unknown>, env: Record<string, string> = {}): Promise<Gateway> {
  const g = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "log", plugin: "logger-otlp", config },
          { id: "llm", plugin: "fixed-provider" },
        ],
      },
    },
    plugins: [otlpLogger, fixedProvider],
    services: { env: envFrom(env) },
  });
  gateways.push(g);
  return g;
}

async function chat(g: Gateway): Promise<string> {
  const answer = await g.fetch(
    new Request("http://gateway.test/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
    }),
  );
  await answer.text();
  return answer.headers.get("x-request-id")!;
}

describe("logger-otlp", () => {
  it("exports one log record per finished request, and what is queued when the gateway closes", async () => {
    const g = await gateway(
      {
        endpoint: receiver.url,
        serviceName: "edge-gw",
        resourceAttributes: { "deployment.environment.name": "test", "service.instance.id": 7 },
        headers: { "X-Scope-OrgID": "tenant-1" },
        headersFromEnv: { authorization: "OTLP_AUTH" },
        flushIntervalMs: 60_000,
      },
      { OTLP_AUTH: "Bearer s3cret" },
    );
    const ids = [await chat(g), await chat(g), await chat(g)];
    expect(receiver.received).toHaveLength(0);
    await g.close();
    expect(receiver.received).toHaveLength(1);
    const [exported] = receiver.received;
    expect(exported!.headers.authorization).toBe("Bearer s3cret");
    expect(exported!.headers["x-scope-orgid"]).toBe("tenant-1");
    expect(attributeMap(exported!.body.resourceLogs[0]!.resource.attributes)).toEqual({
      "deployment.environment.name": "test",
      "service.instance.id": 7,
      "service.name": "edge-gw",
    });
    const logs = receiver.records();
    expect(logs.map((l) => attributeMap(l.attributes)["aigw.request_id"])).toEqual(ids);
    expect(logs.map((l) => (decodeAnyValue(l.body) as { requestId: string }).requestId)).toEqual(ids);
    for (const log of logs) {
      expect(log.severityText).toBe("INFO");
      expect(Number(log.timeUnixNano)).toBeGreaterThan(0);
      expect(attributeMap(log.attributes)).toMatchObject({
        "gen_ai.operation.name": "chat",
        "gen_ai.request.model": "m",
        "http.response.status_code": 200,
        "aigw.outcome": "ok",
        "aigw.record_version": 1,
      });
      const body = decodeAnyValue(log.body) as { timings: { nodes: { node: string }[] } };
      expect(body.timings.nodes.some((n) => n.node === "llm")).toBe(true);
    }
  });

  it("exports on its own once a batch is full or the interval passed", async () => {
    const g = await gateway({ endpoint: receiver.url, maxBatchSize: 2, flushIntervalMs: 200 });
    await chat(g);
    await chat(g);
    await receiver.waitFor(1);
    await chat(g);
    await receiver.waitFor(2);
    expect(receiver.received.map((r) => r.body.resourceLogs[0]!.scopeLogs[0]!.logRecords.length)).toEqual([
      2, 1,
    ]);
  });

  it("stops the boot when a header's variable is not set, naming the variable", async () => {
    await expect(gateway({ headersFromEnv: { authorization: "OTLP_MISSING" } })).rejects.toThrow(
      "the environment variable OTLP_MISSING (for the authorization header) is not set",
    );
  });

  it("refuses bad values and fills in the defaults", async () => {
    for (const bad of [
      { endpoint: "localhost:4318" },
      { endpoint: "ftp://x/v1/logs" },
      { maxBatchSize: 0 },
      { maxQueueSize: 0 },
      { headers: { "bad header": "x" } },
      { headers: { ok: "line\nbreak" } },
      { headersFromEnv: { authorization: "not a variable" } },
      { resourceAttributes: { nested: { no: 1 } } },
      { serviceName: "" },
      { colour: "blue" },
    ]) {
      expect(validateConfig({ ...bad }), JSON.stringify(bad)).toBe(false);
    }
    await expect(gateway({ endpoint: "localhost:4318" })).rejects.toThrow("endpoint");
    const config: Record<string, unknown> = {};
    expect(validateConfig(config)).toBe(true);
    expect(config).toEqual({
      endpoint: "http://localhost:4318/v1/logs",
      serviceName: "aigw",
      includeTimings: true,
      flushIntervalMs: 1000,
      maxBatchSize: 512,
      maxQueueSize: 2048,
      timeoutMs: 10_000,
      maxAttempts: 5,
    });
  });
});

// The file logger through the real engine: one parseable line per finished request, nothing lost
// under concurrency, at close, or across failed writes; rotation and batching options.
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGateway, type Gateway } from "@aigw/engine";
import { chunkFromText, definePlugin, jsonResult, type RequestRecord } from "@aigw/plugin-api";
import { capturingLogger, type LogEntry } from "@aigw/testkit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileLoggerConfig } from "./config.gen.js";
import fileLogger from "./index.js";

/** A provider that answers a fixed chat completion, streams on request, and fails for model "fail". */
const testProvider = definePlugin({
  manifest: {
    name: "test-provider",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object", additionalProperties: false },
  },
  create: (_config: Record<string, never>) => ({
    async call(ctx) {
      if (ctx.request.model === "fail") ctx.error("upstream_error", "test upstream failed", { status: 502 });
      // What a pass-through provider hands over when its upstream's 200 was cut short.
      if (ctx.request.model === "broken") {
        if (!ctx.request.stream) return jsonResult('{"id":"chatcmpl-1","object":"chat.completion","choi');
        return {
          type: "stream",
          status: 200,
          chunks: (async function* () {
            yield chunkFromText('{"id":"x","choices":[{"delta":{"cont');
          })(),
        };
      }
      ctx.annotations.usage = { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 };
      const chunk = {
        id: "x",
        object: "chat.completion.chunk",
        created: 1,
        model: "m",
        choices: [{ index: 0, delta: { content: "the answer" }, finish_reason: "stop" }],
      };
      if (ctx.request.stream)
        return {
          type: "stream",
          status: 200,
          chunks: (async function* () {
            yield chunkFromText(JSON.stringify(chunk));
          })(),
        };
      return jsonResult(
        JSON.stringify({
          id: "chatcmpl-1",
          object: "chat.completion",
          created: 1,
          model: ctx.request.model,
          choices: [
            { index: 0, message: { role: "assistant", content: "the answer" }, finish_reason: "stop" },
          ],
        }),
      );
    },
  }),
});

let dir: string;
const gateways: Gateway[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "aigw-logger-file-"));
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
  await rm(dir, { recursive: true, force: true });
});

async function loggingGateway(config: FileLoggerConfig, logs: LogEntry[] = []): Promise<Gateway> {
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "log", plugin: "logger-file", config },
          { id: "llm", plugin: "test-provider" },
        ],
      },
    },
    plugins: [fileLogger, testProvider],
    services: { logger: capturingLogger(logs) },
  });
  gateways.push(gateway);
  return gateway;
}

function chat(gateway: Gateway, body: Record<string, unknown> = {}): Promise<Response> {
  return gateway.fetch(
    new Request("http://gateway.test/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "a secret prompt" }], ...body }),
    }),
  );
}

async function readLines(path: string): Promise<RequestRecord[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  expect(text === "" || text.endsWith("\n")).toBe(true);
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RequestRecord);
}

async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("logger-file", () => {
  it("writes one parseable JSON line per finished request, without content", async () => {
    const path = join(dir, "nested", "deeper", "requests.jsonl");
    const gateway = await loggingGateway({ path });
    const ok = await chat(gateway);
    await ok.text();
    const failed = await chat(gateway, { model: "fail" });
    await failed.text();
    const streamed = await chat(gateway, { stream: true });
    await streamed.text();
    await gateway.close();
    const records = await readLines(path);
    expect(records).toHaveLength(3);
    const byId = new Map(records.map((r) => [r.requestId, r]));
    const first = byId.get(ok.headers.get("x-request-id")!)!;
    expect(first).toMatchObject({
      endpoint: "chat.completions",
      path: "/v1/chat/completions",
      modelRequested: "m",
      stream: false,
      config: "default",
      status: 200,
      outcome: "ok",
      tokens: { prompt: 5, completion: 2, total: 7 },
    });
    expect(first.timings.nodes.some((t) => t.node === "llm" && t.hook === "call")).toBe(true);
    expect(Number.isNaN(Date.parse(first.timestamp))).toBe(false);
    const error = byId.get(failed.headers.get("x-request-id")!)!;
    expect(error).toMatchObject({
      status: 502,
      outcome: "error",
      error: { code: "upstream_error", node: "llm" },
    });
    expect(byId.get(streamed.headers.get("x-request-id")!)).toMatchObject({ stream: true, outcome: "ok" });
    const raw = await readFile(path, "utf8");
    expect(raw).not.toContain("secret prompt");
    expect(raw).not.toContain("the answer");
  });

  it("records a broken 200 answer (JSON cut short, a stream that opens with non-JSON) as an error", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({ path });
    const plain = await chat(gateway, { model: "broken" });
    expect(plain.status).toBe(502);
    await plain.text();
    const streamed = await chat(gateway, { model: "broken", stream: true });
    expect(streamed.status).toBe(502);
    await streamed.text();
    await gateway.close();
    const records = await readLines(path);
    expect(records).toHaveLength(2);
    for (const record of records) {
      expect(record).toMatchObject({
        status: 502,
        outcome: "error",
        error: { code: "upstream_error", node: "llm", hook: "call" },
        attempts: [{ target: "llm", status: 502, error: "upstream_error" }],
      });
    }
  });

  it("leaves timings out when includeTimings is false", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({ path, includeTimings: false });
    await (await chat(gateway)).text();
    await gateway.close();
    const [record] = await readLines(path);
    expect(record).toBeDefined();
    expect("nodes" in record!.timings).toBe(false);
    expect(record!.timings.totalMs).toBeGreaterThan(0);
    expect(record!.status).toBe(200);
  });

  it("takes its rotation and batching options from the config", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({
      path,
      includeTimings: false,
      flushIntervalMs: 5,
      maxBytes: 1024,
      maxFiles: 3,
      maxAgeMs: 3_600_000,
      rotateDaily: true,
    });
    const ids: (string | null)[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await chat(gateway);
      await answer.text();
      ids.push(answer.headers.get("x-request-id"));
      // Each record in a batch of its own, so each rotation is seen.
      await until(async () => (await readLines(path)).some((r) => r.requestId === ids[i]));
    }
    await gateway.close();
    // Oldest first: the three rotated files, then the current one.
    const kept = (await Promise.all([`${path}.3`, `${path}.2`, `${path}.1`, path].map(readLines))).flat();
    expect(kept.length).toBeGreaterThanOrEqual(4);
    expect(kept.map((r) => r.requestId)).toEqual(ids.slice(ids.length - kept.length));
    expect(await readFile(`${path}.4`, "utf8").catch(() => "none")).toBe("none");
  });

  it("refuses a config with a bad rotation or flush option, naming the field", async () => {
    for (const [config, field] of [
      [{ flushIntervalMs: 0 }, "flushIntervalMs"],
      [{ maxFiles: 0 }, "maxFiles"],
      [{ maxAgeMs: 10 }, "maxAgeMs"],
      [{ rotateDaily: "yes" }, "rotateDaily"],
    ] as const) {
      await expect(loggingGateway(config as FileLoggerConfig)).rejects.toThrow(field);
    }
  });

  it("writes in the background, before close", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({ path });
    for (let i = 0; i < 3; i++) await (await chat(gateway)).text();
    await until(async () => (await readLines(path)).length === 3);
  });

  it("keeps every record of 500 concurrent requests", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({ path });
    const responses = await Promise.all(
      Array.from({ length: 500 }, (_, i) => chat(gateway, i % 10 === 0 ? { model: "fail" } : {})),
    );
    await Promise.all(responses.map((r) => r.text()));
    const ids = new Set(responses.map((r) => r.headers.get("x-request-id")));
    expect(ids.size).toBe(500);
    await gateway.close();
    const records = await readLines(path);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((r) => r.requestId))).toEqual(ids);
    expect(records.filter((r) => r.outcome === "error")).toHaveLength(50);
  });

  it("flushes pending records at close", async () => {
    const path = join(dir, "requests.jsonl");
    const gateway = await loggingGateway({ path });
    const responses = await Promise.all(Array.from({ length: 50 }, () => chat(gateway)));
    await Promise.all(responses.map((r) => r.text()));
    // No waiting for the background writer: close must drain observers and flush.
    await gateway.close();
    expect(await readLines(path)).toHaveLength(50);
  });

  it("keeps records across failed writes and writes them once the file is writable", async () => {
    const path = join(dir, "requests.jsonl");
    // A directory where the file should be: every append fails (EISDIR).
    await mkdir(path);
    const logs: LogEntry[] = [];
    const gateway = await loggingGateway({ path }, logs);
    const first = await Promise.all(Array.from({ length: 20 }, () => chat(gateway)));
    await Promise.all(first.map((r) => r.text()));
    await until(async () => logs.some((l) => l.level === "warn"));
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.fields.path).toBe(path);
    expect(warnings[0]!.message).toContain("retried");
    expect((await stat(path)).isDirectory()).toBe(true);
    // More records arrive while the file is still broken.
    const second = await Promise.all(Array.from({ length: 10 }, () => chat(gateway)));
    await Promise.all(second.map((r) => r.text()));
    await rm(path, { recursive: true });
    await gateway.close();
    const records = await readLines(path);
    expect(records).toHaveLength(30);
    expect(new Set(records.map((r) => r.requestId))).toEqual(
      new Set([...first, ...second].map((r) => r.headers.get("x-request-id"))),
    );
    expect(logs.some((l) => l.level === "error")).toBe(false);
  });

  it("retries on its own after a failed write, without waiting for close", async () => {
    const path = join(dir, "requests.jsonl");
    await mkdir(path);
    const logs: LogEntry[] = [];
    const gateway = await loggingGateway({ path }, logs);
    await Promise.all((await Promise.all([chat(gateway), chat(gateway)])).map((r) => r.text()));
    await until(async () => logs.some((l) => l.level === "warn"));
    await rm(path, { recursive: true });
    await until(async () => (await readLines(path)).length === 2);
    expect(logs.some((l) => l.level === "info" && l.message?.includes("writable again"))).toBe(true);
  });
});

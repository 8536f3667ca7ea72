/**
 * The runtime conformance suite: Node, Bun and Deno each start their CLI as a child process on the
 * same config (mock provider + file logger) and must answer the same requests the same way: the
 * built-in routes, chat with and without streaming, the OpenAI-shaped errors (bad JSON, unknown
 * path, body too large with and without a content-length), the OpenAI provider calling a fake
 * upstream through the runtime's HTTP client, a client leaving mid-stream (aborts the upstream
 * work, the server lives on), SIGTERM during a slow stream (refuses new connections, lets the
 * stream finish, exits 0), and one log line for every request that got a request id.
 * The tests run in order and share the one process; the SIGTERM test is the last to use it.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chatChunks, chatCompletion } from "../openai.js";
import { json, sse } from "../replies.js";
import { type FakeUpstream, startFakeUpstream } from "../server.js";
import { assembleStream } from "./read-stream.js";
import {
  MAX_BODY_BYTES,
  MOCK_MODELS,
  REPLY,
  UPSTREAM_API_KEY,
  UPSTREAM_PIPELINE,
  writeRuntimeConfig,
} from "./runtime-config.js";
import { accepts, openStream, rawRequest, readText } from "./runtime-http.js";
import { freePort, type RuntimeProcess, watchProcess } from "./runtime-process.js";

export interface RuntimeUnderTest {
  /** Shown in test names. */
  name: string;
  /**
   * Starts the runtime's CLI serving `configFile` on 127.0.0.1:`port` (`--config F --port N`), as
   * a child process with stdout and stderr piped, so the suite can read what it prints.
   */
  start(configFile: string, port: number): ChildProcess;
  /** How long it may take to answer /health (default 30 s: Deno and Bun compile the sources first). */
  bootTimeoutMs?: number;
}

/** A request the gateway gave a request id: it must have exactly one log line, with this status. */
interface Logged {
  id: string;
  status: number;
}

const CHAT = { model: "mock", messages: [{ role: "user", content: "Hello" }] };
const JSON_HEADERS = { "content-type": "application/json" };
const UPSTREAM_PIECES = ["Hello ", "from ", "the ", "upstream"];

/** The fake OpenAI: a completion, or the same text streamed in pieces. */
function upstreamScript(request: { json<T>(): T }) {
  return request.json<{ stream?: boolean }>().stream
    ? sse(chatChunks(UPSTREAM_PIECES))
    : json(200, chatCompletion({ content: UPSTREAM_PIECES.join("") }));
}

export function describeRuntimeConformance(runtime: RuntimeUnderTest): void {
  describe(`runtime conformance: ${runtime.name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), `aigw-runtime-${runtime.name}-`));
    const logFile = join(dir, "logs", "requests.jsonl");
    const logged: Logged[] = [];
    let proc: RuntimeProcess;
    let upstream: FakeUpstream;
    let port = 0;
    let base = "";

    /** fetch, noting the request id of every answer that has one. */
    async function call(path: string, init?: RequestInit): Promise<Response> {
      const res = await fetch(`${base}${path}`, init);
      const id = res.headers.get("x-request-id");
      if (id) logged.push({ id, status: res.status });
      return res;
    }

    beforeAll(
      async () => {
        upstream = await startFakeUpstream(upstreamScript);
        const configFile = writeRuntimeConfig(dir, logFile, upstream.url);
        port = await freePort();
        base = `http://127.0.0.1:${port}`;
        proc = watchProcess(runtime.start(configFile, port));
        await proc.waitForHealth(base, runtime.bootTimeoutMs ?? 30_000);
      },
      (runtime.bootTimeoutMs ?? 30_000) + 5_000,
    );

    afterAll(async () => {
      await proc?.kill();
      await upstream?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test("prints the address it listens on", async () => {
      // The line and the first /health answer travel on different pipes: give it a moment.
      const line = `aigw listening on ${base}`;
      const deadline = Date.now() + 5_000;
      while (!proc.output().includes(line) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(proc.output()).toContain(line);
    });

    test("GET /health and /ready answer 200", async () => {
      const health = await call("/health");
      expect(health.status).toBe(200);
      expect(health.headers.get("cache-control")).toBe("no-store");
      expect(await health.json()).toEqual({ status: "ok" });
      const ready = await call("/ready");
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready" });
    });

    test("GET /v1/models lists the mock provider's models", async () => {
      const res = await call("/v1/models");
      expect(res.status).toBe(200);
      const body = (await res.json()) as { object: string; data: { id: string; object: string }[] };
      expect(body.object).toBe("list");
      expect(body.data.map((m) => m.id)).toEqual(MOCK_MODELS);
    });

    test("POST /v1/chat/completions answers a chat completion", async () => {
      const res = await call("/v1/chat/completions", {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify(CHAT),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.headers.get("x-request-id")).toBeTruthy();
      expect(res.headers.get("x-aigw-overhead-ms")).toMatch(/^\d+\.\d+$/);
      // A whole answer is sent with its length, not framed as chunks.
      const text = await res.text();
      expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(text)));
      expect(res.headers.get("transfer-encoding")).toBeNull();
      const body = JSON.parse(text) as {
        object: string;
        model: string;
        choices: { message: { role: string; content: string }; finish_reason: string }[];
      };
      expect(body.object).toBe("chat.completion");
      expect(body.model).toBe("mock");
      expect(body.choices[0]).toMatchObject({
        message: { role: "assistant", content: REPLY },
        finish_reason: "stop",
      });
    });

    test("streams server-sent events: one data event per chunk, then [DONE]", async () => {
      const res = await call("/v1/chat/completions", {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify({ ...CHAT, stream: true }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("text/event-stream");
      const text = await res.text();
      const blocks = text.split("\n\n").filter((block) => block.length > 0);
      for (const block of blocks) expect(block).toMatch(/^data: /);
      expect(text.endsWith("data: [DONE]\n\n")).toBe(true);
      const stream = await assembleStream(new Response(text));
      expect(stream.done).toBe(true);
      expect(stream.role).toBe("assistant");
      expect(stream.content).toBe(REPLY);
      expect(stream.finishReason).toBe("stop");
      // One word per chunk: it really streamed, it was not buffered into one event.
      expect(stream.chunks.length).toBeGreaterThanOrEqual(REPLY.split(" ").length);
      for (const chunk of stream.chunks) expect(chunk.object).toBe("chat.completion.chunk");
    });

    test("an invalid JSON body is a 400 OpenAI error", async () => {
      const res = await call("/v1/chat/completions", {
        method: "POST",
        headers: JSON_HEADERS,
        body: "{ nope",
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/json");
      const body = (await res.json()) as { error: { type: string; code: string; message: string } };
      expect(body.error).toMatchObject({ type: "invalid_request_error", code: "invalid_json" });
      expect(body.error.message).toBeTruthy();
    });

    test("an unknown path is a 404 OpenAI error", async () => {
      const res = await call("/v1/no-such-endpoint", { method: "POST", headers: JSON_HEADERS, body: "{}" });
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { type: string; code: string } };
      expect(body.error).toMatchObject({ type: "not_found_error", code: "not_found" });
    });

    test("a body over limits.maxBodyBytes is a 413, with a content-length or chunked", async () => {
      const big = JSON.stringify({
        ...CHAT,
        messages: [{ role: "user", content: "x".repeat(MAX_BODY_BYTES * 2) }],
      });
      const declared = await call("/v1/chat/completions", {
        method: "POST",
        headers: JSON_HEADERS,
        body: big,
      });
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("payload_too_large");

      // No content-length: the limit must hold while the body is read.
      const parts = Array.from({ length: 4 }, (_, i) =>
        big.slice((i * big.length) / 4, ((i + 1) * big.length) / 4),
      );
      const exchange = rawRequest(`${base}/v1/chat/completions`, {
        method: "POST",
        headers: JSON_HEADERS,
        body: parts,
      });
      expect(exchange.req.getHeader("content-length")).toBeUndefined();
      const chunked = await exchange.response;
      const text = await readText(chunked);
      expect(chunked.statusCode).toBe(413);
      expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe("payload_too_large");
      logged.push({ id: String(chunked.headers["x-request-id"]), status: 413 });
    });

    test("the OpenAI provider calls an upstream through the runtime's HTTP client, whole and streamed", async () => {
      // This pipeline has no logger: these requests are not expected in the log file.
      const headers = { ...JSON_HEADERS, "x-aigw-config": UPSTREAM_PIPELINE };
      const chat = { model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] };
      const whole = await fetch(`${base}/v1/chat/completions`, {
        method: "POST",
        headers,
        body: JSON.stringify(chat),
      });
      expect(whole.status).toBe(200);
      const body = (await whole.json()) as { choices: { message: { content: string } }[] };
      expect(body.choices[0]?.message.content).toBe(UPSTREAM_PIECES.join(""));
      const sent = upstream.requests[0]!;
      expect(sent.path).toBe("/v1/chat/completions");
      expect(sent.headers["authorization"]).toBe(`Bearer ${UPSTREAM_API_KEY}`);
      expect(sent.json()).toMatchObject(chat);

      const streamed = await fetch(`${base}/v1/chat/completions`, {
        method: "POST",
        headers,
        body: JSON.stringify({ ...chat, stream: true }),
      });
      expect(streamed.status).toBe(200);
      const stream = await assembleStream(streamed);
      expect(stream.content).toBe(UPSTREAM_PIECES.join(""));
      expect(stream.done).toBe(true);
      expect(upstream.requests).toHaveLength(2);
    });

    test("a client leaving mid-stream ends that request (499) and the server keeps serving", async () => {
      const { req, response } = openStream(base, { ...CHAT, stream: true });
      const res = await response;
      expect(res.statusCode).toBe(200);
      await new Promise((resolve) => res.once("data", resolve));
      req.destroy();
      // The engine logs it as client_closed once the runtime told it the client left.
      logged.push({ id: String(res.headers["x-request-id"]), status: 499 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(proc.child.exitCode).toBeNull();
      const after = await call("/v1/chat/completions", {
        method: "POST",
        headers: JSON_HEADERS,
        body: JSON.stringify(CHAT),
      });
      expect(after.status).toBe(200);
      expect((await call("/health")).status).toBe(200);
    });

    test("SIGTERM during a slow stream: new connections refused, the stream finishes, exit 0", async () => {
      const { response } = openStream(base, { ...CHAT, stream: true });
      const res = await response;
      expect(res.statusCode).toBe(200);
      logged.push({ id: String(res.headers["x-request-id"]), status: 200 });
      res.setEncoding("utf8");
      let text = "";
      let ended = false;
      const body = new Promise<void>((resolve, reject) => {
        res.on("data", (part: string) => {
          text += part;
        });
        res.on("end", () => {
          ended = true;
          resolve();
        });
        res.on("error", reject);
      });
      await new Promise((resolve) => res.once("data", resolve));
      const signalledAt = Date.now();
      proc.child.kill("SIGTERM");
      // While the stream still runs, a new connection must soon be refused.
      let refusedWhileStreaming = false;
      while (!ended && Date.now() - signalledAt < 5_000) {
        if (!(await accepts(base))) {
          refusedWhileStreaming = !ended;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await body;
      expect(refusedWhileStreaming).toBe(true);
      const stream = await assembleStream(new Response(text));
      expect(stream.content).toBe(REPLY);
      expect(stream.done).toBe(true);
      expect(await proc.exited).toBe(0);
      expect(proc.output()).toContain("SIGTERM: shutting down gracefully");
    });

    test("the log file has one line per request that got a request id", () => {
      const lines = readFileSync(logFile, "utf8").trim().split("\n");
      const records = lines.map(
        (line) => JSON.parse(line) as { requestId: string; status: number; path: string },
      );
      expect(records.map((r) => ({ id: r.requestId, status: r.status })).sort(byId)).toEqual(
        [...logged].sort(byId),
      );
      // Chat, stream, bad JSON, 404, two 413s, the stream left early, the chat after it, the
      // stream at SIGTERM (health, ready and models are answered before any plugin runs).
      expect(records).toHaveLength(9);
    });
  });
}

function byId(a: Logged, b: Logged): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

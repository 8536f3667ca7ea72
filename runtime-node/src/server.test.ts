// The server in-process: built-in routes, chat through the mock and a test provider, client
// disconnects aborting upstream work, and graceful shutdown draining a stream.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { type ClientRequest, type IncomingMessage, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plugin } from "@aigw/plugin-api";
import { readDefaultConfig } from "@aigw/runtime-kit";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { pinoLogger } from "./logger.js";
import { type NodeServer, type ServeMode, startServer } from "./server.js";
import { aborts, type TestProviderConfig, testProvider } from "./testing/test-plugins.js";

const running: NodeServer[] = [];
const temp = mkdtempSync(join(tmpdir(), "aigw-server-"));
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.shutdown()));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function serveTestProvider(
  config: TestProviderConfig = {},
  extra: object = {},
  serve: ServeMode = "fast",
): Promise<NodeServer> {
  const server = await startServer({
    serve,
    config: { pipeline: { nodes: [{ id: "p", plugin: "test-provider", config }] }, ...extra },
    plugins: [testProvider as Plugin<never>],
    port: 0,
    host: "127.0.0.1",
    env: {},
    logger: pinoLogger("silent"),
    shutdownTimeoutMs: 5_000,
  });
  running.push(server);
  return server;
}

const CHAT = { model: "test-model", messages: [{ role: "user", content: "hi" }] };

/** A raw HTTP/1.1 request, so a test controls when the client goes away. */
function open(url: string, body?: object): { req: ClientRequest; response: Promise<IncomingMessage> } {
  const req = request(url, {
    method: body ? "POST" : "GET",
    headers: body ? { "content-type": "application/json" } : {},
  });
  const response = new Promise<IncomingMessage>((resolve, reject) => {
    req.on("response", resolve);
    req.on("error", reject);
  });
  req.end(body ? JSON.stringify(body) : undefined);
  return { req, response };
}

async function readAll(res: IncomingMessage): Promise<string> {
  let text = "";
  for await (const part of res) text += String(part);
  return text;
}

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("startServer", () => {
  it("answers /health, /ready and /v1/models", async () => {
    const server = await serveTestProvider();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(["test-model"]);
  });

  it("serves a chat completion with the engine's own headers", async () => {
    const server = await serveTestProvider();
    const res = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CHAT),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-request-id")).toBeTruthy();
    expect(res.headers.get("x-aigw-overhead-ms")).toMatch(/^\d+\.\d+$/);
    const body = (await res.json()) as { choices: { message: { content: string } }[] };
    expect(body.choices[0]?.message.content).toBe(`pid ${process.pid}`);
  });

  it("serves the default config: mock models offline, other models routed to OpenAI, one log line per request", async () => {
    const { config } = await readDefaultConfig();
    const logFile = join(temp, "requests.jsonl");
    const nodes = (config as { pipeline: { nodes: { id: string; config?: object }[] } }).pipeline.nodes;
    for (const node of nodes) if (node.id === "log") node.config = { path: logFile };
    const server = await startServer({
      config,
      // Inside vitest, packages resolve to their sources through the test runner's own import.
      importPackage: (name) => import(name),
      port: 0,
      host: "127.0.0.1",
      env: {},
      logger: pinoLogger("silent"),
    });
    running.push(server);
    const res = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "mock", messages: [{ role: "user", content: "hello there" }] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { model: string; choices: { message: { content: string } }[] };
    expect(body.model).toBe("mock");
    expect(body.choices[0]?.message.content).toContain("hello there");
    const models = (await (await fetch(`${server.url}/v1/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((m) => m.id)).toEqual(
      expect.arrayContaining(["mock", "mock-large", "gpt-4o", "gpt-4o-mini"]),
    );
    // Anthropic SDK clients use /v1/messages: same pipeline, Anthropic's format back.
    const messages = await fetch(`${server.url}/v1/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", "anthropic-version": "2023-06-01" },
      body: JSON.stringify({
        model: "mock",
        max_tokens: 64,
        messages: [{ role: "user", content: "hello there" }],
      }),
    });
    expect(messages.status).toBe(200);
    expect(await messages.json()).toMatchObject({
      type: "message",
      role: "assistant",
      content: [{ type: "text", text: expect.stringContaining("hello there") }],
      stop_reason: "end_turn",
    });
    // Without OPENAI_API_KEY, a non-mock model is routed to OpenAI and says what is missing.
    const openai = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(openai.status).toBe(500);
    expect(((await openai.json()) as { error: { message: string } }).error.message).toContain(
      "OPENAI_API_KEY",
    );
    await server.shutdown();
    const lines = readFileSync(logFile, "utf8").trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      path: "/v1/chat/completions",
      status: 200,
      modelRequested: "mock",
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({
      path: "/v1/messages",
      endpoint: "chat.completions",
      ingress: "anthropic",
      status: 200,
      modelRequested: "mock",
    });
    expect(JSON.parse(lines[2]!)).toMatchObject({
      status: 500,
      modelRequested: "gpt-4o-mini",
      error: { node: "openai" },
    });
  });

  it("fails to start on a port that is taken", async () => {
    const first = await serveTestProvider();
    await expect(
      startServer({
        config: { pipeline: { nodes: [{ id: "p", plugin: "test-provider" }] } },
        plugins: [testProvider as Plugin<never>],
        port: first.port,
        host: "127.0.0.1",
        env: {},
        logger: pinoLogger("silent"),
      }),
    ).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});

describe.each<ServeMode>(["fast", "web"])("client disconnects (%s)", (serve) => {
  it("a client leaving mid-stream aborts the upstream call", async () => {
    const server = await serveTestProvider({ chunks: 100, chunkDelayMs: 50 }, {}, serve);
    const before = aborts.length;
    const { req, response } = open(`${server.url}/v1/chat/completions`, { ...CHAT, stream: true });
    const res = await response;
    expect(res.headers["content-type"]).toContain("text/event-stream");
    await new Promise((resolve) => res.once("data", resolve));
    req.destroy();
    await until(() => aborts.length > before);
    await until(() => server.gateway.inflight === 0);
  });

  it("a client leaving before the answer aborts the upstream call", async () => {
    const server = await serveTestProvider({ delayMs: 10_000 }, {}, serve);
    const before = aborts.length;
    const { req, response } = open(`${server.url}/v1/chat/completions`, CHAT);
    response.catch(() => {});
    await until(() => server.gateway.inflight === 1);
    req.destroy();
    await until(() => aborts.length > before);
    await until(() => server.gateway.inflight === 0);
  });

  it("a client leaving while its body is still arriving ends the request", async () => {
    const server = await serveTestProvider({}, {}, serve);
    const req = request(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "1000" },
    });
    req.on("error", () => {});
    req.write('{"model":"test-model",');
    await until(() => server.gateway.inflight === 1);
    req.destroy();
    await until(() => server.gateway.inflight === 0);
    // The server keeps serving.
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });
});

describe("graceful shutdown", () => {
  it("lets a slow stream finish, refuses new connections, then closes", async () => {
    const server = await serveTestProvider({ chunks: 6, chunkDelayMs: 100 });
    const { response } = open(`${server.url}/v1/chat/completions`, { ...CHAT, stream: true });
    const res = await response;
    const text = readAll(res);
    await until(() => server.gateway.inflight === 1);
    const stopped = server.shutdown();
    let closedAt = 0;
    void stopped.then(() => {
      closedAt = Date.now();
    });
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    // The stream has ~450 ms to go: shutdown must still be waiting for it.
    expect(closedAt).toBe(0);
    expect(server.gateway.inflight).toBe(1);
    const body = await text;
    expect(body.match(/"content"/g)).toHaveLength(6);
    expect(body.trim().endsWith("data: [DONE]")).toBe(true);
    await stopped;
    expect(closedAt).toBeGreaterThan(0);
    expect(server.server.listening).toBe(false);
  });

  it("/ready answers 503 while the gateway drains", async () => {
    const server = await serveTestProvider({ delayMs: 300 });
    const slow = fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CHAT),
    });
    await until(() => server.gateway.inflight === 1);
    const draining = server.gateway.drain(5_000);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(503);
    expect((await slow).status).toBe(200);
    await draining;
  });
});

// Two gateway processes (the real `aigw` CLI, from its sources) on one Redis: an answer the
// first one got from the upstream is a hit on the second, which never calls the upstream, for a
// JSON answer and for a stream replayed chunk for chunk. The upstream is a fake OpenAI server on
// loopback counting its calls; the cache node's id (hence its Redis keys) is unique to the run.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { redisStores } from "@aigw/engine";
import type { HookContext, JsonObject, StoreFactory } from "@aigw/plugin-api";
import {
  chatChunks,
  chatCompletion,
  collectSse,
  type FakeUpstream,
  json,
  sse,
  startFakeUpstream,
} from "@aigw/testkit";
import { afterAll, describe, expect, test } from "vitest";
import { RequestKeys } from "./key.js";

const REDIS = "redis://127.0.0.1:6379";
const CLI = fileURLToPath(new URL("../../../runtime-node/src/cli.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const dir = mkdtempSync(join(tmpdir(), "aigw-cache-exact-"));
const children: ChildProcess[] = [];
let upstream: FakeUpstream | undefined;
let peek: StoreFactory | undefined;

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await upstream?.close();
  await peek?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `aigw --config <file> --port 0`; resolves with its URL once it listens. */
function startGateway(config: string): Promise<string> {
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: "warn" };
  // Whatever the test runner set must not leak into the gateway's own port choice.
  delete env["PORT"];
  const child = spawn(
    process.execPath,
    ["--conditions=aigw-source", "--import", TSX, CLI, "--config", config, "--port", "0"],
    {
      cwd: dir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no gateway within 60 s:\n${out}`)), 60_000);
    const seen = (text: string) => {
      out += text;
      const match = /aigw listening on (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.setEncoding("utf8").on("data", seen);
    child.stderr!.setEncoding("utf8").on("data", seen);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code}):\n${out}`));
    });
  });
}

async function post(base: string, body: JsonObject) {
  const response = await fetch(`${base}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const cache = response.headers.get("x-aigw-cache");
  if (body.stream) return { status: response.status, cache, events: await collectSse(response) };
  return { status: response.status, cache, json: (await response.json()) as unknown };
}

describe("two gateway processes on one Redis", () => {
  test("a request answered by the first is a hit on the second", async () => {
    upstream = await startFakeUpstream((request) =>
      request.json<JsonObject>().stream === true
        ? sse(chatChunks(["Shared ", "through ", "Redis"]))
        : json(200, chatCompletion({ content: "Shared through Redis" })),
    );
    const node = `cache_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const config = join(dir, "gateway.yaml");
    writeFileSync(
      config,
      [
        'plugins: ["@aigw/cache-exact", "@aigw/providers-openai"]',
        `stores: { type: redis, url: "${REDIS}" }`,
        "pipeline:",
        "  nodes:",
        `    - { id: ${node}, plugin: cache-exact, config: { ttlSeconds: 120 } }`,
        `    - { id: llm, plugin: providers-openai, config: { baseUrl: "${upstream.url}" } }`,
        "",
      ].join("\n"),
    );
    const [first, second] = await Promise.all([startGateway(config), startGateway(config)]);
    peek = await redisStores(REDIS);
    const store = peek.open(`cache-exact:${node}`);
    const keys = new RequestKeys({ partition: "none", vary: [] });
    /** Waits until the first gateway's write of `body`'s answer has reached Redis. */
    const written = async (body: JsonObject) => {
      const ctx = { request: { endpoint: "chat.completions", body }, config: "default", annotations: {} };
      const key = keys.key(ctx as unknown as HookContext);
      const deadline = Date.now() + 10_000;
      while ((await store.get(`k:${key}`)) === undefined) {
        if (Date.now() > deadline) throw new Error("the first gateway never stored the answer");
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };

    const question = { model: "gpt-4o-mini", messages: [{ role: "user", content: "shared?" }] };
    const miss = await post(first, question);
    expect(miss).toMatchObject({ status: 200, cache: "miss" });
    await written(question);
    const hit = await post(second, question);
    expect(hit).toMatchObject({ status: 200, cache: "hit" });
    expect(hit.json).toEqual(miss.json);
    expect(upstream.requests).toHaveLength(1);

    const streamed = {
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "streamed?" }],
      stream: true,
    };
    const streamMiss = await post(first, streamed);
    expect(streamMiss).toMatchObject({ status: 200, cache: "miss" });
    await written(streamed);
    const streamHit = await post(second, streamed);
    expect(streamHit).toMatchObject({ status: 200, cache: "hit" });
    expect(streamHit.events).toEqual(streamMiss.events);
    expect(streamHit.events!.at(-1)).toBe("[DONE]");
    expect(upstream.requests).toHaveLength(2);
  }, 120_000);
});

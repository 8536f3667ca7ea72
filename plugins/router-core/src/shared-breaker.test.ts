/**
 * Two gateway processes on one Redis share breaker state: process A sees a target fail until
 * its breaker opens; process B, which never saw a failure, skips that target from then on.
 * Keys live under a node id unique to this run.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { redisStores } from "@aigw/engine";
import { type FakeUpstream, json, startFakeUpstream } from "@aigw/testkit";
import { afterAll, describe, expect, test } from "vitest";

const REDIS = "redis://127.0.0.1:6379";
const SCRIPT = fileURLToPath(new URL("./testing/gateway-process.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

const children: ChildProcess[] = [];
const upstreams: FakeUpstream[] = [];

afterAll(async () => {
  for (const child of children) child.kill("SIGTERM");
  await Promise.all(upstreams.map((u) => u.close()));
});

/** Starts a gateway process; resolves with its base URL once it listens. */
function startGateway(config: unknown): Promise<string> {
  const child = spawn(process.execPath, ["--conditions=aigw-source", "--import", TSX, SCRIPT], {
    env: { ...process.env, AIGW_TEST_CONFIG: JSON.stringify(config) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    const onData = (text: string) => {
      out += text;
      const match = /listening (\d+)/.exec(out);
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      out += text;
    });
    child.on("exit", (code) => reject(new Error(`gateway process exited (${code}): ${out}`)));
  });
}

async function chat(base: string) {
  const response = await fetch(`${base}/v1/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] }),
  });
  await response.text();
  return { status: response.status, route: response.headers.get("x-aigw-route") };
}

describe("breaker state shared through Redis", () => {
  test("a breaker opened by one gateway process is skipped by another", async () => {
    const failing = await startFakeUpstream(json(500, { error: { message: "down" } }));
    const good = await startFakeUpstream(
      json(200, {
        id: "c",
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content: "ok" } }],
      }),
    );
    upstreams.push(failing, good);
    const node = `top_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const config = {
      pipeline: {
        nodes: [
          {
            id: node,
            plugin: "router-fallback",
            targets: ["flaky", "good"],
            config: { breaker: { minRequests: 3, failureRatio: 0.5, cooldownMs: 60_000 } },
          },
          { id: "flaky", plugin: "wire-openai", config: { url: failing.url } },
          { id: "good", plugin: "wire-openai", config: { url: good.url } },
        ],
      },
      stores: { type: "redis", url: REDIS },
      logging: { level: "silent" },
    };
    const [a, b] = await Promise.all([startGateway(config), startGateway(config)]);
    try {
      for (let i = 0; i < 3; i++) expect(await chat(a)).toEqual({ status: 200, route: "flaky:500,good:200" });
      expect(failing.requests.length).toBe(3);
      // B never saw flaky fail, yet skips it: the open state is in Redis.
      for (let i = 0; i < 3; i++) expect(await chat(b)).toEqual({ status: 200, route: "good:200" });
      expect(failing.requests.length).toBe(3);
    } finally {
      const stores = await redisStores(REDIS);
      await stores.open(`router-fallback:${node}`).delete("cb:flaky");
      await stores.close();
    }
  }, 60_000);
});

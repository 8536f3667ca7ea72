// Redis restarted under load (a redis-server of the test's own, without persistence): two gateway
// processes with `onStoreUnavailable: open` keep answering every request while it is away, and
// enforce limits again once it is back, without a restart of their own.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type Instance, load, startInstance } from "./testing/spawn.js";

let port = 0;
let redis: ChildProcess | undefined;
let instances: Instance[] = [];

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function startRedis(): Promise<ChildProcess> {
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    {
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (text: string) => {
      out += text;
      if (out.includes("Ready to accept connections")) resolve();
    });
    child.on("exit", () => reject(new Error(`redis-server exited:\n${out}`)));
  });
  return child;
}

function stopRedis(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

beforeAll(async () => {
  port = await freePort();
  redis = await startRedis();
  const env = {
    AIGW_TEST_REDIS: `redis://127.0.0.1:${port}`,
    AIGW_TEST_LIMITS: JSON.stringify({ onStoreUnavailable: "open" }),
  };
  instances = await Promise.all([startInstance(env), startInstance(env)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await stopRedis(redis);
});

it("keeps serving while Redis is away and limits again once it is back", async () => {
  const urls = instances.map((i) => i.url);
  const roomy = { keyId: "roomy", quotas: [{ scope: "key", id: "roomy", requestsPerMinute: 1_000_000 }] };
  const uncounted = { count: 0 };
  const during = load(urls, 2_000, 8, roomy, {}, uncounted);
  await new Promise((resolve) => setTimeout(resolve, 200));
  await stopRedis(redis);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  redis = await startRedis();
  const statuses = await during;
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  // Some of them really went through while Redis was away.
  console.log(`requests: ${statuses.length}, let through uncounted while Redis was away: ${uncounted.count}`);
  expect(uncounted.count).toBeGreaterThan(0);
  // Back: a fresh key limited to 2 a minute is limited again across both instances (the client
  // reconnects by itself; give it a moment).
  let limited: number[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const id = `tight-${attempt}`;
    limited = await load(urls, 6, 1, { keyId: id, quotas: [{ scope: "key", id, requestsPerMinute: 2 }] });
    if (limited.filter((s) => s === 429).length === 4) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(limited.filter((s) => s === 200)).toHaveLength(2);
  expect(limited.filter((s) => s === 429)).toHaveLength(4);
}, 60_000);

/**
 * Cache cost: what the exact cache adds to a request it cannot answer, and how fast it answers
 * one it can.
 * - Miss, in-process through the engine's `handle` (as the Node runtime calls it), against the
 *   instant provider: the provider alone and the cache in front of it, on the same requests, each
 *   one a body never seen before (so the cache hashes the canonical body, looks it up once, and
 *   stores the answer), in interleaved rounds; reported: the median per-request wall and CPU time
 *   of each and the difference. The store is the default memory LRU at its default bounds (full
 *   and evicting, as in steady state).
 * - Hit, over HTTP: the built `aigw` CLI in its own process with the cache in front of the mock
 *   provider; after one miss, sequential keep-alive requests for the same body, all hits;
 *   reported: latency percentiles as the client sees them.
 * Targets: a miss adds at most 20 µs of CPU; a hit is answered in at most 1 ms (p50).
 *
 * Run (after building): pnpm --filter @aigw/bench cache
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { join } from "node:path";
import cacheExact from "@aigw/cache-exact";
import { type Answer, createGateway, type IncomingCall } from "@aigw/engine";
import type { Plugin } from "@aigw/plugin-api";
import { startGateway } from "./http/gateway.js";
import { RESULTS_DIR } from "./http/paths.js";
import { longRequestBody, SUPPORT_PROMPT } from "./http/payloads.js";
import { instantProvider } from "./instant-provider.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 4_000);
const HIT_REQUESTS = Number(process.env.BENCH_HIT_REQUESTS ?? 5_000);
const MISS_TARGET_US = 20;
const HIT_TARGET_MS = 1;

type Handle = (call: IncomingCall) => Promise<Answer>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function gateway(nodes: object[]) {
  return createGateway({
    config: {
      pipeline: { nodes: [...nodes, { id: "llm", plugin: "instant" }] },
      logging: { level: "silent" },
    },
    plugins: [cacheExact, instantProvider()] as Plugin[],
  });
}

/** Bodies no request has sent before: the 2 KB support prompt, numbered. */
let sent = 0;
function freshBodies(count: number): Uint8Array[] {
  const encoder = new TextEncoder();
  return Array.from({ length: count }, () => encoder.encode(longRequestBody(`${sent++} ${SUPPORT_PROMPT}`)));
}

/** Per-request wall and CPU microseconds over the given bodies, sent one after another. */
async function round(handle: Handle, bodies: readonly Uint8Array[]): Promise<{ wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const bytes of bodies) {
    const answer = await handle({
      method: "POST",
      url: "http://bench/v1/chat/completions",
      path: "/v1/chat/completions",
      headers: new Headers({ "content-type": "application/json", host: "bench" }),
      body: async () => bytes,
    });
    if (answer.status !== 200) throw new Error(`status ${answer.status}`);
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1_000 / bodies.length;
  const used = process.cpuUsage(cpu0);
  return { wall, cpu: (used.user + used.system) / bodies.length };
}

async function missCost() {
  const bare = await gateway([]);
  const cached = await gateway([{ id: "cache", plugin: "cache-exact" }]);
  // Warm up both, and fill the cache past its bound (10,000 entries) so that stores evict, as in
  // steady state.
  for (let i = 0; i < Math.max(3, Math.ceil(10_500 / PER_ROUND)); i++) {
    const bodies = freshBodies(PER_ROUND);
    await round(bare.handle, bodies);
    await round(cached.handle, bodies);
  }
  const base = { wall: [] as number[], cpu: [] as number[] };
  const withCache = { wall: [] as number[], cpu: [] as number[] };
  const added = { wall: [] as number[], cpu: [] as number[] };
  for (let r = 0; r < ROUNDS; r++) {
    // The same fresh bodies for both; alternate which goes first, so drift hits both alike.
    const bodies = freshBodies(PER_ROUND);
    const got: Record<string, { wall: number; cpu: number }> = {};
    for (const which of r % 2 === 0 ? ["base", "cache"] : ["cache", "base"])
      got[which] = await round(which === "base" ? bare.handle : cached.handle, bodies);
    base.wall.push(got.base!.wall);
    base.cpu.push(got.base!.cpu);
    withCache.wall.push(got.cache!.wall);
    withCache.cpu.push(got.cache!.cpu);
    added.wall.push(got.cache!.wall - got.base!.wall);
    added.cpu.push(got.cache!.cpu - got.base!.cpu);
  }
  await bare.close();
  await cached.close();
  return {
    baseWallUs: +median(base.wall).toFixed(2),
    withWallUs: +median(withCache.wall).toFixed(2),
    baseCpuUs: +median(base.cpu).toFixed(2),
    withCpuUs: +median(withCache.cpu).toFixed(2),
    addedWallUs: +median(added.wall).toFixed(2),
    addedCpuUs: +median(added.cpu).toFixed(2),
  };
}

/** One request over a keep-alive connection: ms until the whole answer, and its cache status. */
function post(url: string, agent: Agent, body: string): Promise<{ ms: number; cache: unknown }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = request(
      `${url}/v1/chat/completions`,
      { method: "POST", agent, headers: { "content-type": "application/json" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ ms: performance.now() - t0, cache: res.headers["x-aigw-cache"] }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function hitLatency() {
  const dir = join(RESULTS_DIR, "run");
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, "cache-hit.json");
  const config = {
    plugins: ["@aigw/cache-exact", "@aigw/providers-mock"],
    pipeline: {
      nodes: [
        { id: "cache", plugin: "cache-exact" },
        { id: "mock", plugin: "providers-mock" },
      ],
    },
    logging: { level: "warn" },
  };
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  const gw = await startGateway({ name: "gateway (cache)", configFile });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const body = longRequestBody();
  try {
    const first = await post(gw.url, agent, body);
    if (first.cache !== "miss") throw new Error(`first request: ${String(first.cache)}`);
    const times: number[] = [];
    for (let i = 0; i < HIT_REQUESTS + 500; i++) {
      const { ms, cache } = await post(gw.url, agent, body);
      if (cache !== "hit") throw new Error(`request ${i}: ${String(cache)}, expected a hit`);
      if (i >= 500) times.push(ms); // after a warm-up
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => +times[Math.min(times.length - 1, Math.floor(times.length * q))]!.toFixed(3);
    return { requests: times.length, p50Ms: at(0.5), p90Ms: at(0.9), p99Ms: at(0.99) };
  } finally {
    agent.destroy();
    await gw.stop();
  }
}

const miss = await missCost();
const hit = await hitLatency();
const checks = {
  missAddsAtMost20UsCpu: miss.addedCpuUs <= MISS_TARGET_US,
  hitP50AtMost1Ms: hit.p50Ms <= HIT_TARGET_MS,
};
console.log(
  JSON.stringify(
    { node: process.version, rounds: ROUNDS, requestsPerRound: PER_ROUND, miss, hit, checks },
    null,
    2,
  ),
);

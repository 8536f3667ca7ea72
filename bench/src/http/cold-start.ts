/**
 * Cold start: the time from spawning the gateway CLI until its first successful GET /health,
 * for a fresh process each time. The port is 0, so the harness learns it from the CLI's
 * "listening" line and asks /health at once (no polling interval to blur the figure). A bare
 * Node http server measured the same way is the floor (Node's own startup).
 */
import { performance } from "node:perf_hooks";
import { request } from "undici";
import { type Child, spawnChild } from "./children.js";
import { startGateway } from "./gateway.js";
import { machineBusySeconds, treeCpu } from "./proc-stats.js";
import { median } from "./stats.js";

export interface ColdStart {
  /** ms from spawn to the listening line. */
  listen: number[];
  /** ms from spawn to the first 200 from /health. */
  health: number[];
  /** Cores other processes used during each kept start. */
  otherCores: number[];
  medianListenMs: number;
  medianHealthMs: number;
}

const BARE_SERVER = [
  "-e",
  "const s=require('node:http').createServer((q,r)=>r.end('{\"status\":\"ok\"}'));" +
    "s.listen(0,'127.0.0.1',()=>console.log('BENCH_LISTENING http://127.0.0.1:'+s.address().port));" +
    "process.on('SIGTERM',()=>process.exit(0))",
];

async function firstHealth(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      const res = await request(`${url}/health`, { reset: true });
      await res.body.dump();
      if (res.statusCode === 200) return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
    }
    if (performance.now() > deadline) throw new Error(`${url}/health never answered 200`);
  }
}

/** One start: spawn, listening line, first /health 200; and what other processes used meanwhile. */
async function timeStart(
  start: () => Promise<Child>,
): Promise<{ listen: number; health: number; other: number }> {
  const busy0 = machineBusySeconds();
  const gen0 = process.cpuUsage();
  const started = performance.now();
  const child = await start();
  const listen = performance.now() - started;
  try {
    await firstHealth(child.url, performance.now() + 10_000);
    const health = performance.now() - started;
    const gen = process.cpuUsage(gen0);
    // The child's whole life so far is this start.
    const ours = treeCpu(child.pid) + (gen.user + gen.system) / 1e6;
    return { listen, health, other: Math.max(0, machineBusySeconds() - busy0 - ours) / (health / 1000) };
  } finally {
    await child.stop();
  }
}

/**
 * `times` starts; one during which other processes used more than `maxOtherCores` is done again
 * (at most `maxAttempts` times; the least disturbed is kept).
 */
async function timeStarts(
  times: number,
  start: () => Promise<Child>,
  maxOtherCores: number,
  maxAttempts: number,
): Promise<ColdStart> {
  const listen: number[] = [];
  const health: number[] = [];
  const otherCores: number[] = [];
  for (let i = 0; i < times; i++) {
    let best: Awaited<ReturnType<typeof timeStart>> | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const run = await timeStart(start);
      if (!best || run.other < best.other) best = run;
      if (run.other <= maxOtherCores) break;
    }
    listen.push(best!.listen);
    health.push(best!.health);
    otherCores.push(best!.other);
  }
  return { listen, health, otherCores, medianListenMs: median(listen), medianHealthMs: median(health) };
}

/** `times` cold starts of the gateway with `configFile`. */
export function gatewayColdStarts(
  times: number,
  configFile: string,
  maxOtherCores: number,
  maxAttempts: number,
): Promise<ColdStart> {
  return timeStarts(
    times,
    () => startGateway({ name: "cold-start", configFile }),
    maxOtherCores,
    maxAttempts,
  );
}

/** `times` cold starts of a bare node:http server (Node's startup, the floor). */
export function bareNodeColdStarts(
  times: number,
  maxOtherCores: number,
  maxAttempts: number,
): Promise<ColdStart> {
  return timeStarts(
    times,
    () => spawnChild({ name: "bare-node", args: BARE_SERVER }),
    maxOtherCores,
    maxAttempts,
  );
}

/**
 * Throughput under concurrent load: autocannon, run in the harness process, posts chat requests
 * over N keep-alive connections for a fixed time after an unmeasured warm-up. Latencies come
 * from autocannon's per-response event (doubles in ms; its own histogram keeps whole ms only).
 * While measuring, the system's process tree is sampled for peak RSS and CPU time, and the
 * upstream's and the load generator's CPU time are read too, to show which side was saturated.
 */
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { CHAT_PATH, REQUEST_HEADERS, requestBody } from "./payloads.js";
import { machineBusySeconds, sampleRss, treeCpu } from "./proc-stats.js";
import { percentile } from "./stats.js";

export interface LoadRun {
  rps: number;
  ok: number;
  failed: number;
  p50: number;
  p99: number;
  wallS: number;
}

export interface ThroughputRound extends LoadRun {
  /** Cores the system used on average (1 = one full core). */
  sutCores: number;
  upstreamCores: number;
  loadgenCores: number;
  /** Cores used by everything else on the machine meanwhile (other jobs disturb the figures). */
  otherCores: number;
  /** CPU microseconds the system spent per request. */
  sutCpuUsPerRequest: number;
  peakRssMb: number;
}

const BODY = requestBody(false);

/** One autocannon run of `durationS` seconds; latencies kept only when `measure` is set. */
export function loadRun(
  url: string,
  connections: number,
  durationS: number,
  measure = true,
  body: string = BODY,
): Promise<LoadRun> {
  const latencies: number[] = [];
  const started = performance.now();
  return new Promise<LoadRun>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${CHAT_PATH}`,
        method: "POST",
        headers: REQUEST_HEADERS,
        body,
        connections,
        pipelining: 1,
        duration: durationS,
        timeout: 10,
      },
      (error: unknown, result: autocannon.Result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const wallS = (performance.now() - started) / 1000;
        const ok = result["2xx"];
        resolve({
          rps: ok / result.duration,
          ok,
          failed: result.non2xx + result.errors + result.timeouts,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          wallS,
        });
      },
    );
    if (measure) {
      instance.on("response", (_client, statusCode, _bytes, responseTime) => {
        if (statusCode < 300) latencies.push(responseTime);
      });
    }
  });
}

export interface Measured {
  url: string;
  /** The system's process (its whole tree is measured). */
  pid: number;
}

/** Warm-up, then one measured round with CPU and memory readings. */
export async function throughputRound(
  system: Measured,
  upstreamPid: number,
  connections: number,
  durationS: number,
  warmupS: number,
): Promise<ThroughputRound> {
  if (warmupS > 0) await loadRun(system.url, connections, warmupS, false);
  const rss = sampleRss(system.pid);
  const sut0 = treeCpu(system.pid);
  const up0 = treeCpu(upstreamPid);
  const gen0 = process.cpuUsage();
  const busy0 = machineBusySeconds();
  const run = await loadRun(system.url, connections, durationS);
  const busyS = machineBusySeconds() - busy0;
  const gen = process.cpuUsage(gen0);
  const sutS = treeCpu(system.pid) - sut0;
  const upS = system.pid === upstreamPid ? 0 : treeCpu(upstreamPid) - up0;
  const genS = (gen.user + gen.system) / 1e6;
  const peak = rss.stop();
  return {
    ...run,
    sutCores: sutS / run.wallS,
    upstreamCores: system.pid === upstreamPid ? sutS / run.wallS : upS / run.wallS,
    loadgenCores: genS / run.wallS,
    otherCores: Math.max(0, busyS - sutS - upS - genS) / run.wallS,
    sutCpuUsPerRequest: run.ok > 0 ? (sutS * 1e6) / run.ok : Number.NaN,
    peakRssMb: peak / (1024 * 1024),
  };
}

/**
 * The measurement phases of the HTTP benchmark, each over a list of running systems: a
 * correctness check, sequential latency, streamed TTFB, and throughput rounds. Systems are
 * interleaved round by round, so drift on a shared box (other jobs, thermal, GC) hits all alike.
 */
import { performance } from "node:perf_hooks";
import { request } from "undici";
import { CHAT_PATH, REQUEST_HEADERS, requestBody } from "./payloads.js";
import { machineBusySeconds, treeCpu } from "./proc-stats.js";
import { connect, emptySamples, type Samples, sequentialBatch } from "./sequential.js";
import { mean, median, percentile } from "./stats.js";
import { type ThroughputRound, throughputRound } from "./throughput.js";

export interface System {
  name: string;
  url: string;
  /** Root pid of the process (tree) serving `url`. */
  pid: number;
  /** Pid of the upstream this system forwards to. */
  upstreamPid: number;
}

const log = (message: string) => process.stderr.write(`[http-bench] ${message}\n`);

/** One plain and one streamed request per system; throws if any answer is wrong. */
export async function verify(systems: readonly System[]): Promise<void> {
  for (const system of systems) {
    for (const stream of [false, true]) {
      const res = await request(`${system.url}${CHAT_PATH}`, {
        method: "POST",
        headers: REQUEST_HEADERS,
        body: requestBody(stream),
      });
      const text = await res.body.text();
      const ok =
        res.statusCode === 200 &&
        (stream ? text.trimEnd().endsWith("data: [DONE]") : text.includes('"chat.completion"'));
      if (!ok)
        throw new Error(
          `${system.name} answered ${res.statusCode} to a ${stream ? "streamed" : "plain"} request:\n${text.slice(0, 500)}`,
        );
    }
  }
}

export interface LatencySummary {
  n: number;
  failures: number;
  lastFailure?: string | undefined;
  p50: number;
  p99: number;
  mean: number;
  ttfbP50?: number;
  ttfbP99?: number;
  /** Median of the gateway's `x-aigw-overhead-ms` header. */
  overheadHeaderP50?: number;
  /** Cores other processes used meanwhile (median over the batches kept). */
  otherCores?: number;
}

function summarize(samples: Samples): LatencySummary {
  const out: LatencySummary = {
    n: samples.total.length,
    failures: samples.failures,
    lastFailure: samples.lastFailure,
    p50: percentile(samples.total, 50),
    p99: percentile(samples.total, 99),
    mean: mean(samples.total),
  };
  if (samples.ttfb.length > 0) {
    out.ttfbP50 = percentile(samples.ttfb, 50);
    out.ttfbP99 = percentile(samples.ttfb, 99);
  }
  if (samples.overhead.length > 0) out.overheadHeaderP50 = median(samples.overhead);
  return out;
}

/** Measures the cores other processes use while `run` runs (ours: `pids`' trees and this process). */
async function besides<T>(
  pids: readonly number[],
  run: () => Promise<T>,
): Promise<{ value: T; otherCores: number }> {
  const ourCpu = () => pids.reduce((sum, pid) => sum + treeCpu(pid), 0);
  const started = performance.now();
  const busy0 = machineBusySeconds();
  const ours0 = ourCpu();
  const gen0 = process.cpuUsage();
  const value = await run();
  const gen = process.cpuUsage(gen0);
  const other = machineBusySeconds() - busy0 - (ourCpu() - ours0) - (gen.user + gen.system) / 1e6;
  return { value, otherCores: Math.max(0, other) / ((performance.now() - started) / 1000) };
}

function merge(into: Samples, from: Samples): void {
  into.total.push(...from.total);
  into.ttfb.push(...from.ttfb);
  into.overhead.push(...from.overhead);
  into.failures += from.failures;
  if (from.lastFailure) into.lastFailure = from.lastFailure;
}

/**
 * `total` sequential requests per system on one connection each, in `rounds` interleaved
 * batches. A batch during which other processes used more than `maxOtherCores` is run again
 * (at most `maxAttempts` runs; the least disturbed is kept).
 */
export async function sequentialPhase(
  systems: readonly System[],
  stream: boolean,
  total: number,
  settings: Pick<ThroughputSettings, "rounds" | "maxOtherCores" | "maxAttempts">,
): Promise<Record<string, LatencySummary>> {
  const clients = systems.map((system) => connect(system.url));
  const samples = systems.map(() => emptySamples());
  const others = systems.map(() => [] as number[]);
  const pids = [...new Set(systems.flatMap((s) => [s.pid, s.upstreamPid]))];
  try {
    const warmup = Math.min(300, Math.ceil(total / 5));
    for (const client of clients) await sequentialBatch(client, stream, warmup, undefined);
    const perRound = Math.ceil(total / settings.rounds);
    for (let round = 0; round < settings.rounds; round++) {
      for (const [i, client] of clients.entries()) {
        let best: { value: Samples; otherCores: number } | undefined;
        for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
          const batch = await besides(pids, async () => {
            const into = emptySamples();
            await sequentialBatch(client, stream, perRound, into);
            return into;
          });
          if (!best || batch.otherCores < best.otherCores) best = batch;
          if (batch.otherCores <= settings.maxOtherCores) break;
        }
        merge(samples[i]!, best!.value);
        others[i]!.push(best!.otherCores);
      }
    }
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
  return Object.fromEntries(
    systems.map((system, i) => [system.name, { ...summarize(samples[i]!), otherCores: median(others[i]!) }]),
  );
}

export interface ThroughputSummary {
  rounds: ThroughputRound[];
  /** Rounds during which other processes stayed under `maxOtherCores`. */
  quietRounds: number;
  /** Median of each figure over the quiet rounds, or all rounds if none was quiet (peak RSS: the maximum of all). */
  rps: number;
  p50: number;
  p99: number;
  sutCores: number;
  upstreamCores: number;
  loadgenCores: number;
  sutCpuUsPerRequest: number;
  otherCores: number;
  peakRssMb: number;
  /** RSS before any load (just started, after one request of each kind). */
  idleRssMb?: number;
  failed: number;
  /** Runs repeated because other processes were busy. */
  disturbedRuns: number;
}

export interface ThroughputSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
  /** A round during which other processes used more cores than this is run again. */
  maxOtherCores: number;
  /** Runs of one round at most (the least disturbed is kept). */
  maxAttempts: number;
}

export async function throughputPhase(
  systems: readonly System[],
  settings: ThroughputSettings,
): Promise<Record<string, ThroughputSummary>> {
  const rounds = new Map<string, ThroughputRound[]>(systems.map((s) => [s.name, []]));
  const disturbed: Record<string, number> = {};
  for (let round = 0; round < settings.rounds; round++) {
    for (const system of systems) {
      let best: ThroughputRound | undefined;
      for (let attempt = 1; attempt <= settings.maxAttempts; attempt++) {
        const result = await throughputRound(
          system,
          system.upstreamPid,
          settings.connections,
          settings.durationS,
          settings.warmupS,
        );
        const quiet = result.otherCores <= settings.maxOtherCores;
        log(
          `  round ${round + 1}/${settings.rounds} ${system.name}: ${Math.round(result.rps)} req/s, p50 ${result.p50.toFixed(2)} ms, ` +
            `cores: system ${result.sutCores.toFixed(2)} upstream ${result.upstreamCores.toFixed(2)} ` +
            `loadgen ${result.loadgenCores.toFixed(2)} other ${result.otherCores.toFixed(2)}` +
            (result.failed > 0 ? `, ${result.failed} FAILED` : "") +
            (quiet ? "" : attempt < settings.maxAttempts ? " (disturbed: again)" : " (disturbed: kept)"),
        );
        if (!best || result.otherCores < best.otherCores) best = result;
        if (quiet) break;
        disturbed[system.name] = (disturbed[system.name] ?? 0) + 1;
      }
      rounds.get(system.name)!.push(best!);
    }
  }
  const out: Record<string, ThroughputSummary> = {};
  for (const [name, list] of rounds) {
    // The figures come from the quiet rounds when there are any: other jobs only ever slow a system down.
    const quiet = list.filter((r) => r.otherCores <= settings.maxOtherCores);
    const used = quiet.length > 0 ? quiet : list;
    const med = (pick: (r: ThroughputRound) => number) => median(used.map(pick));
    out[name] = {
      rounds: list,
      quietRounds: quiet.length,
      rps: med((r) => r.rps),
      p50: med((r) => r.p50),
      p99: med((r) => r.p99),
      sutCores: med((r) => r.sutCores),
      upstreamCores: med((r) => r.upstreamCores),
      loadgenCores: med((r) => r.loadgenCores),
      sutCpuUsPerRequest: med((r) => r.sutCpuUsPerRequest),
      otherCores: med((r) => r.otherCores),
      peakRssMb: Math.max(...list.map((r) => r.peakRssMb)),
      failed: list.reduce((sum, r) => sum + r.failed, 0),
      disturbedRuns: disturbed[name] ?? 0,
    };
  }
  return out;
}

/**
 * Paired throughput: two systems on the same core at the same time, each loaded with half the
 * connections. Both see the same machine at the same moment (other tenants, clock changes), so
 * the ratio of their CPU time per request holds steady where back-to-back rounds on a shared
 * box drift by ±20 %. Both are CPU-bound on one core, so `1 / ratio` is the share of the base's
 * throughput the system reaches with equal CPU: "X reaches N % of Y". The same method compares
 * two gateway pipelines (what a router or a logger costs) or a gateway and the pass-through.
 */

import { performance } from "node:perf_hooks";
import { machineBusySeconds, treeCpu } from "./proc-stats.js";
import { median } from "./stats.js";
import { loadRun, type Measured } from "./throughput.js";

export interface PairedSummary {
  /** The system measured, and the one it is measured against. */
  system: string;
  base: string;
  /** Rounds measured. */
  rounds: number;
  /** Medians over the rounds: CPU µs per request of the system and of the base. */
  systemUsPerRequest: number;
  baseUsPerRequest: number;
  /** Median, lowest and highest of system ÷ base CPU per request, round by round. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
  /** Each round's ratio, in run order. */
  roundRatios: number[];
  /** Median req/s each got while sharing the core. */
  systemRps: number;
  baseRps: number;
  /**
   * Cores the two used together (median round): about 1 when both are CPU-bound on one core, as
   * the "at equal CPU" reading assumes; well under 1, the load generator or another job held them back.
   */
  pairCores: number;
  /** Cores other processes used during the rounds (the highest round). */
  otherCoresMax: number;
  failed: number;
}

export interface Pair {
  /** The pair's key in the results, e.g. "conditional vs provider". */
  name: string;
  /** The request body both systems get (default: the benchmark's short chat request). */
  body?: string;
  /** What sets the pair apart from another of the same two systems (e.g. "2 KB prompt"). */
  label?: string;
  system: Measured & { name: string };
  base: Measured & { name: string };
}

export interface PairedSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
  /** The upstream's pid: its CPU is ours, not another process's. */
  upstreamPid: number;
}

interface PairedRound {
  systemUs: number;
  baseUs: number;
  systemRps: number;
  baseRps: number;
  pairCores: number;
  otherCores: number;
  failed: number;
}

const log = (message: string) => process.stderr.write(`[http-bench] ${message}\n`);

/** Both loaded at once for `durationS`; CPU per request of each from its process tree. */
async function pairedRound(
  pair: Pair,
  half: number,
  durationS: number,
  upstreamPid: number,
): Promise<PairedRound> {
  const started = performance.now();
  const busy0 = machineBusySeconds();
  const gen0 = process.cpuUsage();
  const up0 = treeCpu(upstreamPid);
  const system0 = treeCpu(pair.system.pid);
  const base0 = treeCpu(pair.base.pid);
  const [system, base] = await Promise.all([
    loadRun(pair.system.url, half, durationS, false, pair.body),
    loadRun(pair.base.url, half, durationS, false, pair.body),
  ]);
  const systemS = treeCpu(pair.system.pid) - system0;
  const baseS = treeCpu(pair.base.pid) - base0;
  const upS = treeCpu(upstreamPid) - up0;
  const gen = process.cpuUsage(gen0);
  const ours = systemS + baseS + upS + (gen.user + gen.system) / 1e6;
  const wallS = (performance.now() - started) / 1000;
  return {
    systemUs: (systemS * 1e6) / Math.max(1, system.ok),
    baseUs: (baseS * 1e6) / Math.max(1, base.ok),
    systemRps: system.rps,
    baseRps: base.rps,
    pairCores: (systemS + baseS) / wallS,
    otherCores: Math.max(0, machineBusySeconds() - busy0 - ours) / wallS,
    failed: system.failed + base.failed,
  };
}

/** Every pair warmed up once, then `rounds` measured rounds, interleaved across the pairs. */
export async function pairedPhase(
  pairs: readonly Pair[],
  settings: PairedSettings,
): Promise<Record<string, PairedSummary>> {
  const rounds = new Map<string, PairedRound[]>(pairs.map((pair) => [pair.name, []]));
  const half = Math.max(1, Math.floor(settings.connections / 2));
  for (const pair of pairs) {
    if (settings.warmupS > 0) {
      await Promise.all([
        loadRun(pair.system.url, half, settings.warmupS, false, pair.body),
        loadRun(pair.base.url, half, settings.warmupS, false, pair.body),
      ]);
    }
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (const pair of pairs) {
      const result = await pairedRound(pair, half, settings.durationS, settings.upstreamPid);
      log(
        `  round ${round + 1}/${settings.rounds} ${pair.name}: ${result.systemUs.toFixed(1)} vs ${result.baseUs.toFixed(1)} µs CPU/req ` +
          `(${((100 * result.baseUs) / result.systemUs).toFixed(1)} %), cores: pair ${result.pairCores.toFixed(2)} other ${result.otherCores.toFixed(2)}` +
          (result.failed > 0 ? `, ${result.failed} FAILED` : ""),
      );
      rounds.get(pair.name)!.push(result);
    }
  }
  return Object.fromEntries(
    pairs.map((pair) => {
      const measured = rounds.get(pair.name)!;
      const ratios = measured.map((r) => r.systemUs / r.baseUs);
      const summary: PairedSummary = {
        system: pair.system.name,
        base: pair.label ? `${pair.base.name}, ${pair.label}` : pair.base.name,
        rounds: measured.length,
        systemUsPerRequest: median(measured.map((r) => r.systemUs)),
        baseUsPerRequest: median(measured.map((r) => r.baseUs)),
        ratio: median(ratios),
        ratioMin: Math.min(...ratios),
        ratioMax: Math.max(...ratios),
        roundRatios: ratios,
        systemRps: median(measured.map((r) => r.systemRps)),
        baseRps: median(measured.map((r) => r.baseRps)),
        pairCores: median(measured.map((r) => r.pairCores)),
        otherCoresMax: Math.max(...measured.map((r) => r.otherCores)),
        failed: measured.reduce((sum, r) => sum + r.failed, 0),
      };
      return [pair.name, summary];
    }),
  );
}

/**
 * Below this many cores used by a pair together, the two were not CPU-bound (the load generator
 * or other jobs held them back): the ratio then mixes in idle-time costs and says little.
 */
export const CPU_BOUND_CORES = 0.8;

/** The share of the base's throughput the system reaches with equal CPU, in %: 100 / ratio. */
export function reachesPercent(ratio: number): number {
  return 100 / ratio;
}

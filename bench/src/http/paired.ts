/**
 * Paired throughput: a system and the pass-through on the same core at the same time, each
 * loaded with half the connections. Both see the same machine at the same moment (other
 * tenants, clock changes), so the ratio of their CPU time per request holds steady where
 * back-to-back rounds on this shared box drift by ±20 %. Both are CPU-bound on one core, so
 * `1 / ratio` is the share of the pass-through's throughput the system reaches with equal CPU.
 */

import { treeCpu } from "./proc-stats.js";
import { median } from "./stats.js";
import { loadRun, type Measured } from "./throughput.js";

export interface PairedSummary {
  /** Rounds measured. */
  rounds: number;
  /** Medians over the rounds: CPU µs per request of the system and of the pass-through. */
  systemUsPerRequest: number;
  baseUsPerRequest: number;
  /** Median, lowest and highest of system ÷ pass-through CPU per request, round by round. */
  ratio: number;
  ratioMin: number;
  ratioMax: number;
  /** Median req/s each got while sharing the core. */
  systemRps: number;
  baseRps: number;
  failed: number;
}

export interface Pair {
  name: string;
  system: Measured;
  base: Measured;
}

export interface PairedSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
}

interface PairedRound {
  systemUs: number;
  baseUs: number;
  systemRps: number;
  baseRps: number;
  failed: number;
}

/** Both loaded at once for `durationS`; CPU per request of each from its process tree. */
async function pairedRound(pair: Pair, half: number, durationS: number): Promise<PairedRound> {
  const system0 = treeCpu(pair.system.pid);
  const base0 = treeCpu(pair.base.pid);
  const [system, base] = await Promise.all([
    loadRun(pair.system.url, half, durationS, false),
    loadRun(pair.base.url, half, durationS, false),
  ]);
  const systemS = treeCpu(pair.system.pid) - system0;
  const baseS = treeCpu(pair.base.pid) - base0;
  return {
    systemUs: (systemS * 1e6) / Math.max(1, system.ok),
    baseUs: (baseS * 1e6) / Math.max(1, base.ok),
    systemRps: system.rps,
    baseRps: base.rps,
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
        loadRun(pair.system.url, half, settings.warmupS, false),
        loadRun(pair.base.url, half, settings.warmupS, false),
      ]);
    }
  }
  for (let round = 0; round < settings.rounds; round++) {
    for (const pair of pairs) {
      rounds.get(pair.name)!.push(await pairedRound(pair, half, settings.durationS));
    }
  }
  return Object.fromEntries(
    pairs.map((pair) => {
      const measured = rounds.get(pair.name)!;
      const ratios = measured.map((r) => r.systemUs / r.baseUs);
      return [
        pair.name,
        {
          rounds: measured.length,
          systemUsPerRequest: median(measured.map((r) => r.systemUs)),
          baseUsPerRequest: median(measured.map((r) => r.baseUs)),
          ratio: median(ratios),
          ratioMin: Math.min(...ratios),
          ratioMax: Math.max(...ratios),
          systemRps: median(measured.map((r) => r.systemRps)),
          baseRps: median(measured.map((r) => r.baseRps)),
          failed: measured.reduce((sum, r) => sum + r.failed, 0),
        },
      ];
    }),
  );
}

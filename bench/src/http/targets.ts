/**
 * The HTTP benchmark's targets, each met or not with its number. They apply to the gateway with
 * the minimal pipeline, compared with the pass-through proxy under the same conditions. A target
 * whose phase did not run (BENCH_PHASES) is "not measured": neither met nor missed, so a partial
 * run never passes or fails on figures it did not take.
 */
import type { ColdStart } from "./cold-start.js";
import type { PairedSummary } from "./paired.js";
import type { LatencySummary, ThroughputSummary } from "./phases.js";
import type { Target } from "./report.js";

/** What the phases that ran measured; a phase that did not run has no entry. */
export interface Measurements {
  sequential?: Record<string, LatencySummary>;
  streaming?: Record<string, LatencySummary>;
  throughput?: Record<string, ThroughputSummary>;
  paired?: Record<string, PairedSummary>;
  workers?: Record<string, ThroughputSummary>;
  coldStart?: Record<string, ColdStart>;
}

interface Goal {
  name: string;
  target: string;
  unit: string;
  /** The figure, or undefined when the phase that measures it did not run. */
  measure(measured: Measurements): number | undefined;
  meets(value: number): boolean;
}

function goals(gw: string, pass: string): Goal[] {
  return [
    {
      name: "throughput vs pass-through",
      target: ">= 75 %",
      unit: "%",
      measure: ({ throughput }) => throughput && (100 * throughput[gw]!.rps) / throughput[pass]!.rps,
      meets: (value) => value >= 75,
    },
    {
      // The same target from the paired phase: CPU per request, system and pass-through on one
      // core at once, which machine drift does not skew (see paired.ts).
      name: "throughput vs pass-through, paired (1 / CPU-per-request ratio)",
      target: ">= 75 %",
      unit: "%",
      measure: ({ paired }) => paired?.[gw] && 100 / paired[gw].ratio,
      meets: (value) => value >= 75,
    },
    {
      name: "sequential p50 overhead vs pass-through",
      target: "<= 0.3 ms",
      unit: "ms",
      measure: ({ sequential }) => sequential && sequential[gw]!.p50 - sequential[pass]!.p50,
      meets: (value) => value <= 0.3,
    },
    {
      name: "stream TTFB p50 vs pass-through",
      target: "<= 0.5 ms",
      unit: "ms",
      measure: ({ streaming }) => streaming && streaming[gw]!.ttfbP50! - streaming[pass]!.ttfbP50!,
      meets: (value) => value <= 0.5,
    },
    {
      name: "peak RSS under load",
      target: "<= 100 MB",
      unit: "MB",
      measure: ({ throughput }) => throughput && throughput[gw]!.peakRssMb,
      meets: (value) => value <= 100,
    },
    {
      name: "cold start to first /health",
      target: "<= 0.5 s",
      unit: "s",
      measure: ({ coldStart }) => coldStart && coldStart[gw]!.medianHealthMs / 1000,
      meets: (value) => value <= 0.5,
    },
    {
      name: "--workers 2 vs 1 throughput",
      target: ">= 1.8 x",
      unit: "x",
      measure: ({ workers }) =>
        workers && workers["gateway --workers 2"]!.rps / workers["gateway --workers 1"]!.rps,
      meets: (value) => value >= 1.8,
    },
  ];
}

export function evaluateTargets(
  names: { gateway: string; passthrough: string },
  measured: Measurements,
): Target[] {
  return goals(names.gateway, names.passthrough).map(({ name, target, unit, measure, meets }): Target => {
    const value = measure(measured);
    if (value === undefined) return { name, target, unit, result: "not measured" };
    return { name, target, unit, value, result: meets(value) ? "met" : "missed" };
  });
}

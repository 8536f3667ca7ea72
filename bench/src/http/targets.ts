/**
 * The HTTP benchmark's targets, each met or not with its number. The pipeline shapes are priced
 * against the `provider` pipeline and the `provider` pipeline against the pass-through held to
 * the same heap flags, all by the paired method (CPU per request side by side on one core); the
 * latency, memory, cold-start and footprint targets apply to the `provider` pipeline. A target
 * whose phase did not run (BENCH_PHASES) is "not measured": neither met nor missed, so a partial
 * run never passes or fails on figures it did not take.
 */
import type { FootprintSummary } from "../footprint/analyze.js";
import type { ColdStart } from "./cold-start.js";
import { PASS, PASS_HEAP, pairName, WORKERS_1, WORKERS_2 } from "./names.js";
import { type PairedSummary, reachesPercent } from "./paired.js";
import type { LatencySummary, ThroughputSummary } from "./phases.js";
import type { Target } from "./report.js";

/** What the phases that ran measured; a phase that did not run has no entry. */
export interface Measurements {
  sequential?: Record<string, LatencySummary>;
  streaming?: Record<string, LatencySummary>;
  throughput?: Record<string, ThroughputSummary>;
  paired?: Record<string, PairedSummary>;
  /** `--workers 2` vs `--workers 1`, paired. */
  workers?: Record<string, PairedSummary>;
  coldStart?: Record<string, ColdStart>;
  footprint?: Record<string, FootprintSummary>;
}

interface Goal {
  name: string;
  target: string;
  unit: string;
  /** The figure, or undefined when the phase that measures it did not run. */
  measure(measured: Measurements): number | undefined;
  meets(value: number): boolean;
}

const GW = "provider";

/** "`system` reaches >= `percent` % of `base`", from the paired phase. */
function reaches(system: string, base: string, percent: number): Goal {
  return {
    name: `${system} vs ${base}, paired (% of its throughput at equal CPU)`,
    target: `>= ${percent} %`,
    unit: "%",
    measure: ({ paired }) => {
      const pair = paired?.[pairName(system, base)];
      return pair && reachesPercent(pair.ratio);
    },
    meets: (value) => value >= percent,
  };
}

const GOALS: Goal[] = [
  reaches("conditional", GW, 95),
  reaches("fallback", GW, 95),
  reaches("default-shape", GW, 85),
  reaches("guardrails", GW, 75),
  reaches("metrics", "default-shape", 95),
  reaches("postgres", "default-shape", 90),
  reaches(GW, PASS_HEAP, 85),
  {
    name: `sequential p50 overhead, ${GW} vs ${PASS}`,
    target: "<= 0.3 ms",
    unit: "ms",
    measure: ({ sequential }) => sequential && sequential[GW]!.p50 - sequential[PASS]!.p50,
    meets: (value) => value <= 0.3,
  },
  {
    name: `stream TTFB p50, ${GW} vs ${PASS}`,
    target: "<= 0.5 ms",
    unit: "ms",
    measure: ({ streaming }) => streaming && streaming[GW]!.ttfbP50! - streaming[PASS]!.ttfbP50!,
    meets: (value) => value <= 0.5,
  },
  {
    name: `peak RSS under load, ${GW}`,
    target: "<= 100 MB",
    unit: "MB",
    measure: ({ throughput }) => throughput && throughput[GW]!.peakRssMb,
    meets: (value) => value <= 100,
  },
  {
    name: `cold start to first /health, ${GW}`,
    target: "<= 0.5 s",
    unit: "s",
    measure: ({ coldStart }) => coldStart && coldStart[GW]!.medianHealthMs / 1000,
    meets: (value) => value <= 0.5,
  },
  {
    // On a box whose cores the load generator and the upstream share, a second worker cannot
    // double the throughput; what it must not do is cost more CPU per request.
    name: "--workers 2 vs 1, CPU per request (paired)",
    target: "<= +5 %",
    unit: "%",
    measure: ({ workers }) => {
      const pair = workers?.[pairName(WORKERS_2, WORKERS_1)];
      return pair && 100 * (pair.ratio - 1);
    },
    meets: (value) => value <= 5,
  },
  {
    name: `code loaded at start, ${GW} (minified)`,
    target: "<= 150 KB",
    unit: "KB",
    measure: ({ footprint }) => footprint?.[GW] && footprint[GW].startBytes / 1024,
    meets: (value) => value <= 150,
  },
];

export function evaluateTargets(measured: Measurements): Target[] {
  return GOALS.map(({ name, target, unit, measure, meets }): Target => {
    const value = measure(measured);
    if (value === undefined) return { name, target, unit, result: "not measured" };
    return { name, target, unit, value, result: meets(value) ? "met" : "missed" };
  });
}

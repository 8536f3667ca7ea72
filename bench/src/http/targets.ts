/**
 * The HTTP benchmark's targets, each met or not with its number. They apply to the gateway with
 * the minimal pipeline, compared with the pass-through proxy under the same conditions.
 */
import type { ColdStart } from "./cold-start.js";
import type { LatencySummary, ThroughputSummary } from "./phases.js";
import type { Target } from "./report.js";

export function evaluateTargets(
  names: { gateway: string; passthrough: string },
  sequential: Record<string, LatencySummary>,
  streaming: Record<string, LatencySummary>,
  throughput: Record<string, ThroughputSummary>,
  workers: Record<string, ThroughputSummary> | undefined,
  coldStart: Record<string, ColdStart>,
): Target[] {
  const share = throughput[names.gateway]!.rps / throughput[names.passthrough]!.rps;
  const overhead = sequential[names.gateway]!.p50 - sequential[names.passthrough]!.p50;
  const ttfb = streaming[names.gateway]!.ttfbP50! - streaming[names.passthrough]!.ttfbP50!;
  const rss = throughput[names.gateway]!.peakRssMb;
  const cold = coldStart[names.gateway]!.medianHealthMs / 1000;
  const targets: Target[] = [
    {
      name: "throughput vs pass-through",
      target: ">= 75 %",
      value: 100 * share,
      unit: "%",
      met: share >= 0.75,
    },
    {
      name: "sequential p50 overhead vs pass-through",
      target: "<= 0.3 ms",
      value: overhead,
      unit: "ms",
      met: overhead <= 0.3,
    },
    {
      name: "stream TTFB p50 vs pass-through",
      target: "<= 0.5 ms",
      value: ttfb,
      unit: "ms",
      met: ttfb <= 0.5,
    },
    { name: "peak RSS under load", target: "<= 100 MB", value: rss, unit: "MB", met: rss <= 100 },
    { name: "cold start to first /health", target: "<= 0.5 s", value: cold, unit: "s", met: cold <= 0.5 },
  ];
  const w1 = workers?.["gateway --workers 1"]?.rps;
  const w2 = workers?.["gateway --workers 2"]?.rps;
  if (w1 && w2) {
    targets.push({
      name: "--workers 2 vs 1 throughput",
      target: ">= 1.8 x",
      value: w2 / w1,
      unit: "x",
      met: w2 / w1 >= 1.8,
    });
  }
  return targets;
}

/**
 * The HTTP benchmark's output: plain-text tables on stdout (markdown-compatible, so they can be
 * pasted into docs/benchmarks.md) and the targets, each met or not with its number (or not
 * measured, when its phase did not run).
 */
import type { ColdStart } from "./cold-start.js";
import { CPU_BOUND_CORES, type PairedSummary, reachesPercent } from "./paired.js";
import type { LatencySummary, ThroughputSummary } from "./phases.js";
import type { ProfileSummary } from "./profile.js";

/** A target and its outcome: the figure when its phase ran, else "not measured" (no figure). */
export type Target = { name: string; target: string; unit: string } & (
  | { value: number; result: "met" | "missed" }
  | { result: "not measured" }
);

/** A markdown table with aligned columns: `textColumns` (by index) left, the rest (figures) right. */
export function table(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns: readonly number[] = [0],
): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const left = (i: number) => textColumns.includes(i);
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (left(i) ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(" | ")} |`;
  const rule = `| ${widths.map((w, i) => (left(i) ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`;
  return [line(head), rule, ...rows.map(line)].join("\n");
}

const ms = (value: number | undefined) =>
  value === undefined || Number.isNaN(value) ? "-" : value.toFixed(3);
const fixed = (value: number, digits = 0) => (Number.isNaN(value) ? "-" : value.toFixed(digits));

export function sequentialTable(
  results: Record<string, LatencySummary>,
  reference: string,
  direct: string,
): string {
  const ref = results[reference]?.p50 ?? Number.NaN;
  const base = results[direct]?.p50 ?? Number.NaN;
  return table(
    [
      "system",
      "n",
      "p50 ms",
      "p99 ms",
      "mean ms",
      `p50 − ${reference} ms`,
      `p50 − ${direct} ms`,
      "x-aigw-overhead-ms p50",
      "failed",
    ],
    Object.entries(results).map(([name, r]) => [
      name,
      String(r.n),
      ms(r.p50),
      ms(r.p99),
      ms(r.mean),
      ms(r.p50 - ref),
      ms(r.p50 - base),
      ms(r.overheadHeaderP50),
      String(r.failures),
    ]),
  );
}

export function streamTable(
  results: Record<string, LatencySummary>,
  reference: string,
  direct: string,
): string {
  const ref = results[reference]?.ttfbP50 ?? Number.NaN;
  const base = results[direct]?.ttfbP50 ?? Number.NaN;
  return table(
    [
      "system",
      "n",
      "TTFB p50 ms",
      "TTFB p99 ms",
      `TTFB p50 − ${reference} ms`,
      `TTFB p50 − ${direct} ms`,
      "stream p50 ms",
      "stream p99 ms",
      "failed",
    ],
    Object.entries(results).map(([name, r]) => [
      name,
      String(r.n),
      ms(r.ttfbP50),
      ms(r.ttfbP99),
      ms((r.ttfbP50 ?? Number.NaN) - ref),
      ms((r.ttfbP50 ?? Number.NaN) - base),
      ms(r.p50),
      ms(r.p99),
      String(r.failures),
    ]),
  );
}

export function throughputTable(results: Record<string, ThroughputSummary>, reference: string): string {
  const ref = results[reference]?.rps ?? Number.NaN;
  return table(
    [
      "system",
      "req/s",
      `% of ${reference}`,
      "p50 ms",
      "p99 ms",
      "CPU system",
      "CPU upstream",
      "CPU loadgen",
      "CPU other",
      "µs CPU/req",
      "idle RSS MB",
      "peak RSS MB",
      "failed",
      "quiet rounds",
      "reruns",
    ],
    Object.entries(results).map(([name, r]) => [
      name,
      fixed(r.rps),
      fixed((100 * r.rps) / ref, 1),
      ms(r.p50),
      ms(r.p99),
      fixed(r.sutCores, 2),
      fixed(r.upstreamCores, 2),
      fixed(r.loadgenCores, 2),
      fixed(r.otherCores, 2),
      fixed(r.sutCpuUsPerRequest, 1),
      fixed(r.idleRssMb ?? Number.NaN, 1),
      fixed(r.peakRssMb, 1),
      String(r.failed),
      `${r.quietRounds}/${r.rounds.length}`,
      String(r.disturbedRuns),
    ]),
  );
}

/** "X reaches N % of Y (min-max % per round)": one line per pair, the paired phase's headline. */
export function pairedLines(results: Record<string, PairedSummary>): string {
  return Object.values(results)
    .map(
      (r) =>
        `- ${r.system} reaches ${fixed(reachesPercent(r.ratio), 1)} % of ${r.base} ` +
        `(${fixed(reachesPercent(r.ratioMax), 1)}-${fixed(reachesPercent(r.ratioMin), 1)} % per round)` +
        notCpuBound(r),
    )
    .join("\n");
}

/** A warning for a pair that was not CPU-bound, else nothing. */
function notCpuBound(r: PairedSummary): string {
  return r.pairCores < CPU_BOUND_CORES
    ? `; NOT CPU-bound: the pair used ${fixed(r.pairCores, 2)} cores (other processes: up to ${fixed(r.otherCoresMax, 2)}), read with care`
    : "";
}

/** The warnings of the pairs that were not CPU-bound, one line each (empty when all were). */
export function pairedWarnings(results: Record<string, PairedSummary>): string {
  return Object.entries(results)
    .flatMap(([name, r]) => {
      const warning = notCpuBound(r);
      return warning ? [`- ${name}${warning}`] : [];
    })
    .join("\n");
}

export function pairedTable(results: Record<string, PairedSummary>): string {
  return table(
    [
      "system",
      "base",
      "rounds",
      "% of base (median)",
      "% per round (min-max)",
      "ratio (median)",
      "µs CPU/req",
      "base µs CPU/req",
      "req/s",
      "base req/s",
      "CPU pair",
      "CPU other (max)",
      "failed",
    ],
    Object.values(results).map((r) => [
      r.system,
      r.base,
      String(r.rounds),
      fixed(reachesPercent(r.ratio), 1),
      `${fixed(reachesPercent(r.ratioMax), 1)}-${fixed(reachesPercent(r.ratioMin), 1)}`,
      fixed(r.ratio, 3),
      fixed(r.systemUsPerRequest, 1),
      fixed(r.baseUsPerRequest, 1),
      fixed(r.systemRps),
      fixed(r.baseRps),
      fixed(r.pairCores, 2),
      fixed(r.otherCoresMax, 2),
      String(r.failed),
    ]),
    [0, 1],
  );
}

export function coldStartTable(rows: Record<string, ColdStart>): string {
  return table(
    [
      "process",
      "runs",
      "spawn → listening ms (median)",
      "spawn → first /health 200 ms (median)",
      "all /health ms",
      "CPU other (max)",
    ],
    Object.entries(rows).map(([name, r]) => [
      name,
      String(r.health.length),
      fixed(r.medianListenMs, 1),
      fixed(r.medianHealthMs, 1),
      r.health.map((v) => v.toFixed(0)).join(", "),
      fixed(Math.max(...r.otherCores), 2),
    ]),
  );
}

export function targetsTable(targets: readonly Target[]): string {
  return table(
    ["target", "wanted", "measured", "result"],
    targets.map((t) =>
      t.result === "not measured"
        ? [t.name, t.target, "-", "not measured"]
        : [
            t.name,
            t.target,
            `${fixed(t.value, t.unit === "ms" ? 3 : t.unit === "s" ? 2 : 1)} ${t.unit}`,
            t.result === "met" ? "met" : "NOT met",
          ],
    ),
  );
}

export function profileTable(profile: ProfileSummary): string {
  const areas = table(
    ["area (self time, non-idle)", "%"],
    profile.areas.map((a) => [a.area, a.percent.toFixed(1)]),
  );
  const spots = (title: string, list: ProfileSummary["top"]) =>
    table(
      [title, "where", "ms", "%"],
      list.map((s) => [s.function, s.where, s.selfMs.toFixed(0), s.percent.toFixed(1)]),
    );
  return [
    `${profile.totalMs.toFixed(0)} ms of samples; idle ${profile.idlePercent.toFixed(1)}%, GC ${profile.gcPercent.toFixed(1)}% of busy time`,
    areas,
    spots("self time: function", profile.top),
    spots("self time charged to the nearest aigw frame", profile.attributed),
    spots("inclusive time: function (aigw and npm code)", profile.inclusive),
  ].join("\n\n");
}

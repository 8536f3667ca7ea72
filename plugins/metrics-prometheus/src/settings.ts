/**
 * The node's config with its defaults filled in and checked beyond what the schema can say
 * (bucket bounds must increase), so a bad config stops the boot with a message naming the field.
 */
import type { PrometheusMetricsConfig } from "./config.gen.js";
import { type BoundedLabel, DEFAULT_BOUNDS } from "./labels.js";

/** Request durations: LLM calls run from milliseconds (a cache hit) to minutes (a long stream). */
export const DEFAULT_DURATION_BUCKETS = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120,
] as const;

/** The gateway's own time: tens of microseconds when healthy, so the low end is fine-grained. */
export const DEFAULT_OVERHEAD_BUCKETS = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
] as const;

/** Time to first token of a stream. */
export const DEFAULT_TTFT_BUCKETS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 20, 30] as const;

/** Everything the metrics of one node id are built from. */
export interface Settings {
  readonly prefix: string;
  readonly durationBuckets: readonly number[];
  readonly overheadBuckets: readonly number[];
  readonly ttftBuckets: readonly number[];
  readonly maxLabelValues: Readonly<Record<BoundedLabel | "other", number>>;
  readonly defaultMetrics: boolean;
  readonly includeKey: boolean;
}

/** Checks that `bounds` increase strictly; throws naming the config field otherwise. */
function increasing(field: string, bounds: readonly number[] | undefined, fallback: readonly number[]) {
  if (bounds === undefined) return fallback;
  for (let i = 0; i < bounds.length; i++) {
    const bound = bounds[i]!;
    if (!Number.isFinite(bound) || bound <= 0)
      throw new Error(`metrics-prometheus: buckets.${field}[${i}] must be a positive number, got ${bound}.`);
    if (i > 0 && bound <= bounds[i - 1]!)
      throw new Error(
        `metrics-prometheus: buckets.${field} must increase: ${bound} at index ${i} is not above ${bounds[i - 1]}.`,
      );
  }
  return [...bounds];
}

/** The config with defaults, checked; throws an `Error` naming the field for a bad one. */
export function settingsOf(config: PrometheusMetricsConfig): Settings {
  const prefix = config.prefix ?? "aigw_";
  if (!/^([a-zA-Z_:][a-zA-Z0-9_:]*)?$/.test(prefix))
    throw new Error(`metrics-prometheus: prefix "${prefix}" is not a valid start of a metric name.`);
  return {
    prefix,
    durationBuckets: increasing("requestDuration", config.buckets?.requestDuration, DEFAULT_DURATION_BUCKETS),
    overheadBuckets: increasing("overhead", config.buckets?.overhead, DEFAULT_OVERHEAD_BUCKETS),
    ttftBuckets: increasing("ttft", config.buckets?.ttft, DEFAULT_TTFT_BUCKETS),
    maxLabelValues: { ...DEFAULT_BOUNDS, ...config.maxLabelValues },
    defaultMetrics: config.defaultMetrics ?? true,
    includeKey: config.includeKey ?? true,
  };
}

/**
 * The metrics' own running figures, one table per metric, which the request path adds to.
 * prom-client reads the tables only when scraped (see `families.ts`): its own `inc`/`observe`
 * hash and validate the labels on every call, even through a cached `labels(...)` child, which
 * the request path cannot afford. A table finds a series by its label values' small ids through
 * nested arrays (one index per label): no string is built or hashed, and a series seen before
 * costs a few array reads and an add, allocating nothing.
 */
import type { LabelValue } from "./labels.js";

/** The label values of a series, by label name, made once when the series first appears. */
export type LabelSet = Readonly<Record<string, string>>;

/** A level of the index: the next level (or, at the last label, the series) by label value id. */
type Level = unknown[];

/**
 * Series by label values. `at` takes the values as separate parameters (not an array, which
 * would be allocated per call) in `labelNames` order; `make` builds a new series' figures.
 */
abstract class Table<S> {
  /** Every series, in the order they appeared. */
  readonly series: S[] = [];
  private readonly root: Level = [];
  private readonly path: (LabelValue | undefined)[];
  private single: S | undefined;

  constructor(readonly labelNames: readonly string[]) {
    this.path = new Array(labelNames.length).fill(undefined);
  }

  protected abstract make(labels: LabelSet): S;

  /** The series with these label values (made on first use). */
  at(
    v0?: LabelValue,
    v1?: LabelValue,
    v2?: LabelValue,
    v3?: LabelValue,
    v4?: LabelValue,
    v5?: LabelValue,
  ): S {
    const n = this.labelNames.length;
    if (n === 0) {
      this.single ??= this.add();
      return this.single;
    }
    const path = this.path;
    path[0] = v0;
    if (n > 1) path[1] = v1;
    if (n > 2) path[2] = v2;
    if (n > 3) path[3] = v3;
    if (n > 4) path[4] = v4;
    if (n > 5) path[5] = v5;
    let level = this.root;
    for (let i = 0; i < n - 1; i++) {
      const id = path[i]!.id;
      let next = level[id] as Level | undefined;
      if (next === undefined) {
        next = [];
        level[id] = next;
      }
      level = next;
    }
    const id = path[n - 1]!.id;
    let found = level[id] as S | undefined;
    if (found === undefined) {
      found = this.add();
      level[id] = found;
    }
    return found;
  }

  private add(): S {
    const labels: Record<string, string> = {};
    for (let i = 0; i < this.labelNames.length; i++) labels[this.labelNames[i]!] = this.path[i]!.text;
    const made = this.make(labels);
    this.series.push(made);
    return made;
  }
}

/** One series of a counter or gauge. */
export interface ValueSeries {
  readonly labels: LabelSet;
  value: number;
}

/** The series of one counter or gauge. */
export class ValueTable extends Table<ValueSeries> {
  protected make(labels: LabelSet): ValueSeries {
    return { labels, value: 0 };
  }
}

/** One series of a histogram: the count in each bucket (not cumulative), the sum and the count. */
export interface HistogramSeries {
  readonly labels: LabelSet;
  /** Observations per bucket: `buckets[i]` counts values in (bounds[i-1], bounds[i]]. */
  readonly buckets: Float64Array;
  sum: number;
  count: number;
}

/** The series of one histogram, with its bucket upper bounds. */
export class HistogramTable extends Table<HistogramSeries> {
  constructor(
    labelNames: readonly string[],
    /** Increasing upper bounds; values above the last are in `+Inf` only. */
    readonly bounds: readonly number[],
  ) {
    super(labelNames);
  }

  protected make(labels: LabelSet): HistogramSeries {
    return { labels, buckets: new Float64Array(this.bounds.length), sum: 0, count: 0 };
  }

  /** Adds one observation to `series` (a finite number; the caller checks). */
  observe(series: HistogramSeries, value: number): void {
    const bounds = this.bounds;
    // A linear scan: a few dozen bounds at most, and most values land in the first few.
    for (let i = 0; i < bounds.length; i++) {
      if (value <= bounds[i]!) {
        series.buckets[i] = series.buckets[i]! + 1;
        break;
      }
    }
    series.sum += value;
    series.count++;
  }
}

/** Tokens and cost of one provider, model (and key): one series each of tokens_total and cost_usd_total. */
export interface UsageSeries {
  readonly labels: LabelSet;
  prompt: number;
  completion: number;
  cached: number;
  cacheWrite: number;
  reasoning: number;
  costUsd: number;
}

/** Usage by provider, model and (when keys are labelled) key: one lookup per request for both metrics. */
export class UsageTable extends Table<UsageSeries> {
  protected make(labels: LabelSet): UsageSeries {
    return { labels, prompt: 0, completion: 0, cached: 0, cacheWrite: 0, reasoning: 0, costUsd: 0 };
  }
}

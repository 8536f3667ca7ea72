/**
 * Bounded label values. Every label of every metric goes through a `LabelBound`: the first `max`
 * distinct values are kept as they are, any later one is counted as `other`, so a stream of new
 * model names or keys cannot grow the series (and the scrape, and Prometheus' memory) without
 * end. Folds are counted per label, so an operator can see a bound is too low. Each kept value
 * is one `LabelValue` object with a small id, which the metric tables index series by.
 */

/** The value of a label whose field the record did not have. */
export const NONE = "none";
/** The value every label value beyond its bound becomes. */
export const OTHER = "other";

/** One value of one label: its text and a small id unique within the label (0 none, 1 other). */
export interface LabelValue {
  readonly id: number;
  readonly text: string;
}

/** The distinct values one label has kept, up to its bound. */
export class LabelBound {
  private readonly kept = new Map<string, LabelValue>();
  /** The value of an absent field. */
  readonly none: LabelValue = { id: 0, text: NONE };
  /** The value every value past the bound becomes. */
  readonly other: LabelValue = { id: 1, text: OTHER };
  /** How many observations had a value beyond the bound (counted as `other`). */
  folded = 0;

  constructor(
    /** The label's name, as `label_values_folded_total` reports it. */
    readonly label: string,
    /** How many distinct values are kept; `none` and `other` are not counted. */
    readonly max: number,
  ) {}

  /** The value for `raw`: itself while it fits the bound, `none` when absent, else `other`. */
  of(raw: unknown): LabelValue {
    if (typeof raw !== "string") {
      if (typeof raw === "number" && Number.isFinite(raw)) return this.of(String(raw));
      return this.none;
    }
    const found = this.kept.get(raw);
    if (found !== undefined) return found;
    if (raw === "" || raw === NONE) return this.none;
    if (raw === OTHER) return this.other;
    if (this.kept.size < this.max) {
      const value: LabelValue = { id: this.kept.size + 2, text: raw };
      this.kept.set(raw, value);
      return value;
    }
    this.folded++;
    return this.other;
  }

  /** How many distinct values are kept (at most `max`). */
  get size(): number {
    return this.kept.size;
  }
}

/** The labels whose bound is configured by name; every other label uses `other`. */
export const BOUNDED_LABELS = ["key", "model", "provider", "target", "node", "check", "code"] as const;

export type BoundedLabel = (typeof BOUNDED_LABELS)[number];

/** The default bound of each configurable label (and `other` for the rest). */
export const DEFAULT_BOUNDS: Readonly<Record<BoundedLabel | "other", number>> = {
  key: 100,
  model: 200,
  provider: 50,
  target: 100,
  node: 100,
  check: 100,
  code: 100,
  other: 100,
};

/** One `LabelBound` per label name, shared by every metric that has the label. */
export class LabelBounds {
  private readonly bounds = new Map<string, LabelBound>();

  constructor(private readonly limits: Readonly<Partial<Record<BoundedLabel | "other", number>>>) {}

  /** The bound of `label` (made on first use). */
  for(label: string): LabelBound {
    let bound = this.bounds.get(label);
    if (bound === undefined) {
      const named = (BOUNDED_LABELS as readonly string[]).includes(label) ? (label as BoundedLabel) : "other";
      bound = new LabelBound(label, this.limits[named] ?? DEFAULT_BOUNDS[named]);
      this.bounds.set(label, bound);
    }
    return bound;
  }

  /** Every bound made so far. */
  all(): IterableIterator<LabelBound> {
    return this.bounds.values();
  }
}

/**
 * The metric families: each one's table (what the request path adds to) and the prom-client
 * metric that renders it when `/metrics` is scraped. Counters and the gauge refill themselves
 * from their table in prom-client's `collect` callback (reset, then one `inc`/`set` per series:
 * the label hashing happens per series per scrape, not per request). Histograms render their
 * table directly (`TableHistogram`), as prom-client's own has no way to be given bucket counts.
 */
import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { LabelBounds } from "./labels.js";
import { HistogramTable, type LabelSet, UsageTable, ValueTable } from "./series.js";
import type { Settings } from "./settings.js";

/** Every table the request path writes to. */
export interface Tables {
  /** requests_total {endpoint, provider, model, status, outcome, cache} */
  readonly requests: ValueTable;
  /** request_duration_seconds {endpoint, provider} */
  readonly duration: HistogramTable;
  /** overhead_seconds {endpoint} */
  readonly overhead: HistogramTable;
  /** time_to_first_token_seconds {provider, model} */
  readonly ttft: HistogramTable;
  /** tokens_total {provider, model, key?, type} and cost_usd_total {provider, model, key?} */
  readonly usage: UsageTable;
  /** errors_total {code} */
  readonly errors: ValueTable;
  /** cache_requests_total {status, kind} */
  readonly cacheRequests: ValueTable;
  /** cache_saved_usd_total */
  readonly cacheSavedUsd: ValueTable;
  /** guardrail_verdicts_total {node, check, verdict, action} */
  readonly verdicts: ValueTable;
  /** upstream_attempts_total {target, provider, status} */
  readonly attempts: ValueTable;
  /** retries_total */
  readonly retries: ValueTable;
  /** fallbacks_total */
  readonly fallbacks: ValueTable;
  /** rate_limit_rejections_total {scope} */
  readonly rateLimits: ValueTable;
  /** circuit_breaker_state {target}: 0 closed, 1 half-open, 2 open (a gauge) */
  readonly breakers: ValueTable;
}

/** Makes the tables for `settings` and registers their metrics (and the label folds) in `registry`. */
export function buildTables(settings: Settings, bounds: LabelBounds, registry: Registry): Tables {
  const usageLabels = settings.includeKey ? ["provider", "model", "key"] : ["provider", "model"];
  const tables: Tables = {
    requests: new ValueTable(["endpoint", "provider", "model", "status", "outcome", "cache"]),
    duration: new HistogramTable(["endpoint", "provider"], settings.durationBuckets),
    overhead: new HistogramTable(["endpoint"], settings.overheadBuckets),
    ttft: new HistogramTable(["provider", "model"], settings.ttftBuckets),
    usage: new UsageTable(usageLabels),
    errors: new ValueTable(["code"]),
    cacheRequests: new ValueTable(["status", "kind"]),
    cacheSavedUsd: new ValueTable([]),
    verdicts: new ValueTable(["node", "check", "verdict", "action"]),
    attempts: new ValueTable(["target", "provider", "status"]),
    retries: new ValueTable([]),
    fallbacks: new ValueTable([]),
    rateLimits: new ValueTable(["scope"]),
    breakers: new ValueTable(["target"]),
  };
  const p = settings.prefix;
  const on = { registry };
  counter(on, `${p}requests_total`, "Finished requests.", tables.requests);
  histogram(
    on,
    `${p}request_duration_seconds`,
    "Time from arrival to the answer's last byte.",
    tables.duration,
  );
  histogram(
    on,
    `${p}overhead_seconds`,
    "The gateway's own time: the total less upstream waits.",
    tables.overhead,
  );
  histogram(on, `${p}time_to_first_token_seconds`, "Streams: time to the first content chunk.", tables.ttft);
  usageCounters(on, p, tables.usage);
  counter(on, `${p}errors_total`, "Failed requests by gateway error code.", tables.errors);
  counter(
    on,
    `${p}cache_requests_total`,
    "Requests a cache node looked up, by outcome.",
    tables.cacheRequests,
  );
  counter(
    on,
    `${p}cache_saved_usd_total`,
    "What cache hits would have cost, in US dollars.",
    tables.cacheSavedUsd,
  );
  counter(on, `${p}guardrail_verdicts_total`, "Guardrail verdicts and what their node did.", tables.verdicts);
  counter(
    on,
    `${p}upstream_attempts_total`,
    "Upstream calls (retries and fallbacks included).",
    tables.attempts,
  );
  counter(on, `${p}retries_total`, "Attempts that repeated the target before them.", tables.retries);
  counter(on, `${p}fallbacks_total`, "Attempts that moved to another target.", tables.fallbacks);
  counter(on, `${p}rate_limit_rejections_total`, "Requests refused with 429, by scope.", tables.rateLimits);
  gauge(
    on,
    `${p}circuit_breaker_state`,
    "A target's breaker as last seen: 0 closed, 1 half-open, 2 open.",
    tables.breakers,
  );
  foldCounter(on, `${p}label_values_folded_total`, bounds);
  return tables;
}

interface Target {
  readonly registry: Registry;
}

function counter({ registry }: Target, name: string, help: string, table: ValueTable): void {
  new Counter({
    name,
    help,
    labelNames: table.labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const series of table.series.values()) this.inc(series.labels, series.value);
    },
  });
}

function gauge({ registry }: Target, name: string, help: string, table: ValueTable): void {
  new Gauge({
    name,
    help,
    labelNames: table.labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const series of table.series.values()) this.set(series.labels, series.value);
    },
  });
}

function usageCounters({ registry }: Target, prefix: string, table: UsageTable): void {
  new Counter({
    name: `${prefix}tokens_total`,
    help: "Tokens by type: prompt, completion, cached (read from a prompt cache), cache_write, reasoning.",
    labelNames: [...table.labelNames, "type"],
    registers: [registry],
    collect() {
      this.reset();
      const add = (labels: LabelSet, type: string, value: number) => this.inc({ ...labels, type }, value);
      for (const s of table.series.values()) {
        add(s.labels, "prompt", s.prompt);
        add(s.labels, "completion", s.completion);
        // Types most providers never report appear once they have been.
        if (s.cached > 0) add(s.labels, "cached", s.cached);
        if (s.cacheWrite > 0) add(s.labels, "cache_write", s.cacheWrite);
        if (s.reasoning > 0) add(s.labels, "reasoning", s.reasoning);
      }
    },
  });
  new Counter({
    name: `${prefix}cost_usd_total`,
    help: "What requests cost at the price table's rates, in US dollars.",
    labelNames: table.labelNames,
    registers: [registry],
    collect() {
      this.reset();
      for (const s of table.series.values()) this.inc(s.labels, s.costUsd);
    },
  });
}

function foldCounter({ registry }: Target, name: string, bounds: LabelBounds): void {
  new Counter({
    name,
    help: "Label values counted as `other` because their label had reached its bound (maxLabelValues).",
    labelNames: ["label"],
    registers: [registry],
    collect() {
      this.reset();
      for (const bound of bounds.all()) this.inc({ label: bound.label }, bound.folded);
    },
  });
}

/** One sample as prom-client's registry formats it: the series' labels are `sharedLabels`. */
interface Sample {
  labels: Record<string, string | number>;
  sharedLabels: LabelSet;
  value: number;
  metricName: string;
}

/**
 * prom-client's `Histogram` whose figures come from a `HistogramTable`. prom-client 15 renders a
 * histogram from `getForPromString()` (the registry's text output, and `get()` through it), so
 * that is the one method replaced; the test suite parses the scrape, so a prom-client release
 * that renders otherwise fails there.
 */
class TableHistogram extends Histogram<string> {
  constructor(
    registry: Registry,
    private readonly metricName: string,
    private readonly metricHelp: string,
    private readonly table: HistogramTable,
  ) {
    super({
      name: metricName,
      help: metricHelp,
      labelNames: table.labelNames,
      buckets: [...table.bounds],
      registers: [registry],
    });
  }

  async getForPromString() {
    const bounds = this.table.bounds;
    const bucket = `${this.metricName}_bucket`;
    const values: Sample[] = [];
    for (const s of this.table.series.values()) {
      let cumulative = 0;
      for (let i = 0; i < bounds.length; i++) {
        cumulative += s.buckets[i]!;
        values.push({
          labels: { le: bounds[i]! },
          sharedLabels: s.labels,
          value: cumulative,
          metricName: bucket,
        });
      }
      values.push({ labels: { le: "+Inf" }, sharedLabels: s.labels, value: s.count, metricName: bucket });
      values.push({ labels: {}, sharedLabels: s.labels, value: s.sum, metricName: `${this.metricName}_sum` });
      values.push({
        labels: {},
        sharedLabels: s.labels,
        value: s.count,
        metricName: `${this.metricName}_count`,
      });
    }
    return { name: this.metricName, help: this.metricHelp, type: "histogram", values, aggregator: "sum" };
  }
}

function histogram({ registry }: Target, name: string, help: string, table: HistogramTable): void {
  new TableHistogram(registry, name, help, table);
}

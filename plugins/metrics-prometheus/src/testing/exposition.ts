/**
 * Test support: a strict parser of Prometheus' text exposition format (version 0.0.4), so tests
 * read a scrape as Prometheus would and fail on anything it would reject or misread: a bad
 * metric or label name, a bad escape, a sample before its TYPE, a family split in two, the same
 * series twice, and histograms whose buckets are not cumulative or whose `+Inf` bucket is not
 * their count.
 */

export type MetricType = "counter" | "gauge" | "histogram" | "summary" | "untyped";

/** One sample line. */
export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A metric family: its TYPE, HELP and samples in scrape order. */
export interface Family {
  readonly name: string;
  type: MetricType;
  help: string | undefined;
  readonly samples: Sample[];
}

/** A parsed scrape: the families by name. */
export type Scrape = ReadonlyMap<string, Family>;

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const TYPES = new Set<MetricType>(["counter", "gauge", "histogram", "summary", "untyped"]);

/** A line the parser refused, with its number. */
export class ExpositionError extends Error {
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "ExpositionError";
  }
}

/** The family a sample belongs to: a histogram's `_bucket`, `_sum` and `_count` belong to it. */
function familyName(sample: string, families: Map<string, Family>): string {
  for (const suffix of ["_bucket", "_sum", "_count"]) {
    if (!sample.endsWith(suffix)) continue;
    const base = sample.slice(0, -suffix.length);
    const family = families.get(base);
    if (family && (family.type === "histogram" || (family.type === "summary" && suffix !== "_bucket")))
      return base;
  }
  return sample;
}

function parseValue(text: string, line: number): number {
  if (text === "NaN" || text === "Nan") return Number.NaN;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
    throw new ExpositionError(line, `"${text}" is not a sample value`);
  return Number(text);
}

function unescapeHelp(text: string, line: number): string {
  return text.replace(/\\(.?)/g, (_, c: string) => {
    if (c === "\\") return "\\";
    if (c === "n") return "\n";
    throw new ExpositionError(line, `bad escape "\\${c}" in HELP`);
  });
}

/** Reads `{name="value",...}` from `text` at `at`; returns the labels and where it ended. */
function parseLabels(
  text: string,
  at: number,
  line: number,
): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {};
  let i = at + 1;
  for (;;) {
    if (text[i] === "}") return { labels, end: i + 1 };
    const eq = text.indexOf("=", i);
    if (eq < 0) throw new ExpositionError(line, "label without a value");
    const name = text.slice(i, eq);
    if (!LABEL_NAME.test(name)) throw new ExpositionError(line, `bad label name "${name}"`);
    if (name in labels) throw new ExpositionError(line, `label "${name}" twice`);
    if (text[eq + 1] !== '"') throw new ExpositionError(line, `label "${name}" value is not quoted`);
    let value = "";
    let j = eq + 2;
    for (;;) {
      const c = text[j];
      if (c === undefined) throw new ExpositionError(line, `label "${name}" value is not closed`);
      if (c === '"') break;
      if (c === "\\") {
        const next = text[j + 1];
        if (next === "\\") value += "\\";
        else if (next === '"') value += '"';
        else if (next === "n") value += "\n";
        else throw new ExpositionError(line, `bad escape "\\${next ?? ""}" in label "${name}"`);
        j += 2;
        continue;
      }
      if (c === "\n") throw new ExpositionError(line, "newline in a label value");
      value += c;
      j++;
    }
    labels[name] = value;
    i = j + 1;
    if (text[i] === ",") i++;
    else if (text[i] !== "}") throw new ExpositionError(line, `expected "," or "}" after label "${name}"`);
  }
}

/** Parses a whole scrape; throws an `ExpositionError` naming the first line it cannot accept. */
export function parseExposition(text: string): Scrape {
  if (text.length > 0 && !text.endsWith("\n"))
    throw new ExpositionError(0, "the text does not end with a newline");
  const families = new Map<string, Family>();
  const seriesSeen = new Set<string>();
  const done = new Set<string>();
  let current: Family | undefined;
  const enter = (name: string, line: number): Family => {
    if (current?.name === name) return current;
    if (done.has(name)) throw new ExpositionError(line, `metric family "${name}" appears in two places`);
    if (current) done.add(current.name);
    let family = families.get(name);
    if (!family) {
      family = { name, type: "untyped", help: undefined, samples: [] };
      families.set(name, family);
    }
    current = family;
    return family;
  };
  const lines = text.split("\n");
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const line = n + 1;
    if (raw.trim() === "") continue;
    if (raw.startsWith("#")) {
      const match = /^#\s+(HELP|TYPE)\s+(\S+)(?:\s(.*))?$/.exec(raw);
      if (!match) continue; // a plain comment
      const [, keyword, name, rest = ""] = match;
      if (!METRIC_NAME.test(name!)) throw new ExpositionError(line, `bad metric name "${name}"`);
      const family = enter(name!, line);
      if (keyword === "HELP") {
        if (family.help !== undefined) throw new ExpositionError(line, `second HELP for "${name}"`);
        family.help = unescapeHelp(rest, line);
      } else {
        if (family.samples.length > 0) throw new ExpositionError(line, `TYPE of "${name}" after its samples`);
        if (!TYPES.has(rest.trim() as MetricType)) throw new ExpositionError(line, `unknown type "${rest}"`);
        family.type = rest.trim() as MetricType;
      }
      continue;
    }
    const nameEnd = raw.search(/[{\s]/);
    if (nameEnd <= 0) throw new ExpositionError(line, "a sample without a value");
    const name = raw.slice(0, nameEnd);
    if (!METRIC_NAME.test(name)) throw new ExpositionError(line, `bad metric name "${name}"`);
    let labels: Record<string, string> = {};
    let at = nameEnd;
    if (raw[at] === "{") ({ labels, end: at } = parseLabels(raw, at, line));
    const rest = raw.slice(at);
    const parts = rest.trim().split(/\s+/);
    if (!/^\s/.test(rest) || parts.length < 1 || parts.length > 2 || parts[0] === "")
      throw new ExpositionError(line, "expected a value (and an optional timestamp) after the labels");
    if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1]))
      throw new ExpositionError(line, `bad timestamp "${parts[1]}"`);
    const value = parseValue(parts[0]!, line);
    const family = enter(familyName(name, families), line);
    const key = `${name}{${Object.keys(labels)
      .sort()
      .map((k) => `${k}=${JSON.stringify(labels[k])}`)
      .join(",")}}`;
    if (seriesSeen.has(key)) throw new ExpositionError(line, `series ${key} twice`);
    seriesSeen.add(key);
    family.samples.push({ name, labels, value });
  }
  for (const family of families.values()) if (family.type === "histogram") checkHistogram(family);
  return families;
}

function withoutLe(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(
    Object.keys(labels)
      .filter((k) => k !== "le")
      .sort()
      .map((k) => [k, labels[k]]),
  );
}

/** Buckets cumulative with increasing `le`, ending in `+Inf` equal to `_count`, for every series. */
function checkHistogram(family: Family): void {
  const series = new Map<string, { buckets: [number, number][]; count?: number; sum?: number }>();
  for (const s of family.samples) {
    const key = withoutLe(s.labels);
    let entry = series.get(key);
    if (!entry) {
      entry = { buckets: [] };
      series.set(key, entry);
    }
    if (s.name === `${family.name}_bucket`) {
      if (s.labels.le === undefined) throw new ExpositionError(0, `${s.name} without le`);
      entry.buckets.push([parseValue(s.labels.le, 0), s.value]);
    } else if (s.name === `${family.name}_count`) entry.count = s.value;
    else if (s.name === `${family.name}_sum`) entry.sum = s.value;
    else throw new ExpositionError(0, `histogram ${family.name} has a sample ${s.name}`);
  }
  for (const [key, entry] of series) {
    const where = `histogram ${family.name} ${key}`;
    if (entry.count === undefined || entry.sum === undefined)
      throw new ExpositionError(0, `${where}: no _count or _sum`);
    const last = entry.buckets.at(-1);
    if (!last || last[0] !== Number.POSITIVE_INFINITY)
      throw new ExpositionError(0, `${where}: no +Inf bucket`);
    if (last[1] !== entry.count)
      throw new ExpositionError(0, `${where}: +Inf bucket ${last[1]} is not _count ${entry.count}`);
    for (let i = 1; i < entry.buckets.length; i++) {
      const [le, n] = entry.buckets[i]!;
      const [prevLe, prevN] = entry.buckets[i - 1]!;
      if (!(le > prevLe)) throw new ExpositionError(0, `${where}: le ${le} does not increase`);
      if (n < prevN) throw new ExpositionError(0, `${where}: bucket le=${le} below the one before`);
    }
  }
}

/** Whether `labels` has every label of `subset` with the same value. */
function matches(
  labels: Readonly<Record<string, string>>,
  subset: Readonly<Record<string, string>>,
): boolean {
  for (const k in subset) if (labels[k] !== subset[k]) return false;
  return true;
}

/** The samples named `name` whose labels include `where`. */
export function samples(
  scrape: Scrape,
  name: string,
  where: Readonly<Record<string, string>> = {},
): Sample[] {
  const out: Sample[] = [];
  for (const family of scrape.values())
    for (const s of family.samples) if (s.name === name && matches(s.labels, where)) out.push(s);
  return out;
}

/** The sum of the samples named `name` whose labels include `where` (0 when there are none). */
export function total(scrape: Scrape, name: string, where: Readonly<Record<string, string>> = {}): number {
  return samples(scrape, name, where).reduce((sum, s) => sum + s.value, 0);
}

/** The one sample named `name` with exactly `labels`; throws when there is none. */
export function sampleValue(
  scrape: Scrape,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): number {
  const found = samples(scrape, name, labels).filter(
    (s) => Object.keys(s.labels).length === Object.keys(labels).length,
  );
  if (found.length !== 1)
    throw new Error(`expected one sample ${name}${JSON.stringify(labels)}, found ${found.length}`);
  return found[0]!.value;
}

/** The distinct values label `label` takes across the samples named `name`. */
export function labelValues(scrape: Scrape, name: string, label: string): Set<string> {
  const out = new Set<string>();
  for (const s of samples(scrape, name)) {
    const value = s.labels[label];
    if (value !== undefined) out.add(value);
  }
  return out;
}

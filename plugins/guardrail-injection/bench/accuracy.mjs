#!/usr/bin/env node
// Accuracy of the injection scorer on the deepset/prompt-injections data set (read from the shared
// data folder, never copied into the repository), train and test splits reported separately:
// precision, recall, F1 and false-positive rate at the threshold, with 95% intervals, and a
// threshold sweep. Also the false-positive rate on hand-written ordinary prompts of the kind a
// gateway sees (code, agents, documents), which the data set lacks.
//
// Build first (node node_modules/typescript/bin/tsc -b tsconfig.build.json), then:
//   node plugins/guardrail-injection/bench/accuracy.mjs [--threshold 0.5] [--errors] [--train-only]
// The data folder is <repo>/../shared/data/prompt-injection, or AIGW_INJECTION_DATA.
// --errors lists the misclassified rows of the TRAIN split only: the test split is for reporting,
// not for tuning, so its rows are never printed.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const dist = join(here, "../dist/index.js");
if (!existsSync(dist)) {
  console.error(
    `${dist} is missing: build first (node node_modules/typescript/bin/tsc -b tsconfig.build.json)`,
  );
  process.exit(2);
}
const { compileScorer, DEFAULT_THRESHOLD } = await import(dist);

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const threshold = Number(option("--threshold") ?? DEFAULT_THRESHOLD);
const showErrors = args.includes("--errors");
// While tuning, leave the test split unseen.
const trainOnly = args.includes("--train-only");

const dataDir = process.env.AIGW_INJECTION_DATA ?? resolve(repo, "../shared/data/prompt-injection");
const dataFile = join(dataDir, "deepset_prompt_injections.jsonl");
if (!existsSync(dataFile)) {
  console.error(`${dataFile} not found (set AIGW_INJECTION_DATA to the folder holding it)`);
  process.exit(2);
}
const rows = readFileSync(dataFile, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line));

const score = compileScorer();
const scored = rows.map((row) => ({ ...row, score: score(row.text).score }));

/** Wilson score interval for k successes out of n (95%). */
function wilson(k, n) {
  if (n === 0) return [Number.NaN, Number.NaN];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function confusion(items, t) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const { label, score: s } of items) {
    const flagged = s >= t;
    if (label === 1) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  return { tp, fp, tn, fn };
}

function metrics({ tp, fp, tn, fn }) {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const fpr = fp + tn === 0 ? 0 : fp / (fp + tn);
  return { precision, recall, f1, fpr };
}

/** Deterministic bootstrap interval of F1 (2,000 resamples, fixed seed). */
function f1Interval(items, t) {
  let seed = 0x2545f491;
  const random = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 0x100000000;
  };
  const values = [];
  for (let r = 0; r < 2000; r++) {
    const sample = [];
    for (let i = 0; i < items.length; i++) sample.push(items[Math.floor(random() * items.length)]);
    values.push(metrics(confusion(sample, t)).f1);
  }
  values.sort((a, b) => a - b);
  return [values[Math.floor(0.025 * values.length)], values[Math.floor(0.975 * values.length)]];
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;
const range = ([lo, hi]) => `[${pct(lo)}, ${pct(hi)}]`;

function report(name, items) {
  const c = confusion(items, threshold);
  const m = metrics(c);
  const positives = c.tp + c.fn;
  const negatives = c.fp + c.tn;
  console.log(
    `\n## ${name} split: ${items.length} prompts (${positives} injections, ${negatives} benign), threshold ${threshold}`,
  );
  console.log(`TP ${c.tp}  FP ${c.fp}  TN ${c.tn}  FN ${c.fn}`);
  console.log(`precision ${pct(m.precision)} ${range(wilson(c.tp, c.tp + c.fp))}`);
  console.log(`recall    ${pct(m.recall)} ${range(wilson(c.tp, positives))}`);
  console.log(`F1        ${pct(m.f1)} ${range(f1Interval(items, threshold))} (bootstrap)`);
  console.log(
    `FPR       ${pct(m.fpr)} ${range(wilson(c.fp, negatives))} (benign prompts of this split flagged)`,
  );
  console.log("threshold sweep:  t     precision  recall   F1      FPR");
  for (const t of [0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9]) {
    const s = metrics(confusion(items, t));
    console.log(
      `                  ${t.toFixed(2)}  ${pct(s.precision).padStart(7)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1).padStart(6)}  ${pct(s.fpr).padStart(6)}`,
    );
  }
}

console.log(`# Injection scorer accuracy: ${dataFile}`);
report(
  "train",
  scored.filter((r) => r.split === "train"),
);
if (!trainOnly)
  report(
    "test",
    scored.filter((r) => r.split === "test"),
  );

const ordinary = JSON.parse(readFileSync(join(here, "ordinary-prompts.json"), "utf8"));
const ordinaryFlagged = ordinary.filter((text) => score(text).score >= threshold);
console.log(`\n## Hand-written ordinary prompts (bench/ordinary-prompts.json): ${ordinary.length} prompts`);
console.log(
  `FPR ${pct(ordinaryFlagged.length / ordinary.length)} ${range(wilson(ordinaryFlagged.length, ordinary.length))} (${ordinaryFlagged.length} flagged)`,
);
for (const text of ordinaryFlagged) console.log(`  flagged: ${JSON.stringify(text.slice(0, 100))}`);
const ordinaryScores = ordinary.map((text) => score(text).score);
console.log(
  `FPR by threshold: ${[0.3, 0.4, 0.45, 0.5, 0.55, 0.6]
    .map((t) => `${t.toFixed(2)} ${pct(ordinaryScores.filter((s) => s >= t).length / ordinary.length)}`)
    .join(", ")}`,
);

const shared = resolve(dataDir, "..");
const others = existsSync(shared)
  ? readdirSync(shared).filter((name) => resolve(shared, name) !== resolve(dataDir))
  : [];
console.log("\n## Other data sets beside it (a benign prompt set among them would be measured too)");
for (const name of others) {
  const source = join(shared, name, "SOURCE.md");
  const title = existsSync(source)
    ? readFileSync(source, "utf8").split("\n")[0].replace(/^#\s*/, "")
    : "(no SOURCE.md)";
  console.log(`  ${name}: ${title}`);
}
if (others.length === 0) console.log("  none");

if (showErrors) {
  console.log("\n## Misclassified TRAIN rows (test rows are never printed)");
  for (const row of scored.filter((r) => r.split === "train")) {
    const flagged = row.score >= threshold;
    if (flagged !== (row.label === 1))
      console.log(
        `${row.label === 1 ? "FN" : "FP"} ${row.score.toFixed(3)} ${JSON.stringify(row.text.slice(0, 160))}`,
      );
  }
}

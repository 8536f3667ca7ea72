/**
 * Precision, recall, F-scores and the false-positive rate of "a hit" (similarity at or above a
 * threshold) against labelled pairs, a sweep over thresholds, and the rule that picks the
 * default threshold: the highest F0.5 on the tuning half (precision weighs twice recall: a
 * wrong answer served from the cache costs more than a miss), the higher threshold on a tie.
 */

export interface Scored {
  readonly similarity: number;
  readonly label: 0 | 1;
}

export interface Scores {
  readonly threshold: number;
  readonly pairs: number;
  readonly hits: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly f05: number;
  /** Of the pairs that are not paraphrases, the share that would be a (wrong) hit. */
  readonly falsePositiveRate: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const fBeta = (p: number, r: number, beta: number) => ratio((1 + beta * beta) * p * r, beta * beta * p + r);

export function scoresAt(scored: readonly Scored[], threshold: number): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { similarity, label } of scored) {
    const hit = similarity >= threshold;
    if (hit && label === 1) tp++;
    else if (hit) fp++;
    else if (label === 1) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    threshold,
    pairs: scored.length,
    hits: tp + fp,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    f1: fBeta(precision, recall, 1),
    f05: fBeta(precision, recall, 0.5),
    falsePositiveRate: ratio(fp, fp + tn),
  };
}

/** Thresholds from `from` to `to` in steps of `step`, rounded so they print exactly. */
export function thresholds(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let k = 0; from + k * step <= to + 1e-9; k++) out.push(Number((from + k * step).toFixed(4)));
  return out;
}

/** The threshold the rule picks on `scored` (the tuning half). */
export function chooseThreshold(scored: readonly Scored[]): Scores {
  let best: Scores | undefined;
  for (const threshold of thresholds(0.5, 1, 0.005)) {
    const scores = scoresAt(scored, threshold);
    if (!best || scores.f05 >= best.f05) best = scores;
  }
  return best!;
}

/**
 * A moderation answer into verdicts. The answer has one result per text sent; a category's
 * outcome is its worst over them (flagged in any, its highest score). Only the categories that
 * count are judged: one with a threshold fails when its score reaches it, one without when the
 * model flagged it. Each failing category is a failing check of its own
 * (`moderation:<category>`); when none fails, one passing `moderation` check records the
 * highest score seen. Reasons name categories and scores, never the text.
 */
import type { CheckVerdict } from "@aigw/guardrail-kit";
import { isJsonObject as isObject, type JsonValue } from "@aigw/plugin-api";

/** Which categories count and the thresholds that replace the model's flag; built once at create time. */
export interface VerdictRules {
  /** The categories that count; undefined: every category the answer reports. */
  readonly categories: ReadonlySet<string> | undefined;
  readonly thresholds: ReadonlyMap<string, number>;
}

/** One category over every result of an answer. */
interface CategoryOutcome {
  flagged: boolean;
  score: number | undefined;
}

/** Each category's outcome over the answer's results, keeping only the categories that count. */
function outcomes(results: readonly JsonValue[], rules: VerdictRules): Map<string, CategoryOutcome> {
  const out = new Map<string, CategoryOutcome>();
  const counts = (name: string) => rules.categories === undefined || rules.categories.has(name);
  const entry = (name: string) => {
    let seen = out.get(name);
    if (!seen) {
      seen = { flagged: false, score: undefined };
      out.set(name, seen);
    }
    return seen;
  };
  for (const result of results) {
    if (!isObject(result)) continue;
    const flags = result.categories;
    if (isObject(flags)) {
      for (const name in flags) if (counts(name) && flags[name] === true) entry(name).flagged = true;
    }
    const scores = result.category_scores;
    if (isObject(scores)) {
      for (const name in scores) {
        const score = scores[name];
        if (!counts(name) || typeof score !== "number" || !Number.isFinite(score)) continue;
        const seen = entry(name);
        if (seen.score === undefined || score > seen.score) seen.score = score;
      }
    }
  }
  return out;
}

const round = (score: number) => Math.round(score * 1000) / 1000;

/** The verdicts on one moderation answer's body. */
export function verdictsOf(body: JsonValue, rules: VerdictRules): CheckVerdict[] {
  const results = isObject(body) && Array.isArray(body.results) ? body.results : [];
  const fails: CheckVerdict[] = [];
  let highest: number | undefined;
  for (const [name, { flagged, score }] of outcomes(results, rules)) {
    if (score !== undefined && (highest === undefined || score > highest)) highest = score;
    const threshold = rules.thresholds.get(name);
    if (threshold !== undefined) {
      if (score === undefined || score < threshold) continue;
      fails.push({
        check: `moderation:${name}`,
        verdict: "fail",
        score,
        reason: `${name} scored ${round(score)}, at or above its threshold ${threshold}`,
      });
    } else if (flagged) {
      const scored = score === undefined ? "" : ` (score ${round(score)})`;
      fails.push({
        check: `moderation:${name}`,
        verdict: "fail",
        score,
        reason: `${name} flagged by the moderation model${scored}`,
      });
    }
  }
  if (fails.length > 0) return fails.sort((a, b) => (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
  return [{ check: "moderation", verdict: "pass", score: highest, reason: "no category flagged" }];
}

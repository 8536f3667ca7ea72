/**
 * The rules that turn a moderation answer into verdicts, as properties over any answer and any
 * rules (which categories fail, whatever the order of the results), and the odd answers a
 * provider may send.
 */
import type { JsonValue } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type VerdictRules, verdictsOf } from "./verdicts.js";

const NAMES = ["violence", "sexual", "hate", "self-harm/intent", "pii"] as const;

const result = fc.record(
  {
    categories: fc.dictionary(fc.constantFrom(...NAMES), fc.boolean()),
    category_scores: fc.dictionary(fc.constantFrom(...NAMES), fc.double({ min: 0, max: 1, noNaN: true })),
  },
  { requiredKeys: [] },
);

const rules: fc.Arbitrary<VerdictRules> = fc
  .tuple(
    fc.option(fc.subarray([...NAMES], { minLength: 1 }), { nil: undefined }),
    fc.dictionary(fc.constantFrom(...NAMES), fc.double({ min: 0, max: 1, noNaN: true })),
  )
  .map(([categories, thresholds]) => {
    const counted = categories ? new Set<string>(categories) : undefined;
    const kept = Object.entries(thresholds).filter(([name]) => !counted || counted.has(name));
    return { categories: counted, thresholds: new Map(kept) };
  });

/** What should fail, computed the plain way. */
function expectedFails(
  results: readonly Record<string, Record<string, unknown>>[],
  r: VerdictRules,
): string[] {
  const fails: string[] = [];
  for (const name of NAMES) {
    if (r.categories && !r.categories.has(name)) continue;
    const flagged = results.some((x) => x.categories?.[name] === true);
    const scores = results
      .map((x) => x.category_scores?.[name])
      .filter((s): s is number => typeof s === "number");
    const threshold = r.thresholds.get(name);
    const failing = threshold === undefined ? flagged : scores.length > 0 && Math.max(...scores) >= threshold;
    if (failing) fails.push(`moderation:${name}`);
  }
  return fails.sort();
}

describe("verdicts", () => {
  test("a category fails when it counts and its threshold is reached, or without one when flagged", () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 4 }), rules, (results, r) => {
        const verdicts = verdictsOf({ id: "m", model: "m", results } as unknown as JsonValue, r);
        const fails = expectedFails(results as Record<string, Record<string, unknown>>[], r);
        if (fails.length === 0) {
          expect(verdicts).toHaveLength(1);
          expect(verdicts[0]).toMatchObject({ check: "moderation", verdict: "pass" });
        } else {
          expect(verdicts.map((v) => v.check)).toEqual(fails);
          for (const v of verdicts) expect(v.verdict).toBe("fail");
        }
      }),
    );
  });

  test("the order of the results does not matter", () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 4 }), rules, (results, r) => {
        const body = (list: unknown[]) => ({ results: list }) as unknown as JsonValue;
        expect(verdictsOf(body([...results].reverse()), r)).toEqual(verdictsOf(body(results), r));
      }),
    );
  });

  test("a failing category carries its highest score, and its reason names it without any text", () => {
    const body: JsonValue = {
      results: [
        { categories: { violence: true }, category_scores: { violence: 0.61 }, text: "never quoted" },
        { categories: { violence: false }, category_scores: { violence: 0.93 } },
      ],
    };
    const [verdict] = verdictsOf(body, { categories: undefined, thresholds: new Map() });
    expect(verdict).toEqual({
      check: "moderation:violence",
      verdict: "fail",
      score: 0.93,
      reason: "violence flagged by the moderation model (score 0.93)",
    });
  });

  test.each<[string, JsonValue]>([
    ["no results list", { id: "x" }],
    ["results that are not objects", { results: [null, 3, "x", []] }],
    [
      "categories and scores of the wrong kind",
      { results: [{ categories: [true], category_scores: "high" }] },
    ],
    ["scores that are not finite numbers", { results: [{ category_scores: { violence: "0.9" } }] }],
  ])("an answer with %s passes, with no score", (_name, body) => {
    const rules_ = { categories: undefined, thresholds: new Map([["violence", 0.1]]) };
    expect(verdictsOf(body, rules_)).toEqual([
      { check: "moderation", verdict: "pass", score: undefined, reason: "no category flagged" },
    ]);
  });
});

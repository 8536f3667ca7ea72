/**
 * Rules that hold for any sequence of finished records: requests_total adds up to the number of
 * records, each histogram counts exactly the records that had its timing, token and cost totals
 * are the records' sums, and no label ever takes more values than its bound (plus `none` and
 * `other`), on every metric.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MetricsNode } from "./metrics-node.js";
import { settingsOf } from "./settings.js";
import { labelValues, parseExposition, total } from "./testing/exposition.js";
import { silentLogger, uniqueNodeId } from "./testing/gateway.js";
import { BOUNDS, recordArbitrary } from "./testing/records.js";

const LABEL_BOUNDS: Record<string, number> = { ...BOUNDS };

describe("for any sequence of records", () => {
  test("totals match the records and every label stays within its bound", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArbitrary, { maxLength: 60 }), async (records) => {
        const node = new MetricsNode(
          uniqueNodeId("prop"),
          settingsOf({ defaultMetrics: false, maxLabelValues: BOUNDS }),
          silentLogger(),
        );
        try {
          for (const record of records) node.observe(record);
          const scrape = parseExposition(await (await node.scrape()).text());

          expect(total(scrape, "aigw_requests_total")).toBe(records.length);
          expect(total(scrape, "aigw_request_duration_seconds_count")).toBe(records.length);
          expect(total(scrape, "aigw_overhead_seconds_count")).toBe(records.length);
          const ttft = records.filter((r) => r.stream && r.timings.ttftMs !== undefined);
          expect(total(scrape, "aigw_time_to_first_token_seconds_count")).toBe(ttft.length);
          const seconds = records.reduce((sum, r) => sum + r.timings.totalMs / 1000, 0);
          expect(total(scrape, "aigw_request_duration_seconds_sum")).toBeCloseTo(seconds, 6);
          const prompt = records.reduce((sum, r) => sum + (r.tokens?.prompt ?? 0), 0);
          expect(total(scrape, "aigw_tokens_total", { type: "prompt" })).toBe(prompt);
          const cost = records.reduce((sum, r) => sum + (r.cost?.totalUsd ?? 0), 0);
          expect(total(scrape, "aigw_cost_usd_total")).toBeCloseTo(cost, 9);
          expect(total(scrape, "aigw_errors_total")).toBe(records.filter((r) => r.error).length);
          const attempts = records.reduce((sum, r) => sum + r.attempts.length, 0);
          expect(total(scrape, "aigw_upstream_attempts_total")).toBe(attempts);

          for (const family of scrape.values()) {
            const labels = new Set(family.samples.flatMap((s) => Object.keys(s.labels)));
            for (const label of labels) {
              if (label === "le") continue;
              const values = new Set(
                family.samples.map((s) => s.labels[label]).filter((v) => v !== undefined),
              );
              values.delete("none");
              values.delete("other");
              const bound = LABEL_BOUNDS[label] ?? BOUNDS.other;
              expect(values.size, `${family.name} label ${label}`).toBeLessThanOrEqual(bound);
            }
          }
          // A label folds only once its bound is full.
          const models = new Set(records.map((r) => r.modelServed ?? r.modelRequested));
          const folded = labelValues(scrape, "aigw_requests_total", "model").has("other");
          expect(folded).toBe(models.size > BOUNDS.model);
        } finally {
          node.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});

// The memoised plan of a reservation is the one worked out from scratch: for any policies, any
// instants (a policy reused across windows, as principals are) and any estimate, the same counter
// names, limits, amounts, ttls and infos as a direct reading of the policies.
import type { QuotaBucket, QuotaPolicy } from "@aigw/plugin-api";
import fc from "fast-check";
import { expect, it } from "vitest";
import { type BucketInfo, counterKey, planReservation, toMicros } from "./buckets.js";
import { CounterMemo } from "./policy-counters.js";
import { budgetWindow, WindowCache, windowAt } from "./windows.js";

const RATES = [
  ["rpm", "requestsPerMinute", "minute"],
  ["rpd", "requestsPerDay", "day"],
  ["tpm", "tokensPerMinute", "minute"],
  ["tpd", "tokensPerDay", "day"],
] as const;

/** The plan read directly off the policies, nothing kept. */
function direct(policies: readonly QuotaPolicy[], nowMs: number, tokens: number, costMicros: number) {
  const buckets: QuotaBucket[] = [];
  const info: BucketInfo[] = [];
  for (const p of policies) {
    for (const [kind, field, window] of RATES) {
      const limit = p[field];
      if (limit === undefined) continue;
      const w = windowAt(window, nowMs);
      buckets.push({
        key: counterKey("limits", kind, p.scope, p.id, w.id),
        limit,
        amount: kind.startsWith("r") ? 1 : tokens,
        ttlMs: w.ttlMs,
        seed: undefined,
      });
      info.push({ kind, scope: p.scope, id: p.id, window, windowId: w.id, alertAt: undefined });
    }
    if (p.budget) {
      const window = budgetWindow(p.budget.period);
      const w = windowAt(window, nowMs);
      buckets.push({
        key: counterKey("limits", "usd", p.scope, p.id, w.id),
        limit: toMicros(p.budget.limitUsd, "down"),
        amount: costMicros,
        ttlMs: w.ttlMs,
        seed: 7,
      });
      info.push({ kind: "usd", scope: p.scope, id: p.id, window, windowId: w.id, alertAt: p.budget.alertAt });
    }
  }
  return { buckets, info };
}

const limit = fc.option(fc.integer({ min: 1, max: 1e6 }), { nil: undefined });
const policy: fc.Arbitrary<QuotaPolicy> = fc.record({
  scope: fc.constantFrom("key" as const, "team" as const, "user" as const),
  id: fc.string({ minLength: 1, maxLength: 8 }),
  requestsPerMinute: limit,
  requestsPerDay: limit,
  tokensPerMinute: limit,
  tokensPerDay: limit,
  budget: fc.option(
    fc.record({
      limitUsd: fc.double({ min: 0.01, max: 1000, noNaN: true }),
      period: fc.constantFrom("daily" as const, "monthly" as const, "total" as const),
      alertAt: fc.option(fc.constant([0.5, 0.8]), { nil: undefined }),
    }),
    { nil: undefined },
  ),
});

it("property: the memoised plan equals the plan read directly, window after window", () => {
  fc.assert(
    fc.property(
      fc.array(policy, { minLength: 1, maxLength: 4 }),
      fc.array(
        fc.record({
          nowMs: fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
          tokens: fc.nat(10_000),
          costMicros: fc.nat(10_000),
        }),
        { minLength: 1, maxLength: 6 },
      ),
      (policies, requests) => {
        const counters = new CounterMemo("limits");
        const windows = new WindowCache();
        for (const { nowMs, tokens, costMicros } of requests) {
          const plan = planReservation(policies, {
            counters,
            windows,
            nowMs,
            tokens,
            costMicros,
            seed: () => 7,
          });
          expect(plan).toEqual(direct(policies, nowMs, tokens, costMicros));
        }
      },
    ),
  );
});

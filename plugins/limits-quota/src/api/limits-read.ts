/**
 * `GET /admin/spend/limits?scope=key&id=...`: one scope's counters as they stand in the quota
 * store (every instance's view when it is Redis), one `read` for all of them, beside the limits
 * last seen for that scope on a request through this instance (limits belong to the principal,
 * which the auth node resolves per request; null when none passed here yet).
 */
import type { QuotaPolicy, Quotas } from "@aigw/plugin-api";
import { type BucketKind, counterKey, MICROS_PER_USD } from "../buckets.js";
import { type WindowKind, windowAt } from "../windows.js";
import type { LimitsParams } from "./params.js";

interface CounterView {
  kind: "requests" | "tokens";
  window: "minute" | "day";
  used: number;
  limit: number | null;
  resets_in_ms: number;
}

interface BudgetView {
  period: "daily" | "monthly" | "total";
  spent_usd: number;
  limit_usd: number | null;
  resets_in_ms: number | null;
}

export interface LimitsView {
  scope: QuotaPolicy["scope"];
  id: string;
  /** Whether the counters are every instance's (Redis) or this instance's (memory). */
  shared: boolean;
  counters: CounterView[];
  budgets: BudgetView[];
}

const COUNTERS: readonly (readonly [
  BucketKind,
  CounterView["kind"],
  CounterView["window"],
  keyof QuotaPolicy,
])[] = [
  ["rpm", "requests", "minute", "requestsPerMinute"],
  ["rpd", "requests", "day", "requestsPerDay"],
  ["tpm", "tokens", "minute", "tokensPerMinute"],
  ["tpd", "tokens", "day", "tokensPerDay"],
];

const BUDGETS: readonly (readonly [BudgetView["period"], WindowKind])[] = [
  ["daily", "day"],
  ["monthly", "month"],
  ["total", "total"],
];

export async function readLimits(
  quotas: Quotas,
  prefix: string,
  nowMs: number,
  params: LimitsParams,
  policy: QuotaPolicy | undefined,
): Promise<LimitsView> {
  const { scope, id } = params;
  const rate = COUNTERS.map(([kind, , window]) => ({ kind, window: windowAt(window, nowMs) }));
  const spend = BUDGETS.map(([, window]) => windowAt(window, nowMs));
  const values = await quotas.read([
    ...rate.map((r) => counterKey(prefix, r.kind, scope, id, r.window.id)),
    ...spend.map((w) => counterKey(prefix, "usd", scope, id, w.id)),
  ]);
  const counters = COUNTERS.map(([, kind, window, field], i) => {
    const limit = policy?.[field];
    return {
      kind,
      window,
      used: values[i] ?? 0,
      limit: typeof limit === "number" ? limit : null,
      resets_in_ms: rate[i]!.window.ttlMs,
    };
  });
  const budgets = BUDGETS.map(([period], i) => {
    const budget = policy?.budget?.period === period ? policy.budget : undefined;
    return {
      period,
      spent_usd: (values[COUNTERS.length + i] ?? 0) / MICROS_PER_USD,
      limit_usd: budget ? budget.limitUsd : null,
      resets_in_ms: period === "total" ? null : spend[i]!.ttlMs,
    };
  });
  return { scope, id, shared: quotas.shared, counters, budgets };
}

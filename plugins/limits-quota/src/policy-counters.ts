/**
 * What a policy's counters are, worked out once per policy object instead of once per request:
 * which counters it sets, their limits (the budget in micro-dollars), the stem of each counter's
 * name (all but the window id), and what a reservation must estimate. Principals are built once
 * per key by the auth node and reused, so their policy objects are the memo's keys (a WeakMap:
 * a policy no principal holds any more is forgotten with it). Policies are treated as immutable,
 * as the auth node hands them out.
 */
import type { QuotaPolicy } from "@aigw/plugin-api";
import { type BucketInfo, type BucketKind, toMicros } from "./buckets.js";
import { budgetWindow, type WindowKind } from "./windows.js";

/** One counter a policy asks for. */
export interface CounterSpec {
  readonly kind: BucketKind;
  readonly window: WindowKind;
  readonly limit: number;
  /** `<prefix>:<kind>:<scope>:<id>:`: the counter's name without its window id. */
  readonly stem: string;
  readonly scope: QuotaPolicy["scope"];
  readonly id: string;
  readonly alertAt?: readonly number[] | undefined;
  /** The info of the window last seen: one object per window, shared by its requests. */
  info: BucketInfo | undefined;
  /**
   * The counter's name in that window: one string per window, so a store's map lookup reuses its
   * hash instead of hashing a freshly joined name per request.
   */
  key: string;
}

/** A policy's counters, and what its reservations must estimate. */
export interface PolicyCounters {
  readonly specs: readonly CounterSpec[];
  readonly tokens: boolean;
  readonly cost: boolean;
}

const RATE_KINDS = [
  ["rpm", "requestsPerMinute", "minute"],
  ["rpd", "requestsPerDay", "day"],
  ["tpm", "tokensPerMinute", "minute"],
  ["tpd", "tokensPerDay", "day"],
] as const;

/** Each policy's counters under one counter-name prefix. */
export class CounterMemo {
  private readonly memo = new WeakMap<QuotaPolicy, PolicyCounters>();

  constructor(private readonly prefix: string) {}

  of(policy: QuotaPolicy): PolicyCounters {
    let counters = this.memo.get(policy);
    if (!counters) {
      counters = this.compute(policy);
      this.memo.set(policy, counters);
    }
    return counters;
  }

  private compute(policy: QuotaPolicy): PolicyCounters {
    const specs: CounterSpec[] = [];
    const spec = (kind: BucketKind, window: WindowKind, limit: number, alertAt?: readonly number[]) => {
      specs.push({
        kind,
        window,
        limit,
        stem: `${this.prefix}:${kind}:${policy.scope}:${policy.id}:`,
        scope: policy.scope,
        id: policy.id,
        alertAt,
        info: undefined,
        key: "",
      });
    };
    for (const [kind, field, window] of RATE_KINDS) {
      const limit = policy[field];
      if (limit !== undefined) spec(kind, window, limit);
    }
    const budget = policy.budget;
    if (budget) spec("usd", budgetWindow(budget.period), toMicros(budget.limitUsd, "down"), budget.alertAt);
    return {
      specs,
      tokens: policy.tokensPerMinute !== undefined || policy.tokensPerDay !== undefined,
      cost: budget !== undefined,
    };
  }
}

/**
 * From a caller's policies to the counters one reservation checks: per scope (key, team, user),
 * a request counter and a token counter per minute and per day, and a spend counter (in
 * micro-dollars, integers, so sums stay exact) for the budget's period. Only the limits a policy
 * sets become counters. Pure: the time, the estimate and the seeds come in.
 */
import type { QuotaBucket, QuotaPolicy } from "@aigw/plugin-api";
import { budgetWindow, type Window, type WindowKind, windowAt } from "./windows.js";

export type BucketKind = "rpm" | "rpd" | "tpm" | "tpd" | "usd";

/** What a counter measures, whose it is, and over which window. */
export interface BucketInfo {
  readonly kind: BucketKind;
  readonly scope: QuotaPolicy["scope"];
  readonly id: string;
  readonly window: WindowKind;
  /** The window's id, as in the counter's name. */
  readonly windowId: string;
  /** The budget's alert fractions (spend counters only). */
  readonly alertAt?: readonly number[] | undefined;
}

/** The counters of one reservation, and what each is (same order). */
export interface ReservationPlan {
  readonly buckets: QuotaBucket[];
  readonly info: BucketInfo[];
}

export interface PlanInput {
  readonly prefix: string;
  readonly nowMs: number;
  /** Estimated tokens of the request. */
  readonly tokens: number;
  /** Estimated cost in micro-dollars. */
  readonly costMicros: number;
  /** What the ledger says a spend counter already holds, when it knows. */
  readonly seed?:
    | ((scope: QuotaPolicy["scope"], id: string, windowId: string) => number | undefined)
    | undefined;
}

export const MICROS_PER_USD = 1_000_000;

/** Dollars in micro-dollars, rounded to the nearest (costs) or down (caps: never above the cap). */
export function toMicros(usd: number, round: "nearest" | "down" | "up" = "nearest"): number {
  const micros = usd * MICROS_PER_USD;
  // Float noise (0.1 * 1e6 = 100000.00000000001) must not turn into a whole micro-dollar.
  const clean = Math.round(micros * 1e3) / 1e3;
  return round === "down" ? Math.floor(clean) : round === "up" ? Math.ceil(clean) : Math.round(clean);
}

/** A counter's name: `<prefix>:<kind>:<scope>:<id>:<window id>` (the window id has no colon). */
export function counterKey(
  prefix: string,
  kind: BucketKind | "alert",
  scope: string,
  id: string,
  windowId: string,
): string {
  return `${prefix}:${kind}:${scope}:${id}:${windowId}`;
}

const RATE_KINDS = [
  ["rpm", "requestsPerMinute", "minute"],
  ["rpd", "requestsPerDay", "day"],
  ["tpm", "tokensPerMinute", "minute"],
  ["tpd", "tokensPerDay", "day"],
] as const;

/** The counters `policies` ask for, with the request's amounts. */
export function planReservation(policies: readonly QuotaPolicy[], input: PlanInput): ReservationPlan {
  const buckets: QuotaBucket[] = [];
  const info: BucketInfo[] = [];
  // Each window once per reservation, however many scopes use it.
  const windows: Partial<Record<WindowKind, Window>> = {};
  const windowOf = (kind: WindowKind): Window => {
    let window = windows[kind];
    if (!window) {
      window = windowAt(kind, input.nowMs);
      windows[kind] = window;
    }
    return window;
  };
  for (const policy of policies) {
    for (const [kind, field, windowKind] of RATE_KINDS) {
      const limit = policy[field];
      if (limit === undefined) continue;
      const window = windowOf(windowKind);
      buckets.push({
        key: counterKey(input.prefix, kind, policy.scope, policy.id, window.id),
        limit,
        amount: kind === "rpm" || kind === "rpd" ? 1 : input.tokens,
        ttlMs: window.ttlMs,
      });
      info.push({ kind, scope: policy.scope, id: policy.id, window: windowKind, windowId: window.id });
    }
    const budget = policy.budget;
    if (budget) {
      const windowKind = budgetWindow(budget.period);
      const window = windowOf(windowKind);
      buckets.push({
        key: counterKey(input.prefix, "usd", policy.scope, policy.id, window.id),
        limit: toMicros(budget.limitUsd, "down"),
        amount: input.costMicros,
        ttlMs: window.ttlMs,
        seed: input.seed?.(policy.scope, policy.id, window.id),
      });
      info.push({
        kind: "usd",
        scope: policy.scope,
        id: policy.id,
        window: windowKind,
        windowId: window.id,
        alertAt: budget.alertAt,
      });
    }
  }
  return { buckets, info };
}

/** Whether any policy limits tokens, and whether any has a budget (what needs estimating). */
export function needs(policies: readonly QuotaPolicy[]): { tokens: boolean; cost: boolean } {
  let tokens = false;
  let cost = false;
  for (const p of policies) {
    if (p.tokensPerMinute !== undefined || p.tokensPerDay !== undefined) tokens = true;
    if (p.budget) cost = true;
  }
  return { tokens, cost };
}

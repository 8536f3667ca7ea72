/**
 * From a caller's policies to the counters one reservation checks: per scope (key, team, user),
 * a request counter and a token counter per minute and per day, and a spend counter (in
 * micro-dollars, integers, so sums stay exact) for the budget's period. Only the limits a policy
 * sets become counters. What does not change per request comes from the policy's memo (see
 * policy-counters.ts) and the window cache; the time, the estimate and the seeds come in.
 */
import type { QuotaBucket, QuotaPolicy } from "@aigw/plugin-api";
import type { CounterMemo } from "./policy-counters.js";
import type { WindowCache, WindowKind } from "./windows.js";

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
  readonly counters: CounterMemo;
  readonly windows: WindowCache;
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

/** The counters `policies` ask for, with the request's amounts. */
export function planReservation(policies: readonly QuotaPolicy[], input: PlanInput): ReservationPlan {
  const buckets: QuotaBucket[] = [];
  const info: BucketInfo[] = [];
  const { nowMs, windows } = input;
  for (const policy of policies) {
    for (const spec of input.counters.of(policy).specs) {
      const windowId = windows.id(spec.window, nowMs);
      let meta = spec.info;
      if (meta?.windowId !== windowId) {
        meta = {
          kind: spec.kind,
          scope: spec.scope,
          id: spec.id,
          window: spec.window,
          windowId,
          alertAt: spec.alertAt,
        };
        spec.info = meta;
        spec.key = spec.stem + windowId;
      }
      const kind = spec.kind;
      const bucket: QuotaBucket = {
        key: spec.key,
        limit: spec.limit,
        amount: kind === "usd" ? input.costMicros : kind === "rpm" || kind === "rpd" ? 1 : input.tokens,
        ttlMs: windows.ttlMs(spec.window, nowMs),
        seed: kind === "usd" ? input.seed?.(spec.scope, spec.id, windowId) : undefined,
      };
      buckets.push(bucket);
      info.push(meta);
    }
  }
  return { buckets, info };
}

/** Whether any policy limits tokens, and whether any has a budget (what needs estimating). */
export function needs(
  policies: readonly QuotaPolicy[],
  counters: CounterMemo,
): { tokens: boolean; cost: boolean } {
  let tokens = false;
  let cost = false;
  for (const policy of policies) {
    const c = counters.of(policy);
    if (c.tokens) tokens = true;
    if (c.cost) cost = true;
  }
  return { tokens, cost };
}

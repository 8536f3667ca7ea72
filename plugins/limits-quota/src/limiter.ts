/**
 * The limiter: before a request runs, one `reserve` of every counter its caller's policies ask
 * for (requests, estimated tokens, estimated cost), all admitted or none; when it has finished,
 * one `adjust` that replaces the estimates with what the record says it really used (a request
 * that failed, or was answered from a cache, gives its tokens and cost back). The hot path does
 * no I/O besides that one reservation and compiles nothing.
 */
import type {
  Denial,
  GatewayRequest,
  Logger,
  PricedUsage,
  Pricing,
  Principal,
  QuotaAdjustment,
  QuotaPolicy,
  Quotas,
  QuotaVerdict,
  RequestRecord,
} from "@aigw/plugin-api";
import { needs, planReservation, type ReservationPlan, toMicros } from "./buckets.js";
import { CostRates } from "./cost-rates.js";
import { type EstimateSettings, estimateUsage } from "./estimate.js";
import { rateLimitHeaders, retryAfterSeconds } from "./headers.js";
import { CounterMemo } from "./policy-counters.js";
import { refusal, refusalTag } from "./refusal.js";
import type { StoreHealth } from "./store-health.js";
import { WindowCache } from "./windows.js";

/** The limits `defaults` gives a key (a policy without scope and id). */
export type DefaultLimits = Omit<QuotaPolicy, "scope" | "id">;

export interface LimiterSettings {
  prefix: string;
  onStoreUnavailable: "open" | "closed";
  defaults?: DefaultLimits | undefined;
  estimate: EstimateSettings;
}

export interface LimiterDeps {
  quotas: Quotas;
  pricing: Pricing;
  logger: Logger;
  now: () => number;
  health: StoreHealth;
  /** The ledger's spend per scope, id and window, when a ledger is configured. */
  seed?: ((scope: QuotaPolicy["scope"], id: string, windowId: string) => number | undefined) | undefined;
}

/** What one admitted request holds until it settles. */
export interface Reservation {
  readonly plan: ReservationPlan;
  /** False when the store was away and the request went through uncounted. */
  readonly reserved: boolean;
  /** Each counter right after the reservation (empty when not reserved). */
  readonly values: readonly number[];
  readonly tokens: number;
  readonly costMicros: number;
}

/** The outcome of `admit`. */
export type Admission =
  | { readonly kind: "admit"; readonly reservation: Reservation; readonly headers: Record<string, string> }
  | {
      readonly kind: "refuse";
      readonly denial: Denial;
      /** The record's tags for it. */
      readonly tags: Record<string, string>;
    }
  | { readonly kind: "none" };

const NONE: Admission = { kind: "none" };

/** Unpriced models already logged, at most this many (a name is logged once). */
const MAX_UNPRICED_LOGGED = 1_000;
/** Keys whose `defaults` policy is kept, at most (then forgotten wholesale, made again on use). */
const MAX_DEFAULTED_KEYS = 10_000;

/** A reservation about to be asked of the store: its counters and the request's estimate. */
export interface PendingReservation {
  readonly plan: ReservationPlan;
  readonly tokens: number;
  readonly costMicros: number;
}

export class Limiter {
  private readonly unpriced = new Set<string>();
  private readonly rates: CostRates;
  private readonly counters: CounterMemo;
  private readonly windows = new WindowCache();
  /** Each key's `defaults` policy, one object per key, so its counters are memoised too. */
  private readonly defaulted = new Map<string, QuotaPolicy>();

  constructor(
    private readonly settings: LimiterSettings,
    private readonly deps: LimiterDeps,
  ) {
    this.rates = new CostRates(deps.pricing);
    this.counters = new CounterMemo(settings.prefix);
  }

  /** The policies that apply to `principal`: its own, and `defaults` for a key with none. */
  policies(principal: Principal | undefined): readonly QuotaPolicy[] {
    if (!principal) return [];
    const own = principal.quotas ?? [];
    const defaults = this.settings.defaults;
    if (!defaults) return own;
    for (const policy of own) if (policy.scope === "key") return own;
    return [...own, this.defaultPolicy(principal.keyId, defaults)];
  }

  /** Checks and reserves every counter of the request's caller, in one store call. */
  async admit(request: GatewayRequest, policies: readonly QuotaPolicy[]): Promise<Admission> {
    const pending = this.prepare(request, policies);
    if (!pending) return NONE;
    let verdict: QuotaVerdict;
    try {
      verdict = await this.deps.quotas.reserve(pending.plan.buckets);
    } catch (error) {
      return this.storeFailed(error, pending);
    }
    return this.decide(pending, verdict);
  }

  /**
   * The counters to reserve for the request (no I/O: `admit` without the store call, for a hook
   * that calls the store itself); undefined when nothing is counted.
   */
  prepare(request: GatewayRequest, policies: readonly QuotaPolicy[]): PendingReservation | undefined {
    if (policies.length === 0) return undefined;
    const want = needs(policies, this.counters);
    let tokens = 0;
    let costMicros = 0;
    if (want.tokens || want.cost) {
      const estimate = estimateUsage(request, this.settings.estimate);
      tokens = estimate.tokens;
      if (want.cost) costMicros = this.estimateCost(request.model, estimate.usage);
    }
    const plan = planReservation(policies, {
      counters: this.counters,
      windows: this.windows,
      nowMs: this.deps.now(),
      tokens,
      costMicros,
      seed: this.deps.seed,
    });
    if (plan.buckets.length === 0) return undefined;
    return { plan, tokens, costMicros };
  }

  /** The admission the store's verdict on `pending` makes. */
  decide(pending: PendingReservation, verdict: QuotaVerdict): Admission {
    const { plan, tokens, costMicros } = pending;
    this.deps.health.ok();
    const headers = rateLimitHeaders(plan.buckets, plan.info, verdict.values);
    if (verdict.admitted) {
      return {
        kind: "admit",
        reservation: { plan, reserved: true, values: verdict.values, tokens, costMicros },
        headers,
      };
    }
    const i = verdict.bucket;
    const info = plan.info[i]!;
    const bucket = plan.buckets[i]!;
    if (info.window !== "total") headers["retry-after"] = retryAfterSeconds(verdict.retryAfterMs);
    return {
      kind: "refuse",
      denial: refusal(
        {
          info,
          limit: bucket.limit,
          used: verdict.values[i] ?? 0,
          requested: bucket.amount,
          retryAfterMs: verdict.retryAfterMs,
        },
        headers,
      ),
      tags: { limit: refusalTag(info) },
    };
  }

  /** What the record says the request used, in place of what was reserved (one store call). */
  async settle(reservation: Reservation, record: RequestRecord): Promise<QuotaAdjustment[]> {
    const changes = this.settlement(reservation, record);
    await this.deps.health.adjust(changes);
    return changes;
  }

  /** The changes `settle` writes (no I/O). */
  settlement(reservation: Reservation, record: RequestRecord): QuotaAdjustment[] {
    // A cache hit called no provider: it used no tokens and cost nothing.
    const hit = record.cache?.status === "hit";
    const usedTokens = hit ? 0 : (record.tokens?.total ?? 0);
    const usedMicros = hit ? 0 : toMicros(record.cost?.totalUsd ?? 0);
    const changes: QuotaAdjustment[] = [];
    const { buckets, info } = reservation.plan;
    for (let i = 0; i < buckets.length; i++) {
      const kind = info[i]!.kind;
      if (kind === "rpm" || kind === "rpd") {
        // Admitted uncounted while the store was away: count the request now.
        if (!reservation.reserved) changes.push(change(buckets[i]!, 1));
        continue;
      }
      const used = kind === "usd" ? usedMicros : usedTokens;
      const delta = reservation.reserved ? used - buckets[i]!.amount : used;
      if (delta !== 0) changes.push(change(buckets[i]!, delta));
    }
    return changes;
  }

  /** The admission when the store could not be asked: refused or let through uncounted, as configured. */
  storeFailed(error: unknown, pending: PendingReservation): Admission {
    const { plan, tokens, costMicros } = pending;
    if (this.settings.onStoreUnavailable === "closed") {
      this.deps.health.failed(error, false);
      return {
        kind: "refuse",
        denial: {
          kind: "deny",
          code: "store_unavailable",
          message:
            "Rate limits and budgets cannot be checked right now (the quota store is unavailable); try again shortly.",
          headers: { "retry-after": "1" },
        },
        tags: { limits_store: "unavailable" },
      };
    }
    this.deps.health.failed(error, true);
    return {
      kind: "admit",
      reservation: { plan, reserved: false, values: [], tokens, costMicros },
      headers: {},
    };
  }

  private defaultPolicy(keyId: string, defaults: DefaultLimits): QuotaPolicy {
    let policy = this.defaulted.get(keyId);
    if (!policy) {
      if (this.defaulted.size >= MAX_DEFAULTED_KEYS) this.defaulted.clear();
      policy = { ...defaults, scope: "key", id: keyId };
      this.defaulted.set(keyId, policy);
    }
    return policy;
  }

  /** The estimate's cost at the dearest provider listing the model; 0 for a model with no price. */
  private estimateCost(model: string | undefined, usage: PricedUsage): number {
    if (model === undefined) return 0;
    const cost = this.rates.cost(model, usage);
    if (cost !== undefined) return toMicros(cost, "up");
    if (!this.unpriced.has(model) && this.unpriced.size < MAX_UNPRICED_LOGGED) {
      this.unpriced.add(model);
      this.deps.logger.warn(
        { model },
        "a budget-limited request names a model with no price: it reserves nothing and its cost counts as 0 (add the model under pricing.overrides)",
      );
    }
    return 0;
  }
}

function change(
  bucket: { key: string; ttlMs: number; seed?: number | undefined },
  delta: number,
): QuotaAdjustment {
  return { key: bucket.key, delta, ttlMs: bucket.ttlMs, seed: bucket.seed };
}

/**
 * Soft budget alerts. After a request settles, each spend counter it touched is compared with its
 * budget's `alertAt` fractions; a fraction it reached is claimed with a reservation of limit 1 on
 * an "alert fired" counter for that scope, window and fraction: an atomic test-and-set, so of all
 * the gateway instances that see the crossing exactly one gets to send it. The winner POSTs the
 * webhook off the request's path, with retries. Each instance remembers what it has seen claimed,
 * so a crossed fraction costs one store call per instance and period, not one per request.
 */
import type { HttpClient, Logger, Quotas } from "@aigw/plugin-api";
import { type BucketInfo, counterKey, MICROS_PER_USD } from "./buckets.js";
import type { Reservation } from "./limiter.js";

export interface WebhookSettings {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
}

/** The JSON body of an alert. */
export interface BudgetAlert {
  type: "budget.threshold";
  scope: BucketInfo["scope"];
  id: string;
  period: "daily" | "monthly" | "total";
  /** The window's id (`d20426`, `M2025-06`, `all`). */
  window: string;
  fraction: number;
  limitUsd: number;
  thresholdUsd: number;
  /** The spend this instance saw when it noticed the crossing. */
  spentUsd: number;
  at: string;
}

/** Claims remembered per instance, at most (then forgotten wholesale: a claim is cheap to redo). */
const MAX_REMEMBERED = 10_000;
const FIRST_RETRY_MS = 500;

const PERIODS = { day: "daily", month: "monthly", total: "total", minute: "daily" } as const;

export interface AlertDeps {
  quotas: Quotas;
  http: HttpClient;
  logger: Logger;
  now: () => number;
  webhook: WebhookSettings;
  prefix: string;
  /** Waits between attempts (tests pass a faster one). */
  sleep?: (ms: number) => Promise<void>;
}

export class BudgetAlerts {
  private readonly claimed = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly deps: AlertDeps) {}

  /** Checks the spend counters of a settled reservation; `deltas` are what settling added to each. */
  check(reservation: Reservation, deltas: ReadonlyMap<string, number>): void {
    if (!reservation.reserved) return;
    const { buckets, info } = reservation.plan;
    for (let i = 0; i < buckets.length; i++) {
      const meta = info[i]!;
      if (meta.kind !== "usd" || !meta.alertAt || meta.alertAt.length === 0) continue;
      const bucket = buckets[i]!;
      const spent = (reservation.values[i] ?? 0) + (deltas.get(bucket.key) ?? 0);
      for (const fraction of meta.alertAt) {
        const threshold = Math.ceil(bucket.limit * fraction);
        if (spent < threshold) continue;
        const claim = `${counterKey(this.deps.prefix, "alert", meta.scope, meta.id, meta.windowId)}:${fraction}`;
        if (this.claimed.has(claim)) continue;
        if (this.claimed.size >= MAX_REMEMBERED) this.claimed.clear();
        this.claimed.add(claim);
        this.track(this.claimAndSend(claim, bucket.ttlMs, meta, fraction, bucket.limit, spent));
      }
    }
  }

  /** Resolves when every alert under way has been sent or given up. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  private async claimAndSend(
    claim: string,
    ttlMs: number,
    meta: BucketInfo,
    fraction: number,
    limitMicros: number,
    spentMicros: number,
  ): Promise<void> {
    try {
      const verdict = await this.deps.quotas.reserve([{ key: claim, limit: 1, amount: 1, ttlMs }]);
      if (!verdict.admitted) return; // another instance (or an earlier request) sent it
    } catch (error) {
      // Unclaimed: let a later request try again.
      this.claimed.delete(claim);
      this.deps.logger.warn(
        { err: error },
        "a budget alert could not be claimed: the quota store is unavailable",
      );
      return;
    }
    const alert: BudgetAlert = {
      type: "budget.threshold",
      scope: meta.scope,
      id: meta.id,
      period: PERIODS[meta.window],
      window: meta.windowId,
      fraction,
      limitUsd: limitMicros / MICROS_PER_USD,
      thresholdUsd: Math.ceil(limitMicros * fraction) / MICROS_PER_USD,
      spentUsd: spentMicros / MICROS_PER_USD,
      at: new Date(this.deps.now()).toISOString(),
    };
    await this.send(alert);
  }

  /** POSTs the alert, retrying failures with doubling pauses; logs when it gives up. */
  private async send(alert: BudgetAlert): Promise<void> {
    const { webhook, http, logger } = this.deps;
    const sleep = this.deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    const body = JSON.stringify(alert);
    let pause = FIRST_RETRY_MS;
    let last = "";
    for (let attempt = 0; attempt <= webhook.retries; attempt++) {
      if (attempt > 0) {
        await sleep(pause);
        pause *= 2;
      }
      try {
        const response = await http.request({
          url: webhook.url,
          method: "POST",
          headers: { "content-type": "application/json", ...webhook.headers },
          body,
          headersTimeoutMs: webhook.timeoutMs,
        });
        await response.dump();
        if (response.status >= 200 && response.status < 300) {
          logger.info({ scope: alert.scope, id: alert.id, fraction: alert.fraction }, "budget alert sent");
          return;
        }
        last = `status ${response.status}`;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
      }
    }
    logger.error(
      { scope: alert.scope, id: alert.id, fraction: alert.fraction, attempts: webhook.retries + 1, last },
      "a budget alert could not be delivered",
    );
  }
}

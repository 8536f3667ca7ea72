/**
 * The quota store's reachability as this node saw it: an outage is logged once when it starts
 * and once when it ends (with how many requests went through uncounted, or were refused, in
 * between), never once per request. Settlements that could not be written wait here, summed per
 * counter and bounded, and are written with the first store call that succeeds again, so spend
 * made while the store was away still counts once it is back.
 */
import type { Logger, QuotaAdjustment, Quotas } from "@aigw/plugin-api";

/** Counters with settlements waiting, at most (beyond: dropped, counted, logged). */
const MAX_PENDING = 10_000;
/** How often waiting settlements are retried while no request comes to try them. */
const RETRY_MS = 2_000;

export class StoreHealth {
  private down = false;
  private since = 0;
  private passed = 0;
  private refused = 0;
  private readonly pending = new Map<string, QuotaAdjustment>();
  private droppedPending = 0;
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly quotas: Quotas,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  /** A store call failed; `admitted` says whether the request went on anyway. */
  failed(error: unknown, admitted: boolean): void {
    if (admitted) this.passed++;
    else this.refused++;
    if (this.down) return;
    this.down = true;
    this.since = this.now();
    this.logger.warn(
      { err: error, code: (error as { code?: unknown }).code },
      admitted
        ? "the quota store is unreachable: requests go through without limits until it is back"
        : "the quota store is unreachable: limited requests are refused (503) until it is back",
    );
  }

  /** A store call succeeded: ends an outage, and writes the settlements that waited. */
  ok(): void {
    this.recovered();
    if (this.pending.size > 0) void this.flush();
  }

  private recovered(): void {
    if (this.down) {
      this.down = false;
      this.logger.info(
        {
          outageMs: this.now() - this.since,
          uncounted: this.passed,
          refused: this.refused,
          pending: this.pending.size,
        },
        "the quota store is reachable again",
      );
      this.passed = 0;
      this.refused = 0;
    }
  }

  /** Settles counters; what fails waits for the store to come back. Nothing to settle: no promise. */
  adjust(changes: readonly QuotaAdjustment[]): Promise<void> | undefined {
    if (changes.length === 0) return undefined;
    return this.quotas.adjust(changes).then(
      () => this.ok(),
      (error: unknown) => {
        this.failed(error, true);
        this.keep(changes);
      },
    );
  }

  /** Settlements waiting for the store. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /** Writes the waiting settlements now (tests, close). */
  flush(): Promise<void> {
    this.flushing ??= (async () => {
      const changes = [...this.pending.values()];
      this.pending.clear();
      try {
        await this.quotas.adjust(changes);
        this.recovered();
      } catch {
        this.keep(changes);
      } finally {
        this.flushing = undefined;
      }
    })();
    return this.flushing;
  }

  /** Stops the retry timer. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private keep(changes: readonly QuotaAdjustment[]): void {
    for (const change of changes) {
      const held = this.pending.get(change.key);
      if (held) held.delta += change.delta;
      else if (this.pending.size < MAX_PENDING) this.pending.set(change.key, { ...change });
      else if (this.droppedPending++ === 0)
        this.logger.error(
          { max: MAX_PENDING },
          "too many quota settlements wait for the store: later ones are dropped (their counters undercount)",
        );
    }
    if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (this.pending.size > 0) void this.flush();
      }, RETRY_MS);
      this.timer.unref?.();
    }
  }
}

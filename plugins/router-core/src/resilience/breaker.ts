/**
 * A circuit breaker per target, kept in the router node's store so every gateway sharing the
 * store (Redis) shares it. Closed: attempts are counted in time buckets (`increment`, TTL'd) and
 * when, over the sliding window, there were at least `minRequests` attempts and the failure
 * ratio reaches `failureRatio`, it opens. Open: the target is skipped until `cooldownMs` has
 * passed; then half-open: up to `halfOpenProbes` attempts go through (a shared counter); a probe
 * that succeeds closes it (with fresh counters: a new generation), one that fails opens it again.
 * Concurrent writers may race on the state key; the worst case is one extra probe or a
 * slightly later opening, never a stuck breaker (probe counters expire).
 */
import type { KeyValueStore } from "@aigw/plugin-api";

export interface BreakerOptions {
  windowMs: number;
  buckets: number;
  minRequests: number;
  failureRatio: number;
  cooldownMs: number;
  halfOpenProbes: number;
}

/** What the store holds per target (absent = closed, generation 0; `openedAt` when open). */
type StoredState = { s: "closed" | "open"; gen: number; openedAt?: number } & {
  [key: string]: string | number;
};

export type BreakerState = "closed" | "open" | "half-open";

/** Whether a target may be tried now; `probe` when this attempt tests a half-open target. */
export type Verdict =
  | { allowed: true; probe: boolean; gen: number }
  | { allowed: false; reopensAt: number; gen: number };

export class CircuitBreaker {
  private readonly bucketMs: number;

  constructor(
    private readonly store: KeyValueStore,
    private readonly options: BreakerOptions,
    private readonly now: () => number,
  ) {
    this.bucketMs = Math.max(1, Math.floor(options.windowMs / options.buckets));
  }

  private async read(id: string): Promise<StoredState> {
    return (await this.store.get<StoredState>(`cb:${id}`)) ?? { s: "closed", gen: 0 };
  }

  /** The state as a client would see it now. */
  async state(id: string): Promise<BreakerState> {
    const st = await this.read(id);
    if (st.s === "closed") return "closed";
    return this.now() < (st.openedAt ?? 0) + this.options.cooldownMs ? "open" : "half-open";
  }

  async admit(id: string): Promise<Verdict> {
    const st = await this.read(id);
    if (st.s === "closed") return { allowed: true, probe: false, gen: st.gen };
    const reopensAt = (st.openedAt ?? 0) + this.options.cooldownMs;
    if (this.now() < reopensAt) return { allowed: false, reopensAt, gen: st.gen };
    // Half-open: the first `halfOpenProbes` callers of this opening get through. The counter
    // expires after a cooldown, so a probe lost with its process does not block the target.
    const probes = await this.store.increment(
      `cb:${id}:probe:${st.gen}:${st.openedAt}`,
      1,
      this.options.cooldownMs,
    );
    if (probes <= this.options.halfOpenProbes) return { allowed: true, probe: true, gen: st.gen };
    return { allowed: false, reopensAt, gen: st.gen };
  }

  /** Records an attempt's outcome (`ok` false only for the upstream's own faults). */
  async record(id: string, verdict: Verdict, ok: boolean): Promise<void> {
    if (verdict.allowed && verdict.probe) {
      if (ok) await this.store.set(`cb:${id}`, { s: "closed", gen: verdict.gen + 1 }, this.closedTtl());
      else
        await this.store.set(
          `cb:${id}`,
          { s: "open", gen: verdict.gen, openedAt: this.now() },
          this.openTtl(),
        );
      return;
    }
    const now = this.now();
    const bucket = Math.floor(now / this.bucketMs);
    const ttl = this.options.windowMs + this.bucketMs;
    const prefix = `cb:${id}:${verdict.gen}`;
    await this.store.increment(`${prefix}:${bucket}:n`, 1, ttl);
    if (ok) return;
    await this.store.increment(`${prefix}:${bucket}:f`, 1, ttl);
    const { total, failures } = await this.window(prefix, bucket, ttl);
    if (total < this.options.minRequests || failures / total < this.options.failureRatio) return;
    // Trip only a breaker still closed in this generation (another process may have tripped it).
    const current = await this.read(id);
    if (current.s === "closed" && current.gen === verdict.gen)
      await this.store.set(`cb:${id}`, { s: "open", gen: verdict.gen, openedAt: now }, this.openTtl());
  }

  // State keys expire so nothing is left behind: an open breaker unvisited long after its
  // cooldown is forgotten (closed); a closed one's generation outlives its counters' window.
  private openTtl(): number {
    return 2 * (this.options.cooldownMs + this.options.windowMs);
  }

  private closedTtl(): number {
    return 2 * this.options.windowMs + this.bucketMs;
  }

  /** Attempts and failures over the window's buckets (counters are read by adding 0). */
  private async window(prefix: string, bucket: number, ttl: number) {
    const reads: Promise<number>[] = [];
    for (let b = bucket - this.options.buckets + 1; b <= bucket; b++) {
      reads.push(
        this.store.increment(`${prefix}:${b}:n`, 0, ttl),
        this.store.increment(`${prefix}:${b}:f`, 0, ttl),
      );
    }
    const values = await Promise.all(reads);
    let total = 0;
    let failures = 0;
    for (let i = 0; i < values.length; i += 2) {
      total += values[i]!;
      failures += values[i + 1]!;
    }
    return { total, failures };
  }
}

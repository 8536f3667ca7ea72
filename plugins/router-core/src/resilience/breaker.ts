/**
 * A circuit breaker per target, kept in the router node's store so every gateway sharing the
 * store (Redis) shares it. Closed: attempts are counted in time buckets (`increment`, TTL'd) and
 * when, over the sliding window, there were at least `minRequests` attempts and the failure
 * ratio reaches `failureRatio`, it opens. Open: the target is skipped until `cooldownMs` has
 * passed; then half-open: up to `halfOpenProbes` attempts go through (a shared counter); a probe
 * that succeeds closes it (with fresh counters: a new generation), one that fails opens it again.
 * Concurrent writers may race on the state key; the worst case is one extra probe or a
 * slightly later opening, never a stuck breaker (probe counters expire).
 *
 * The hot path stays off the store: each process keeps the state it last read or wrote and
 * reads the store again only when that copy is older than `SYNC_MS`, and it adds up successes
 * locally, writing them at most every `SYNC_MS`. So a healthy target costs no store round trip
 * per request (two Redis commands each, before), a state change made by another process is seen
 * within `SYNC_MS`, and a failure still goes to the store at once: it first writes this
 * process's pending successes, so the failure ratio it checks counts every attempt made here.
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

/**
 * Whether a target may be tried now; `probe` when this attempt tests a half-open target. A
 * refusal says whether the breaker is still cooling down (`open`) or half-open with every probe
 * already taken.
 */
export type Verdict =
  | { allowed: true; probe: boolean; gen: number }
  | { allowed: false; reopensAt: number; gen: number; state: "open" | "half-open" };

/** A change of state that recording an attempt made: the breaker closed, or it opened. */
export type BreakerChange = "closed" | "open" | undefined;

/** A target's state as last read or written here, when, and the verdict it gives while closed. */
interface Known {
  state: StoredState;
  at: number;
  admitted: Verdict | undefined;
}

function known(state: StoredState, at: number): Known {
  return {
    state,
    at,
    admitted: state.s === "closed" ? { allowed: true, probe: false, gen: state.gen } : undefined,
  };
}

const CLOSED = (): BreakerChange => "closed";
const OPENED = (): BreakerChange => "open";

/** How stale this process's copy of a target's state may be, and how long successes gather. */
export const SYNC_MS = 100;

export class CircuitBreaker {
  private readonly bucketMs: number;
  /** The state of each target as last read or written here, and when (by `now`). */
  private readonly known = new Map<string, Known>();
  /** Successes counted here and not yet added to the store, by counter key. */
  private readonly unsent = new Map<string, number>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: KeyValueStore,
    private readonly options: BreakerOptions,
    private readonly now: () => number,
  ) {
    this.bucketMs = Math.max(1, Math.floor(options.windowMs / options.buckets));
  }

  private async read(id: string): Promise<StoredState> {
    const state = (await this.store.get<StoredState>(`cb:${id}`)) ?? { s: "closed", gen: 0 };
    this.known.set(id, known(state, this.now()));
    return state;
  }

  /** Writes a target's state to the store and to this process's copy. */
  private async write(id: string, state: StoredState, ttlMs: number): Promise<void> {
    this.known.set(id, known(state, this.now()));
    await this.store.set(`cb:${id}`, state, ttlMs);
  }

  /** The state as a client would see it now. */
  async state(id: string): Promise<BreakerState> {
    const st = await this.read(id);
    if (st.s === "closed") return "closed";
    return this.now() < (st.openedAt ?? 0) + this.options.cooldownMs ? "open" : "half-open";
  }

  /** Whether `id` may be tried now; synchronous while this process's copy is fresh and closed. */
  admit(id: string): Verdict | Promise<Verdict> {
    const copy = this.known.get(id);
    const fresh = copy !== undefined && this.now() - copy.at < SYNC_MS;
    // The same verdict object each time: nothing is allocated per request on the common path.
    if (fresh && copy.admitted) return copy.admitted;
    return this.admitFrom(id, fresh ? copy.state : undefined);
  }

  private async admitFrom(id: string, fresh: StoredState | undefined): Promise<Verdict> {
    const st = fresh ?? (await this.read(id));
    if (st.s === "closed") return { allowed: true, probe: false, gen: st.gen };
    const reopensAt = (st.openedAt ?? 0) + this.options.cooldownMs;
    if (this.now() < reopensAt) return { allowed: false, reopensAt, gen: st.gen, state: "open" };
    // Half-open: the first `halfOpenProbes` callers of this opening get through. The counter
    // expires after a cooldown, so a probe lost with its process does not block the target.
    const probes = await this.store.increment(
      `cb:${id}:probe:${st.gen}:${st.openedAt}`,
      1,
      this.options.cooldownMs,
    );
    if (probes <= this.options.halfOpenProbes) return { allowed: true, probe: true, gen: st.gen };
    return { allowed: false, reopensAt, gen: st.gen, state: "half-open" };
  }

  /**
   * Records an attempt's outcome (`ok` false only for the upstream's own faults). A success
   * outside a probe is counted here and returns at once; the rest goes to the store now, and
   * resolves with the change it made (a probe closing or reopening the breaker, a failure
   * tripping it), if any.
   */
  record(id: string, verdict: Verdict, ok: boolean): void | Promise<BreakerChange> {
    if (verdict.allowed && verdict.probe) {
      return ok
        ? this.write(id, { s: "closed", gen: verdict.gen + 1 }, this.closedTtl()).then(CLOSED)
        : this.write(id, { s: "open", gen: verdict.gen, openedAt: this.now() }, this.openTtl()).then(OPENED);
    }
    const now = this.now();
    const bucket = Math.floor(now / this.bucketMs);
    const prefix = `cb:${id}:${verdict.gen}`;
    const attempts = `${prefix}:${bucket}:n`;
    if (ok) {
      this.unsent.set(attempts, (this.unsent.get(attempts) ?? 0) + 1);
      this.flushTimer ??= setTimeout(() => void this.flush(), SYNC_MS);
      // A pending write of counts must not keep a process alive (timers without unref: no-op).
      (this.flushTimer as { unref?: () => void }).unref?.();
      return;
    }
    return this.recordFailure(id, verdict, now, bucket, prefix);
  }

  private async recordFailure(
    id: string,
    verdict: Verdict,
    now: number,
    bucket: number,
    prefix: string,
  ): Promise<BreakerChange> {
    const ttl = this.options.windowMs + this.bucketMs;
    await this.flush();
    await this.store.increment(`${prefix}:${bucket}:n`, 1, ttl);
    await this.store.increment(`${prefix}:${bucket}:f`, 1, ttl);
    const { total, failures } = await this.window(prefix, bucket, ttl);
    if (total < this.options.minRequests || failures / total < this.options.failureRatio) return undefined;
    // Trip only a breaker still closed in this generation (another process may have tripped it).
    const current = await this.read(id);
    if (current.s !== "closed" || current.gen !== verdict.gen) return undefined;
    await this.write(id, { s: "open", gen: verdict.gen, openedAt: now }, this.openTtl());
    return "open";
  }

  /** Adds the successes counted here to the store's counters. */
  async flush(): Promise<void> {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.unsent.size === 0) return;
    const ttl = this.options.windowMs + this.bucketMs;
    const writes = [...this.unsent].map(([key, count]) => this.store.increment(key, count, ttl));
    this.unsent.clear();
    await Promise.all(writes);
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

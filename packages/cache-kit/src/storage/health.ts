/**
 * A shared store's health, as a cache sees it. Every operation gets a deadline (a Redis client
 * that lost its server queues commands rather than failing them). The first failure starts an
 * outage: it is logged once, and for `retryMs` lookups and writes skip the store (a miss, not a
 * wait); then one operation tries again. The first success after an outage ends it, logged once;
 * only the success of an operation begun after the latest failure counts: one that was already
 * on its way when the connection broke may still come back as a success (a client that reports
 * a broken read as nothing found), and says nothing about the store now.
 */
import type { Clock, Logger } from "@aigw/plugin-api";

/** An operation that did not finish in time. */
export class StoreTimeoutError extends Error {
  constructor(ms: number) {
    super(`the cache store did not answer within ${ms} ms`);
    this.name = "StoreTimeoutError";
  }
}

/** Tracks outages of one shared store and runs its operations under a deadline. */
export class StoreHealth {
  private down = false;
  private retryAt = 0;
  /** Operations that failed or were skipped during the current outage. */
  private missed = 0;
  /** Operations begun so far; and how many had begun at the latest failure. */
  private begun = 0;
  private begunAtFailure = 0;

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly timeoutMs: number,
    private readonly retryMs: number,
  ) {}

  /** Whether to try the store now (false while an outage's pause lasts: count it as missed). */
  available(): boolean {
    if (!this.down || this.clock.monotonic() >= this.retryAt) return true;
    this.missed++;
    return false;
  }

  /** Runs `operation` under the deadline, noting its success or failure; rejects on failure. */
  run<T>(operation: () => Promise<T>): Promise<T> {
    const ticket = ++this.begun;
    let pending: Promise<T>;
    try {
      pending = operation();
    } catch (error) {
      this.failed(error);
      return Promise.reject(error);
    }
    return new Promise<T>((resolve, reject) => {
      // Whatever the operation does after its deadline no longer counts, either way.
      let late = false;
      const timer = setTimeout(() => {
        late = true;
        const error = new StoreTimeoutError(this.timeoutMs);
        this.failed(error);
        reject(error);
      }, this.timeoutMs);
      pending.then(
        (value) => {
          if (late) return;
          clearTimeout(timer);
          this.succeeded(ticket);
          resolve(value);
        },
        (error: unknown) => {
          if (late) return;
          clearTimeout(timer);
          this.failed(error);
          reject(error);
        },
      );
    });
  }

  private failed(error: unknown): void {
    this.missed++;
    this.begunAtFailure = this.begun;
    this.retryAt = this.clock.monotonic() + this.retryMs;
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      { err: error },
      "cache store unavailable: lookups are misses and answers are not stored until it answers again",
    );
  }

  private succeeded(ticket: number): void {
    if (!this.down || ticket <= this.begunAtFailure) return;
    this.down = false;
    this.logger.info({ missed: this.missed }, "cache store available again");
    this.missed = 0;
  }
}

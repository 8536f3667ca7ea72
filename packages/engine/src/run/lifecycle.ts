/**
 * What the gateway has in flight, and the observers that run after each answer: counts requests
 * and open streams, queues finish hooks off the critical path, and tells `idle()` and `drain()`
 * when everything has settled. One per gateway; the request flow only calls `begin`, `observe`
 * and `release`.
 */
import type { Logger } from "@aigw/plugin-api";
import type { ExecutionPlan } from "../plan/plan.js";
import type { BodyCapture } from "../record/bodies.js";
import { type Ending, runFinishPhase } from "./finish-phase.js";
import type { RequestState } from "./request-state.js";

interface Finished {
  plan: ExecutionPlan;
  state: RequestState;
  ending: Ending;
}

export class Lifecycle {
  /** Requests (and streams) still running. */
  active = 0;
  /** Set by `drain`: new requests are refused from then on. */
  draining = false;
  /** Finished requests whose observers have not run yet. */
  private queue: Finished[] = [];
  /** Observer batches queued or running. */
  private observing = 0;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly logger: Logger,
    private readonly bodies?: BodyCapture | undefined,
  ) {}

  begin(): void {
    this.active++;
  }

  /** A request or stream is over (its observers may still be queued). */
  release(): void {
    this.active--;
    this.checkIdle();
  }

  /**
   * Runs observers after the answer is handed over, off the critical path; counted for drain.
   * Requests finishing close together share one timer: a timer, a promise chain and a set entry
   * per request cost the logging pipeline measurable CPU, and kept each request's state alive
   * for its own timer's sake.
   */
  observe(plan: ExecutionPlan, state: RequestState, ending: Ending): void {
    if (plan.observers.length === 0) return;
    // The request ends now, not when its observers get to run (later, in a batch).
    state.endedAt = state.now();
    this.observing++;
    this.queue.push({ plan, state, ending });
    if (this.queue.length === 1) setTimeout(() => this.runQueue(), 0);
  }

  private runQueue(): void {
    const batch = this.queue;
    this.queue = [];
    for (const { plan, state, ending } of batch) {
      let running: void | Promise<void>;
      try {
        running = runFinishPhase(plan, state, ending, this.bodies);
      } catch (error) {
        running = undefined;
        this.logger.error({ err: error }, "finish phase failed");
      }
      if (!running) {
        this.observing--;
        continue;
      }
      // runFinishPhase logs each observer's failure itself; nothing here can reach a client.
      running
        .catch((error: unknown) => this.logger.error({ err: error }, "finish phase failed"))
        .finally(() => {
          this.observing--;
          this.checkIdle();
        });
    }
    this.checkIdle();
  }

  private checkIdle(): void {
    if (this.active !== 0 || this.observing !== 0 || this.waiters.size === 0) return;
    for (const wake of this.waiters) wake();
    this.waiters.clear();
  }

  /** Resolves once no request, stream or observer is running. */
  idle(): Promise<void> {
    if (this.active === 0 && this.observing === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.add(resolve));
  }

  /** Stops taking requests and waits for what is in flight, or the timeout. */
  async drain(timeoutMs: number): Promise<void> {
    this.draining = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
    ]);
    clearTimeout(timer);
  }
}

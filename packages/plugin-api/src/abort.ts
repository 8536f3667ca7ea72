/**
 * An abort without an `AbortSignal` until someone asks for one: the engine's per-request and
 * per-node aborts (`ctx.cancellation`), and a plugin's own when it fans one call out to many (one
 * failed part stops the rest). On Node 20 an `AbortController` with a listener costs ~5 µs
 * (docs/benchmarks.md), while the HTTP client and the wire helpers only need the cheap
 * `AbortSignalLike` this class is; `signal` makes the real one on first use, in the same state.
 * It has no listener limit: a fan-out of hundreds of calls warns about nothing.
 */
import type { AbortSignalLike } from "./services.js";

type Listener = () => void;

export class LazyAbort implements AbortSignalLike {
  aborted = false;
  reason: unknown = undefined;
  private listeners: Listener[] | undefined;
  private controller: AbortController | undefined;

  /** Follows `parent`: aborted with its reason when it is. */
  constructor(parent?: AbortSignalLike) {
    if (!parent) return;
    if (parent.aborted) {
      this.aborted = true;
      this.reason = parent.reason;
    } else {
      // Left on: a parent lives no longer than the request its children belong to.
      parent.addEventListener("abort", () => this.abort(parent.reason), { once: true });
    }
  }

  /** Like `AbortSignal`: a listener added after the abort is never called; each runs once. */
  addEventListener(_type: "abort", listener: Listener): void {
    if (this.aborted) return;
    if (this.listeners) this.listeners.push(listener);
    else this.listeners = [listener];
  }

  removeEventListener(_type: "abort", listener: Listener): void {
    const at = this.listeners?.indexOf(listener) ?? -1;
    if (at >= 0) this.listeners!.splice(at, 1);
  }

  /** Aborts once; later calls change nothing. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    const listeners = this.listeners;
    this.listeners = undefined;
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        listener();
      } catch {
        // One failing listener must not stop the others, nor (unlike an AbortSignal's, which
        // Node reports as uncaught) bring the process down: aborting is already the bad path.
      }
    }
  }

  /** The same abort as a real `AbortSignal`, for APIs that need one (`fetch`, timers). */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }
}

/**
 * The signal one call to the check service runs under: it aborts when the request's own signal
 * does (the client left, the node timed out, a sibling ended the request) or when the call's time
 * is up, whichever comes first. One timer covers the whole exchange, headers and body, which the
 * HTTP client's headers timeout alone does not. (`AbortSignal.any` with `AbortSignal.timeout`
 * would need a real AbortSignal from the context, which costs a controller per request, and its
 * timer could not be cleared once the call is done.)
 */
import type { AbortSignalLike } from "@aigw/plugin-api";

/** An `AbortSignalLike` that aborts with `parent` or after `timeoutMs`; `dispose()` once done. */
export class Deadline implements AbortSignalLike {
  aborted = false;
  reason: unknown = undefined;
  /** True when the time ran out (rather than the request being aborted). */
  expired = false;
  private listeners: (() => void)[] = [];
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onParent = () => this.abort(this.parent.reason);

  constructor(
    private readonly parent: AbortSignalLike,
    readonly timeoutMs: number,
  ) {
    this.timer = setTimeout(() => {
      this.expired = true;
      this.abort(new Error(`the call took longer than ${timeoutMs} ms`));
    }, timeoutMs);
    if (parent.aborted) this.abort(parent.reason);
    else parent.addEventListener("abort", this.onParent, { once: true });
  }

  addEventListener(_type: "abort", listener: () => void): void {
    if (!this.aborted) this.listeners.push(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    this.listeners = this.listeners.filter((l) => l !== listener);
  }

  /** Stops the timer and lets go of the request's signal: the call is over. */
  dispose(): void {
    clearTimeout(this.timer);
    this.parent.removeEventListener("abort", this.onParent);
    this.listeners = [];
  }

  private abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    clearTimeout(this.timer);
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }
}

/**
 * The batch span processor: a bounded queue that the `finish` hook only appends to, and one
 * export at a time in the background, sent when a batch is full or when the oldest queued span
 * has waited `scheduledDelayMs`. An export that may succeed later (collector down, 429, 503) is
 * retried with backoff, its spans kept at the head of the queue; meanwhile the queue fills, and a
 * request whose spans do not fit is dropped whole at the door (counted, one log line per burst of
 * drops) rather than accepted and lost. `close()` sends what is left, trying for at most
 * `exportTimeoutMs`.
 */
import type { Logger } from "@aigw/plugin-api";
import type { ExportResult } from "./otlp-http.js";

/** Sends one batch of serialised spans within `timeoutMs`; never rejects. */
export type SendBatch = (spans: readonly string[], timeoutMs: number) => Promise<ExportResult>;

export interface BatchExporterOptions {
  readonly send: SendBatch;
  readonly maxQueueSize: number;
  readonly maxBatchSize: number;
  readonly scheduledDelayMs: number;
  readonly exportTimeoutMs: number;
  readonly logger: Logger;
  /** Wall clock in ms, for backoff, the shutdown deadline and drop bursts. */
  readonly now: () => number;
  /** Where the log lines say spans go. */
  readonly endpoint: string;
  /** First retry delay; doubles up to `maxBackoffMs`. */
  readonly initialBackoffMs?: number | undefined;
  readonly maxBackoffMs?: number | undefined;
}

/** What the exporter has done so far (for tests and diagnostics). */
export interface ExporterStats {
  /** Spans waiting, the batch being sent included. */
  readonly queued: number;
  /** Spans the collector accepted. */
  readonly exported: number;
  /** Spans refused at the door because the queue was full, or after close. */
  readonly dropped: number;
  /** Spans accepted but never delivered: refused by the collector, or still unsent when close gave up. */
  readonly lost: number;
}

/**
 * A burst of drops is reported once it ends (the queue is half empty again), or after this long;
 * a failing streak is logged when it starts and again after this long.
 */
const REPORT_EVERY_MS = 60_000;

/** Unref'd timers: pending spans never keep a process alive on their own. */
function unref(timer: ReturnType<typeof setTimeout>): ReturnType<typeof setTimeout> {
  (timer as { unref?: () => void }).unref?.();
  return timer;
}

export class BatchExporter {
  private readonly queue: string[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pumping: Promise<void> | undefined;
  /** Spans a timer, flush or close asked to send even though they do not fill a batch. */
  private owed = 0;
  private closing = false;
  private closeDeadline = 0;
  /** Ends a backoff wait early (close wants the retry now). */
  private wake: (() => void) | undefined;
  private exported = 0;
  private dropped = 0;
  private lost = 0;
  /** The drop burst under way: spans dropped in it and when it began. */
  private burst: { spans: number; requests: number; since: number } | undefined;
  /** The failing streak under way: exports failed in it, and when it was last logged. */
  private failing = 0;
  private failureLoggedAt = 0;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;

  constructor(private readonly options: BatchExporterOptions) {
    this.initialBackoffMs = options.initialBackoffMs ?? 500;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
  }

  /**
   * Queues one request's spans, all or none: false (and counted as dropped) when they do not fit
   * or the exporter is closed.
   */
  add(spans: readonly string[]): boolean {
    if (spans.length === 0) return true;
    if (this.closing) {
      this.dropped += spans.length;
      return false;
    }
    if (this.queue.length + spans.length > this.options.maxQueueSize) {
      this.drop(spans.length);
      return false;
    }
    for (const span of spans) this.queue.push(span);
    this.schedule();
    return true;
  }

  /** Sends everything queued now (retrying as usual); resolves when the exporter is idle. */
  async flush(): Promise<void> {
    this.owed = this.queue.length;
    if (!this.pumping && this.owed > 0) this.start();
    while (this.pumping) await this.pumping;
  }

  /**
   * Refuses new spans, sends what is queued, retrying for at most `exportTimeoutMs`, and counts
   * and logs what could not be sent.
   */
  async close(): Promise<void> {
    if (this.closing) return this.flush();
    this.closing = true;
    this.closeDeadline = this.options.now() + this.options.exportTimeoutMs;
    this.wake?.();
    await this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const left = this.queue.splice(0).length;
    if (left > 0) {
      this.lost += left;
      this.options.logger.warn(
        { endpoint: this.options.endpoint, spans: left },
        `tracing: ${left} spans could not be exported before shutdown`,
      );
    }
    this.reportBurst();
  }

  stats(): ExporterStats {
    return { queued: this.queue.length, exported: this.exported, dropped: this.dropped, lost: this.lost };
  }

  private drop(spans: number): void {
    this.dropped += spans;
    this.burst ??= { spans: 0, requests: 0, since: this.options.now() };
    this.burst.spans += spans;
    this.burst.requests += 1;
    if (this.options.now() - this.burst.since >= REPORT_EVERY_MS) this.reportBurst();
  }

  /** Logs the drop burst under way, if any, and starts counting afresh. */
  private reportBurst(): void {
    const burst = this.burst;
    if (!burst) return;
    this.burst = undefined;
    this.options.logger.warn(
      {
        endpoint: this.options.endpoint,
        droppedSpans: burst.spans,
        droppedRequests: burst.requests,
        maxQueueSize: this.options.maxQueueSize,
      },
      `tracing: the span queue was full; dropped the spans of ${burst.requests} requests (${burst.spans} spans)`,
    );
  }

  /** Starts an export when a batch is full, else arms the timer for the oldest span. */
  private schedule(): void {
    // Once closing, only close's own flush sends (and it may have given up on the rest).
    if (this.pumping || this.closing) return;
    if (this.queue.length >= this.options.maxBatchSize) {
      this.start();
      return;
    }
    if (this.queue.length > 0 && !this.timer) {
      this.timer = unref(
        setTimeout(() => {
          this.timer = undefined;
          this.owed = this.queue.length;
          if (!this.pumping) this.start();
        }, this.options.scheduledDelayMs),
      );
    }
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pumping = this.pump().finally(() => {
      this.pumping = undefined;
      this.schedule();
    });
  }

  private async pump(): Promise<void> {
    while (this.owed > 0 || this.queue.length >= this.options.maxBatchSize) {
      const size = Math.min(this.options.maxBatchSize, this.queue.length);
      if (size === 0) break;
      // The batch stays in the queue while it is sent: retried spans count against its bound.
      if (!(await this.exportBatch(this.queue.slice(0, size)))) break;
      this.queue.splice(0, size);
      this.owed = Math.max(0, this.owed - size);
      if (this.burst && this.queue.length <= this.options.maxQueueSize / 2) this.reportBurst();
    }
    this.owed = 0;
  }

  /**
   * Sends one batch until it is delivered or refused for good (true), or close runs out of time
   * (false: the batch is still owed).
   */
  private async exportBatch(batch: readonly string[]): Promise<boolean> {
    let backoff = this.initialBackoffMs;
    for (;;) {
      if (this.closing && this.options.now() >= this.closeDeadline) return false;
      const timeoutMs = this.closing
        ? Math.max(1, Math.min(this.options.exportTimeoutMs, this.closeDeadline - this.options.now()))
        : this.options.exportTimeoutMs;
      const result = await this.options.send(batch, timeoutMs);
      if (result.ok) {
        this.delivered(batch.length, result.rejectedSpans, result.message);
        return true;
      }
      this.failed(result.reason, result.retryable, batch.length);
      if (!result.retryable) {
        this.lost += batch.length;
        return true;
      }
      const wait = Math.min(result.retryAfterMs ?? backoff, this.maxBackoffMs);
      if (this.closing && this.options.now() + wait >= this.closeDeadline) return false;
      await this.sleep(wait);
      backoff = Math.min(backoff * 2, this.maxBackoffMs);
    }
  }

  private delivered(spans: number, rejected: number, message: string | undefined): void {
    const accepted = Math.max(0, spans - rejected);
    this.exported += accepted;
    this.lost += spans - accepted;
    if (this.failing > 0) {
      this.options.logger.info(
        { endpoint: this.options.endpoint, failedExports: this.failing },
        "tracing: exporting spans again",
      );
      this.failing = 0;
    }
    if (rejected > 0)
      this.options.logger.warn(
        { endpoint: this.options.endpoint, rejectedSpans: rejected, reason: message },
        `tracing: the collector rejected ${rejected} of ${spans} spans`,
      );
  }

  /** Logs a failing streak when it starts, then at most once a minute while it lasts. */
  private failed(reason: string, retryable: boolean, spans: number): void {
    this.failing += 1;
    const now = this.options.now();
    if (this.failing > 1 && now - this.failureLoggedAt < REPORT_EVERY_MS) return;
    this.failureLoggedAt = now;
    this.options.logger.warn(
      { endpoint: this.options.endpoint, reason, failedExports: this.failing, spans },
      retryable
        ? "tracing: could not export spans; retrying with backoff"
        : `tracing: the collector refused ${spans} spans; they are dropped (not retried)`,
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = unref(
        setTimeout(() => {
          this.wake = undefined;
          resolve();
        }, ms),
      );
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }
}

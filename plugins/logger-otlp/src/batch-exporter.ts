/**
 * The queue between the `finish` hook and the collector. `push` only queues (a request never
 * waits on the network); records are encoded and exported in batches, one export at a time, when
 * `maxBatchSize` records are waiting or `flushIntervalMs` after the first one. The queue is
 * bounded: while exports are slow or failing, records beyond `maxQueueSize` are dropped, counted,
 * and reported once per burst (when it begins, and with its count when records are taken again).
 * A batch the collector cannot take now (unreachable, 429, 502-504) is retried with backoff
 * (doubling from `retryMs`, or the collector's `Retry-After`) up to `maxAttempts`; then, or on a
 * final error, it is dropped and counted. `close` exports what is left, within `timeoutMs`.
 */
import type { KeyValue } from "@aigw/otel-kit";
import type { HttpClient, Logger, RequestRecord } from "@aigw/plugin-api";
import { exportOnce } from "./export-call.js";
import { type OtlpLogRecord, toLogRecord } from "./log-record.js";

/** How a {@link BatchExporter} exports. */
export interface BatchExporterOptions {
  endpoint: string;
  headers: Record<string, string>;
  http: HttpClient;
  logger: Logger;
  /** The resource's attributes (`service.name` and the configured ones). */
  resource: KeyValue[];
  scope: { name: string; version: string };
  includeTimings: boolean;
  flushIntervalMs: number;
  maxBatchSize: number;
  maxQueueSize: number;
  /** One export's time limit, and `close`'s budget. */
  timeoutMs: number;
  maxAttempts: number;
  /** First retry delay (default 1 s), doubling up to `maxRetryMs` (default 30 s). */
  retryMs?: number;
  maxRetryMs?: number;
  /** Wall clock, ms since the epoch (observed times, Retry-After dates). */
  now: () => number;
}

/** What became of the records pushed so far. */
export interface ExportStats {
  /** Accepted by the collector. */
  exported: number;
  /** Refused at `push`: the queue was full (or the exporter closed). */
  dropped: number;
  /** Given up on: a final error, attempts used up, or still queued when `close` ran out of time. */
  failed: number;
  /** Taken by the collector but rejected (its partial-success answer). */
  rejected: number;
}

interface Queued {
  record: RequestRecord;
  observedAt: number;
}

/** See the module comment. */
export class BatchExporter {
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private exporting: Promise<void> | undefined;
  private readonly counts: ExportStats = { exported: 0, dropped: 0, failed: 0, rejected: 0 };
  /** Records dropped since the last one taken. */
  private burst = 0;
  /** True while exports fail, so the warning is logged once per outage. */
  private failing = false;
  /** True while answers reject records, so that is logged once per stretch. */
  private rejecting = false;
  /** Set by `close`: no more records; retries stop waiting; nothing outlives the deadline. */
  private deadline: number | undefined;
  /** Ends the backoff wait of a retry at once (used by `close`). */
  private wake: (() => void) | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: BatchExporterOptions) {}

  /** Counts so far. */
  get stats(): Readonly<ExportStats> {
    return this.counts;
  }

  /** Records waiting to be exported. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues one record; false when it was dropped. Never throws, never waits. */
  push(record: RequestRecord): boolean {
    if (this.deadline !== undefined) {
      // Shutdown began: nothing more is exported (the engine stops observers before it closes them).
      this.counts.dropped++;
      return false;
    }
    if (this.queue.length >= this.options.maxQueueSize) {
      this.counts.dropped++;
      if (this.burst++ === 0)
        this.options.logger.warn(
          { endpoint: this.options.endpoint, maxQueueSize: this.options.maxQueueSize },
          "OTLP log queue is full; dropping records until exports catch up",
        );
      return false;
    }
    if (this.burst > 0) this.endBurst();
    this.queue.push({ record, observedAt: this.options.now() });
    this.schedule();
    return true;
  }

  /** Exports what is queued, within `timeoutMs`; records left after that are counted as failed and logged. */
  close(): Promise<void> {
    this.closing ??= this.drain();
    return this.closing;
  }

  private async drain(): Promise<void> {
    this.deadline = Date.now() + this.options.timeoutMs;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.burst > 0) this.endBurst();
    this.wake?.();
    await this.exporting;
    while (this.queue.length > 0 && Date.now() < this.deadline) await this.exportBatch();
    if (this.queue.length > 0) {
      this.counts.failed += this.queue.length;
      this.options.logger.error(
        { endpoint: this.options.endpoint, lost: this.queue.length },
        "OTLP log records could not be exported before shutdown",
      );
      this.queue = [];
    }
  }

  private schedule(): void {
    if (this.exporting || this.deadline !== undefined) return;
    if (this.queue.length >= this.options.maxBatchSize) {
      this.startExport();
      return;
    }
    if (this.timer || this.queue.length === 0) return;
    this.timer = setTimeout(() => this.startExport(), this.options.flushIntervalMs);
    // A pending export must not keep the process alive; close() exports at shutdown.
    this.timer.unref?.();
  }

  private startExport(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.exporting || this.queue.length === 0) return;
    this.exporting = this.exportBatch().finally(() => {
      this.exporting = undefined;
      this.schedule();
    });
  }

  /** Exports the first batch, retrying as the module comment says; never rejects. */
  private async exportBatch(): Promise<void> {
    const batch = this.queue.splice(0, this.options.maxBatchSize);
    let body: string;
    try {
      body = this.payload(batch);
    } catch (error) {
      this.counts.failed += batch.length;
      this.options.logger.error({ err: error, records: batch.length }, "could not encode OTLP log records");
      return;
    }
    const { maxAttempts, timeoutMs } = this.options;
    let delay = this.options.retryMs ?? 1_000;
    for (let attempt = 1; ; attempt++) {
      const left = this.deadline === undefined ? timeoutMs : Math.min(timeoutMs, this.deadline - Date.now());
      if (left <= 0) {
        this.giveUp(batch.length, attempt - 1, "shutdown deadline reached");
        return;
      }
      const { http, endpoint, headers, now } = this.options;
      const result = await exportOnce(http, endpoint, headers, body, left, now);
      if (result.ok) {
        this.succeeded(batch.length, result.rejected, result.message);
        return;
      }
      if (!this.failing) {
        this.failing = true;
        this.options.logger.warn(
          { endpoint, reason: result.reason, records: batch.length },
          result.retryable ? "OTLP export failed; retrying" : "OTLP export refused",
        );
      }
      if (!result.retryable || attempt >= maxAttempts) {
        this.giveUp(batch.length, attempt, result.reason);
        return;
      }
      const maxRetryMs = this.options.maxRetryMs ?? 30_000;
      // Shutting down, the collector's Retry-After cannot be honoured: back off only as usual.
      const wait =
        this.deadline === undefined
          ? Math.min(result.retryAfterMs ?? delay, maxRetryMs)
          : Math.min(delay, Math.max(0, this.deadline - Date.now()));
      delay = Math.min(delay * 2, maxRetryMs);
      await this.sleep(wait);
    }
  }

  private payload(batch: Queued[]): string {
    const { includeTimings, resource, scope } = this.options;
    const logRecords: OtlpLogRecord[] = batch.map((q) => toLogRecord(q.record, q.observedAt, includeTimings));
    return JSON.stringify({
      resourceLogs: [{ resource: { attributes: resource }, scopeLogs: [{ scope, logRecords }] }],
    });
  }

  private succeeded(records: number, rejected: number, message: string | undefined): void {
    this.counts.exported += records - Math.min(rejected, records);
    this.counts.rejected += Math.min(rejected, records);
    if (this.failing) {
      this.failing = false;
      this.options.logger.info({ endpoint: this.options.endpoint }, "OTLP exports succeed again");
    }
    if (rejected > 0 && !this.rejecting)
      this.options.logger.warn(
        { endpoint: this.options.endpoint, rejected, message },
        "the OTLP receiver rejected some log records",
      );
    this.rejecting = rejected > 0;
  }

  private giveUp(records: number, attempts: number, reason: string): void {
    this.counts.failed += records;
    this.options.logger.error(
      { endpoint: this.options.endpoint, records, attempts, reason, failedTotal: this.counts.failed },
      "OTLP export given up; its log records are dropped",
    );
  }

  private endBurst(): void {
    this.options.logger.warn(
      { endpoint: this.options.endpoint, dropped: this.burst, droppedTotal: this.counts.dropped },
      "OTLP log records dropped while the queue was full",
    );
    this.burst = 0;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        done();
      };
    });
  }
}

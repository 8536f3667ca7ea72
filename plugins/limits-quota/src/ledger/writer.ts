/**
 * The ledger's write path. `push` only queues (a request never waits on the database); one
 * background writer inserts batches of up to `batchSize` rows, one statement each (the rows as
 * one `jsonb` parameter, `ON CONFLICT DO NOTHING` on the request id, so a batch written twice
 * after a timeout is harmless), when that many are queued or `flushIntervalMs` after the first.
 * Memory is bounded: beyond `maxQueued` rows new ones are dropped and counted (the budget
 * counters still have their spend; only the history loses them). While the database is
 * unreachable the writer retries with backoff, logging the outage once. `close` writes what is
 * queued, for a bounded time.
 */

import { describeError, quoteIdent, type Sql, withTimeout } from "@aigw/pg-kit";
import type { Logger } from "@aigw/plugin-api";
import { COLUMNS, type SpendRow } from "./rows.js";

export interface WriterOptions {
  sql: Sql;
  schema: string;
  logger: Logger;
  batchSize: number;
  flushIntervalMs: number;
  maxQueued: number;
  queryTimeoutMs: number;
  /** Makes the table ready (migrations); rejects while the database is unreachable. */
  prepare: () => Promise<void>;
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;
const CLOSE_TIMEOUT_MS = 5_000;

/** The INSERT of a batch: `$1` is a JSON array of rows. */
export function insertStatement(schema: string): string {
  const names = COLUMNS.map(([name]) => name).join(", ");
  const types = COLUMNS.map(([name, type]) => `${name} ${type}`).join(", ");
  return (
    `INSERT INTO ${quoteIdent(schema)}.aigw_spend (${names}) ` +
    `SELECT ${names} FROM jsonb_to_recordset($1::text::jsonb) AS r(${types}) ` +
    "ON CONFLICT (request_id) DO NOTHING"
  );
}

export class LedgerWriter {
  private readonly queue: string[] = [];
  private readonly statement: string;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private down = false;
  private retryMs = FIRST_RETRY_MS;
  private closed = false;
  private droppedNow = 0;
  /** Counters, for tests and anyone watching. */
  readonly stats = { written: 0, dropped: 0 };

  constructor(private readonly options: WriterOptions) {
    this.statement = insertStatement(options.schema);
  }

  get queued(): number {
    return this.queue.length;
  }

  /** Queues one row; never waits, never throws. */
  push(row: SpendRow): void {
    if (this.closed || this.queue.length >= this.options.maxQueued) {
      if (this.droppedNow++ === 0)
        this.options.logger.error(
          { maxQueued: this.options.maxQueued },
          "spend ledger rows are dropped: the queue is full (counted; the total is logged when it drains)",
        );
      this.stats.dropped++;
      return;
    }
    this.queue.push(JSON.stringify(row));
    if (this.down) return;
    if (this.queue.length >= this.options.batchSize) void this.kick();
    else this.arm(this.options.flushIntervalMs);
  }

  /** Writes everything queued; resolves when done or when the database turned out unreachable. */
  flush(): Promise<void> {
    return this.kick();
  }

  /** Writes what is queued (for up to five seconds), then stops. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.disarm();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
    });
    await Promise.race([this.down ? Promise.resolve() : this.kick(), deadline]);
    clearTimeout(timer);
    this.disarm();
    if (this.queue.length > 0)
      this.options.logger.warn({ rows: this.queue.length }, "spend ledger rows not written at shutdown");
  }

  private arm(ms: number): void {
    if (this.timer || (this.closed && !this.running)) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.kick();
    }, ms);
    this.timer.unref?.();
  }

  private disarm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private kick(): Promise<void> {
    this.running ??= this.write().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async write(): Promise<void> {
    this.disarm();
    try {
      if (!this.ready) {
        await this.options.prepare();
        this.ready = true;
      }
      while (this.queue.length > 0) {
        const batch = this.queue.slice(0, this.options.batchSize);
        await this.insert(batch);
        this.queue.splice(0, batch.length);
        this.stats.written += batch.length;
      }
    } catch (error) {
      this.failed(error);
      return;
    }
    this.recovered();
  }

  private async insert(texts: readonly string[]): Promise<void> {
    await withTimeout(
      this.options.sql.unsafe(this.statement, [`[${texts.join(",")}]`]),
      this.options.queryTimeoutMs,
    );
  }

  private failed(error: unknown): void {
    if (!this.down) {
      this.down = true;
      this.options.logger.warn(
        { err: describeError(error), queued: this.queue.length },
        "the spend ledger's database is unreachable: rows wait in memory until it is back",
      );
    }
    if (this.closed) return;
    const wait = this.retryMs;
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    this.arm(wait);
  }

  private recovered(): void {
    this.retryMs = FIRST_RETRY_MS;
    if (this.down || this.droppedNow > 0) {
      this.options.logger.info({ dropped: this.droppedNow }, "the spend ledger is written again");
      this.down = false;
      this.droppedNow = 0;
    }
  }
}

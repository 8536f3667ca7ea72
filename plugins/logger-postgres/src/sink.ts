/**
 * The write path from `finish` to the table. `push` only queues (a request never waits on the
 * database); a single background writer inserts batches of up to `batchSize` rows, one statement
 * each, when that many are queued or `flushIntervalMs` after the first of them.
 *
 * Records are written in the order they were accepted: spill segments (older) before the memory
 * queue (newer). While the database is unreachable, or slower than records arrive, the queue is
 * moved to a new spill segment whenever it reaches half of `maxMemoryRecords`; memory (queued,
 * being inserted, being spilled) never holds more than `maxMemoryRecords`, and what arrives
 * beyond that, or beyond the spill directory's size, is dropped and counted. An outage is logged
 * once when it starts and once when it ends (with what it dropped); attempts back off from
 * 250 ms to `reconnectMaxMs`. Segments are deleted only once all their rows are committed, and
 * those left by an earlier process are written first.
 */
import { setImmediate as yieldToLoop } from "node:timers/promises";
import { describeError, isMissingRelation } from "@aigw/pg-kit";
import type { Logger, RequestRecord } from "@aigw/plugin-api";
import type { RefusedRow } from "./insert.js";
import { rowText, unloggable } from "./row.js";
import type { Segment, SpillStore } from "./spill-store.js";

/** What the sink needs of the database: making it ready (migrations) and inserting rows. */
export interface RowWriter {
  /** Brings the table up to date; rejects while the database is unreachable. */
  prepare(): Promise<void>;
  /** Inserts rows (JSON texts); returns those refused for their data; rejects when unreachable. */
  insert(texts: readonly string[]): Promise<RefusedRow[]>;
}

export interface SinkOptions {
  writer: RowWriter;
  spill: SpillStore;
  logger: Logger;
  batchSize: number;
  flushIntervalMs: number;
  maxMemoryRecords: number;
  reconnectMaxMs: number;
  closeTimeoutMs: number;
  /** Wall clock, for timestamps that do not parse and outage durations. */
  now?: () => number;
}

/** Counters, for tests and for anyone watching the sink. */
export interface SinkStats {
  /** Records in memory now: queued, being inserted, being written to disk. */
  memoryRecords: number;
  /** The most records memory held at once. */
  peakMemoryRecords: number;
  spillBytes: number;
  spillSegments: number;
  inserted: number;
  dropped: number;
  rejected: number;
  down: boolean;
}

/** Records serialised per turn of the event loop, so a large batch never stalls requests. */
const SLICE = 100;
const FIRST_RETRY_MS = 250;

export class PostgresSink {
  /**
   * Rows as the JSON text the INSERT takes: a record is serialised when it is pushed, so memory
   * holds flat strings rather than each request's object graph (which, kept for the second or
   * more a batch waits, survived into the old generation and doubled the sink's GC cost).
   */
  private readonly queue: string[] = [];
  /** The batch being inserted from the queue, with the sequence number it holds its place by. */
  private inflight: { records: string[]; seq: number } | undefined;
  private spilling = 0;
  /** The last spill write in the chain: spills run one at a time, in sequence order. */
  private spillChain: Promise<void>;
  private spillPending = false;
  private spillPausedUntil = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private wantAll = false;
  private ready = false;
  /** The database is unreachable: logged once, written to only by the retry rounds. */
  private down = false;
  /** A retry round is running: it may write although `down` is set. */
  private retrying = false;
  private downSince = 0;
  private retryDelay = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set at close: the writer stops taking batches and leaves what it holds to close. */
  private stopped = false;
  private closed = false;
  private droppedNow = 0;
  private readonly stats = { peak: 0, inserted: 0, dropped: 0, rejected: 0 };
  private readonly highWater: number;
  private readonly flushAt: number;
  private readonly now: () => number;

  constructor(private readonly options: SinkOptions) {
    this.highWater = Math.max(1, Math.floor(options.maxMemoryRecords / 2));
    this.flushAt = Math.min(options.batchSize, this.highWater);
    this.now = options.now ?? Date.now;
    // Segments left by an earlier process go first; the writer waits for this before reading any.
    this.spillChain = options.spill.open().then(() => {
      const { spill } = options;
      if (spill.segmentCount > 0)
        options.logger.info(
          { segments: spill.segmentCount, bytes: spill.bytes, dir: spill.dir },
          "request records spilled by an earlier run will be written to PostgreSQL",
        );
    });
  }

  /** Starts the writer: migrations, then anything an earlier run spilled. */
  start(): void {
    this.kick(true);
  }

  /** Queues one finished request; never waits and never throws. */
  push(record: RequestRecord): void {
    const why = unloggable(record);
    if (why !== undefined) {
      this.options.logger.error({ reason: why }, "request record not logged");
      return;
    }
    if (this.closed || this.memoryRecords >= this.options.maxMemoryRecords) {
      this.drop(1);
      return;
    }
    let text: string;
    try {
      text = rowText(record, this.now());
    } catch (error) {
      this.refuse([{ text: safeId(record), reason: describeError(error) }]);
      return;
    }
    this.queue.push(text);
    const held = this.memoryRecords;
    if (held > this.stats.peak) this.stats.peak = held;
    if (this.queue.length >= this.highWater && (this.down || this.running !== undefined))
      this.scheduleSpill();
    else if (!this.down && this.queue.length >= this.flushAt) this.kick(false);
    else this.armFlushTimer();
  }

  /** Writes what is queued `flushIntervalMs` from now, unless a write is due anyway. */
  private armFlushTimer(): void {
    if (this.down || this.stopped || this.flushTimer !== undefined || this.queue.length === 0) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.kick(true);
    }, this.options.flushIntervalMs);
    this.flushTimer.unref?.();
  }

  /** Writes what is queued now; resolves when the writer is idle again (or the database is down). */
  flush(): Promise<void> {
    return this.kick(true);
  }

  /** Current counters. */
  get snapshot(): SinkStats {
    return {
      memoryRecords: this.memoryRecords,
      peakMemoryRecords: this.stats.peak,
      spillBytes: this.options.spill.bytes,
      spillSegments: this.options.spill.segmentCount,
      inserted: this.stats.inserted,
      dropped: this.stats.dropped,
      rejected: this.stats.rejected,
      down: this.down,
    };
  }

  /**
   * Writes what is queued for up to `closeTimeoutMs` (not at all while the database is down),
   * then moves whatever is left in memory to the spill directory, for the next start.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.clearTimers();
    if (!this.down) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, this.options.closeTimeoutMs);
      });
      await Promise.race([this.kick(true), deadline]);
      clearTimeout(timer);
    }
    this.stopped = true;
    this.clearTimers();
    // A batch still being inserted may or may not commit: spilling it too is safe (a replay of
    // committed rows is skipped) where dropping it is not.
    if (this.inflight) this.enqueueSpill(this.inflight.records, this.inflight.seq);
    this.inflight = undefined;
    if (this.queue.length > 0) this.enqueueSpill(this.queue.splice(0), this.options.spill.allocate());
    await this.spillChain;
    const { spill } = this.options;
    if (spill.segmentCount > 0)
      this.options.logger.warn(
        { segments: spill.segmentCount, bytes: spill.bytes, dir: spill.dir },
        "request records not yet in PostgreSQL are kept in the spill directory for the next start",
      );
    if (this.stats.dropped > 0 && this.droppedNow > 0)
      this.options.logger.warn({ dropped: this.droppedNow }, "request records were dropped");
  }

  private get memoryRecords(): number {
    return this.queue.length + (this.inflight?.records.length ?? 0) + this.spilling;
  }

  /** Runs the writer (once at a time); `all` writes everything queued now, not only full batches. */
  private kick(all: boolean): Promise<void> {
    if (all) this.wantAll = true;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      // Off the caller's stack: `push` returns before any serialising starts.
      await yieldToLoop();
      do {
        this.again = false;
        const everything = this.wantAll;
        this.wantAll = false;
        await this.write(everything);
      } while (this.again && (!this.down || this.retrying) && !this.stopped);
    })();
    this.running = run.finally(() => {
      this.running = undefined;
      // Records that queued past the high-water mark while the writer was busy, or that arrived
      // during a retry round (no timer was armed for them then).
      if (this.queue.length >= this.highWater) this.scheduleSpill();
      else this.armFlushTimer();
    });
    return this.running;
  }

  /** One round of writing: spill segments oldest first, then queued batches. */
  private async write(everything: boolean): Promise<void> {
    if ((this.down && !this.retrying) || this.stopped) return;
    // A retry round proves the database is back before anything else, even with nothing to
    // write: otherwise an outage noticed while idle would never end.
    if (!this.ready || this.down) {
      try {
        await this.options.writer.prepare();
        this.ready = true;
      } catch (error) {
        this.fail(error);
        return;
      }
      this.recovered();
    }
    let budget = everything ? this.queue.length : 0;
    while (!this.stopped) {
      await this.spillChain;
      const segment = this.options.spill.oldest();
      if (segment) {
        if (!(await this.writeSegment(segment))) return;
        continue;
      }
      if (this.queue.length === 0 || (budget <= 0 && this.queue.length < this.flushAt)) return;
      const records = this.queue.splice(0, this.options.batchSize);
      budget -= records.length;
      const batch = { records, seq: this.options.spill.allocate() };
      this.inflight = batch;
      const ok = await this.insertTexts(records);
      if (this.inflight !== batch) return; // close took the batch over
      this.inflight = undefined;
      if (ok) continue;
      // Back where it came from, ahead of newer records: the queue, or, when newer records are
      // on disk already, a segment that sorts before theirs.
      if (this.spillPending || this.options.spill.segmentCount > 0) this.enqueueSpill(records, batch.seq);
      else this.queue.unshift(...records);
      return;
    }
  }

  /** Inserts every uncommitted line of a spill segment, then deletes it; false when unreachable. */
  private async writeSegment(segment: Segment): Promise<boolean> {
    const { spill } = this.options;
    try {
      for await (const lines of spill.read(segment, this.options.batchSize)) {
        // Each line is a row's JSON text, as queued; a line the database will not take (a torn
        // last line after a crash, say) is refused on its own and kept in rejected.jsonl.
        if (!(await this.insertTexts(lines))) return false;
        segment.committed += lines.length;
        if (this.stopped) return false;
      }
      await spill.remove(segment);
      return true;
    } catch (error) {
      // The disk, not the database: leave the segment for a later round and retry after a pause.
      this.options.logger.error(
        { err: describeError(error), path: segment.path },
        "could not read a spill segment",
      );
      this.scheduleRetry();
      return false;
    }
  }

  /** Inserts row texts; false (and the outage noted) when the database is unreachable. */
  private async insertTexts(texts: readonly string[]): Promise<boolean> {
    if (texts.length === 0) return true;
    try {
      const refused = await this.options.writer.insert(texts);
      this.refuse(refused);
      this.stats.inserted += texts.length - refused.length;
    } catch (error) {
      this.fail(error);
      return false;
    }
    this.recovered();
    return true;
  }

  /** Rows the database will never take: kept in the spill directory's `rejected.jsonl`, logged. */
  private refuse(rows: readonly RefusedRow[]): void {
    if (rows.length === 0) return;
    this.stats.rejected += rows.length;
    this.options.logger.error(
      { count: rows.length, reason: rows[0]!.reason, file: "rejected.jsonl" },
      "PostgreSQL refused request records; they are kept in the spill directory",
    );
    this.options.spill.reject(rows.map((row) => row.text)).catch((error: unknown) => {
      this.options.logger.error(
        { err: describeError(error), count: rows.length },
        "could not keep refused records",
      );
    });
  }

  /** Notes an unreachable database: logged once per outage, retried with backoff. */
  private fail(error: unknown): void {
    if (isMissingRelation(error)) this.ready = false;
    if (!this.down) {
      this.down = true;
      this.downSince = this.now();
      this.clearFlushTimer();
      this.options.logger.warn(
        { err: describeError(error), queued: this.memoryRecords },
        "PostgreSQL is unreachable; request records wait in memory and the spill directory until it is back",
      );
      if (this.queue.length >= this.highWater) this.scheduleSpill();
    }
    this.scheduleRetry();
  }

  private recovered(): void {
    if (this.down) {
      this.down = false;
      this.options.logger.info(
        {
          outageMs: this.now() - this.downSince,
          dropped: this.droppedNow,
          spilledBytes: this.options.spill.bytes,
        },
        "PostgreSQL is reachable again; writing the records kept meanwhile",
      );
      this.droppedNow = 0;
    } else if (this.droppedNow > 0) {
      this.options.logger.warn(
        { dropped: this.droppedNow },
        "request records were dropped: memory and spill were full",
      );
      this.droppedNow = 0;
    }
    this.retryDelay = FIRST_RETRY_MS;
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.stopped) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.options.reconnectMaxMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retrying = true;
      void this.kick(true).finally(() => {
        this.retrying = false;
      });
    }, delay);
    this.retryTimer.unref?.();
  }

  private drop(count: number): void {
    if (this.droppedNow === 0)
      this.options.logger.error(
        { maxMemoryRecords: this.options.maxMemoryRecords, spillBytes: this.options.spill.bytes },
        "dropping request records: memory and the spill directory are full (counted; the total is logged on recovery)",
      );
    this.droppedNow += count;
    this.stats.dropped += count;
  }

  /** Moves the queue to a new spill segment, soon (never on the caller's stack). */
  private scheduleSpill(): void {
    if (this.spillPending || this.now() < this.spillPausedUntil || this.queue.length === 0) return;
    this.spillPending = true;
    setTimeout(() => {
      this.spillPending = false;
      if (this.stopped || this.queue.length === 0) return;
      if (!this.down && this.running === undefined && this.queue.length < this.highWater) return;
      this.enqueueSpill(this.queue.splice(0), this.options.spill.allocate());
    }, 0);
  }

  /** Writes records to segment `seq` after the spills before it. */
  private enqueueSpill(records: string[], seq: number): void {
    this.spilling += records.length;
    this.spillChain = this.spillChain
      .then(() => this.spillRecords(records, seq))
      .catch((error: unknown) => {
        this.options.logger.error({ err: describeError(error) }, "spilling request records failed");
      });
  }

  private async spillRecords(records: string[], seq: number): Promise<void> {
    let at = 0;
    try {
      while (at < records.length) {
        const lines = records.slice(at, at + SLICE);
        const slice = lines;
        const written = await this.options.spill.append(seq, lines);
        if (written < lines.length) this.drop(lines.length - written);
        at += slice.length;
        this.spilling -= slice.length;
        await yieldToLoop();
      }
    } catch (error) {
      // The disk failed: the rest go back to the front of the queue (they are the newest on
      // disk's account, so the order holds), and spilling pauses for a second.
      const rest = records.slice(at);
      this.spilling -= rest.length;
      this.queue.unshift(...rest);
      this.spillPausedUntil = this.now() + 1_000;
      this.options.logger.error(
        { err: describeError(error), dir: this.options.spill.dir, kept: rest.length },
        "could not write to the spill directory; records stay in memory",
      );
    }
  }

  private clearFlushTimer(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }

  private clearTimers(): void {
    this.clearFlushTimer();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}

/** What is kept of a record that cannot be serialised at all: its id, as JSON. */
function safeId(record: RequestRecord): string {
  return JSON.stringify({ requestId: String(record.requestId), unserialisable: true });
}

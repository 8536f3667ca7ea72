/**
 * An append-only JSON Lines writer behind a small in-memory queue. `push` only queues (a request
 * never waits on the disk); lines gathered for up to `batchMs` (25 ms by default) are appended in
 * one write, one write at a time. A failed write keeps its lines at the head of the queue and is retried with backoff, on
 * `flush()`, and at `close()`, so a line that was accepted is written unless the file stays
 * unwritable at shutdown.
 *
 * The file stays open between batches (opening and closing it per batch cost more than the write
 * itself under load). Every `reopenCheckMs` the writer checks that the path still names the file
 * it holds, so after someone else rotates or deletes it, later batches go to the new file. The
 * writer rotates the file itself by size and by age (see rotation.ts). A file that does not end
 * with a newline (a process killed in the middle of a write) gets one before the first batch, so
 * that batch's first line is not glued to the torn one.
 *
 * Limits, on purpose: a write that fails half-way may be repeated in full on retry (a duplicated
 * line rather than a lost one), and several writers on one file (several gateway processes) each
 * append whole batches but rotate independently.
 */
import { type FileHandle, mkdir, open, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { Logger } from "@aigw/plugin-api";
import { type FileState, type RotationPolicy, rotateFiles, rotates, rotationDue } from "./rotation.js";

const utf8 = new TextEncoder();
const NEWLINE = new Uint8Array([0x0a]);

/** What a {@link JsonlWriter} is told: where to write, how to batch, rotate and retry. */
export interface JsonlWriterOptions {
  path: string;
  /** How long lines gather before a write (default 25 ms); what a process killed outright may lose. */
  batchMs?: number | undefined;
  /** Rotate before a batch would grow the file past this size. */
  maxBytes?: number | undefined;
  /** Rotate at the first batch after the file has existed this long. */
  maxAgeMs?: number | undefined;
  /** Rotate at the first batch of each UTC day. */
  rotateDaily?: boolean | undefined;
  /** Rotated files kept, `<path>.1` to `<path>.<maxFiles>` (default 1). */
  maxFiles?: number | undefined;
  /** Lines held while the file cannot be written; beyond this `push` refuses. */
  maxPending: number;
  logger: Logger;
  /** First retry delay after a failed write; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How often the open file is checked against the path (someone else rotated it); default 1 s. */
  reopenCheckMs?: number;
  /** The wall clock (ms since the epoch) age rotation reads; `Date.now` by default. */
  now?: () => number;
}

/**
 * How long lines gather before a write, by default. Each asynchronous write costs ~50 µs of CPU
 * however few lines it carries (the hand-off to libuv's thread pool and back; a synchronous write
 * costs ~8 µs but would stall every request while the disk does): at 5 ms, under load, the writes
 * were 5 % of the gateway's CPU. 25 ms makes batches five times larger; the same 25 ms are what a
 * process killed outright could lose on top of what is queued anyway (a graceful stop flushes
 * everything).
 */
const BATCH_MS = 25;
/** At most this many lines per append, so one write stays a bounded size. */
const MAX_BATCH_LINES = 1000;
/** Attempts at `close()` before giving up on lines the file will not take. */
const CLOSE_ATTEMPTS = 3;

/** Appends queued lines to one file in the background; see the module comment for its guarantees. */
export class JsonlWriter {
  private readonly queue: string[] = [];
  /** Where batches are encoded; grows to the largest batch seen. */
  private scratch = new Uint8Array(64 * 1024);
  /** The last flush in the chain: flushes run one after another, never two at once. */
  private tail: Promise<unknown> = Promise.resolve();
  /** The batch window's timer, while one is open. */
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  /** When (performance.now) the open batch window began. */
  private windowStart = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  private readonly batchMs: number;
  private readonly policy: RotationPolicy;
  private readonly now: () => number;
  /** Size and birth of the open file; undefined while none is open. */
  private state: FileState | undefined;
  /** The open file ends in a torn line: the next write starts with a newline. */
  private missingNewline = false;
  private dirReady = false;
  /** True while writes fail, so the warning is logged once per outage, not per attempt. */
  private failing = false;
  private refused = 0;
  private handle: FileHandle | undefined;
  /** When (Date.now) the open file was last known to be the one at the path. */
  private checkedAt = 0;

  constructor(private readonly options: JsonlWriterOptions) {
    this.retryMs = options.retryMs ?? 200;
    this.maxRetryMs = options.maxRetryMs ?? 5_000;
    this.retryDelay = this.retryMs;
    this.batchMs = options.batchMs ?? BATCH_MS;
    this.policy = { maxBytes: options.maxBytes, maxAgeMs: options.maxAgeMs, daily: options.rotateDaily };
    this.now = options.now ?? Date.now;
  }

  /** Lines accepted but not written yet. */
  get pending(): number {
    return this.queue.length;
  }

  /** Queues one line (without its newline). Returns false when the queue is full and refuses it. */
  push(line: string): boolean {
    if (this.queue.length >= this.options.maxPending) {
      if (this.refused++ === 0)
        this.options.logger.error(
          { path: this.options.path, pending: this.queue.length },
          "request log queue is full; refusing new records until the file can be written",
        );
      return false;
    }
    this.queue.push(line);
    this.schedule();
    return true;
  }

  /**
   * Writes everything queued so far. Resolves true when the queue is empty, false when a write
   * failed (the lines stay queued and a retry is scheduled). Never rejects.
   */
  flush(): Promise<boolean> {
    return this.write(Number.POSITIVE_INFINITY);
  }

  /** Writes at most the first `lines` queued lines, after any write in progress. */
  private write(lines: number): Promise<boolean> {
    const run = this.tail.then(() => this.writeQueued(lines)).catch(() => false);
    this.tail = run;
    return run;
  }

  /** Flushes what is left, retrying briefly; logs what could not be written. */
  async close(): Promise<void> {
    this.clearRetry();
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    for (let attempt = 1; attempt <= CLOSE_ATTEMPTS; attempt++) {
      if (await this.flush()) {
        await this.closeFile();
        return;
      }
      this.clearRetry();
      if (attempt < CLOSE_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
    await this.closeFile();
    this.options.logger.error(
      { path: this.options.path, lost: this.queue.length },
      "request log records could not be written before shutdown",
    );
  }

  /** Batches the lines pushed within `batchMs` into one write. */
  private schedule(): void {
    // While a retry is pending, new lines wait for it: no hammering a broken disk per request.
    if (this.retryTimer) return;
    if (this.batchTimer) {
      // A busy event loop runs timers late (each turn first handles every connection that has
      // data); a push that finds the window already over writes it at once, so the window bounds
      // what a kill can lose while requests keep finishing.
      if (performance.now() - this.windowStart >= this.batchMs) this.endWindow();
      return;
    }
    this.windowStart = performance.now();
    this.batchTimer = setTimeout(() => this.endWindow(), this.batchMs);
  }

  private endWindow(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    // Only what gathered until now: lines pushed while this batch is written wait for a window
    // of their own, instead of following at once in writes of a line or two each.
    void this.write(this.queue.length);
  }

  /** Writes up to `lines` queued lines, in batches; false when a write failed (lines kept). */
  private async writeQueued(lines: number): Promise<boolean> {
    let left = lines;
    while (this.queue.length > 0 && left > 0) {
      const count = Math.min(this.queue.length, MAX_BATCH_LINES, left);
      left -= count;
      try {
        await this.append(this.encodeBatch(count));
      } catch (error) {
        this.dirReady = false;
        await this.closeFile();
        if (!this.failing) {
          this.failing = true;
          this.options.logger.warn(
            { err: error, path: this.options.path, pending: this.queue.length },
            "could not write the request log; records are kept and the write will be retried",
          );
        }
        this.scheduleRetry();
        return false;
      }
      // Only now are the lines safe on disk (as far as the OS is concerned).
      this.queue.splice(0, count);
      if (this.failing) {
        this.failing = false;
        this.options.logger.info({ path: this.options.path }, "request log writable again");
      }
      if (this.refused > 0) {
        this.options.logger.warn(
          { path: this.options.path, refused: this.refused },
          "request log records refused while the queue was full",
        );
        this.refused = 0;
      }
      this.retryDelay = this.retryMs;
    }
    return true;
  }

  /**
   * The first `count` queued lines as UTF-8, newline-terminated, in a buffer reused from batch to
   * batch (writes run one at a time, so the last one is done with it). Encoding each line into
   * place costs a third of joining the lines and encoding the result.
   */
  private encodeBatch(count: number): Uint8Array {
    let most = 0;
    for (let i = 0; i < count; i++) most += this.queue[i]!.length * 3 + 1;
    if (this.scratch.byteLength < most)
      this.scratch = new Uint8Array(Math.max(most, this.scratch.byteLength * 2));
    const scratch = this.scratch;
    let at = 0;
    for (let i = 0; i < count; i++) {
      at += utf8.encodeInto(this.queue[i]!, scratch.subarray(at)).written;
      scratch[at++] = 0x0a;
    }
    return scratch.subarray(0, at);
  }

  private async append(bytes: Uint8Array): Promise<void> {
    let file = await this.file();
    if (rotates(this.policy) && rotationDue(this.state!, bytes.byteLength, this.now(), this.policy)) {
      await this.closeFile();
      await rotateFiles(this.options.path, this.options.maxFiles ?? 1);
      file = await this.file();
    }
    if (this.missingNewline) {
      await writeAll(file, NEWLINE);
      this.missingNewline = false;
      this.state!.size += 1;
    }
    await writeAll(file, bytes);
    this.state!.size += bytes.byteLength;
  }

  /** The open file, (re)opened when none is open or the path now names another file. */
  private async file(): Promise<FileHandle> {
    const { path } = this.options;
    const now = Date.now();
    if (this.handle) {
      if (now - this.checkedAt < (this.options.reopenCheckMs ?? 1_000)) return this.handle;
      const [atPath, held] = await Promise.all([stat(path).catch(() => undefined), this.handle.stat()]);
      if (atPath && atPath.ino === held.ino && atPath.dev === held.dev) {
        this.checkedAt = now;
        return this.handle;
      }
      // Rotated or removed by someone else: the lines belong in the file now at the path.
      await this.closeFile();
    }
    if (!this.dirReady) {
      await mkdir(dirname(path), { recursive: true });
      this.dirReady = true;
    }
    // Read access too: the last byte tells whether the file ends in a torn line.
    const handle = await open(path, "a+");
    this.handle = handle;
    this.checkedAt = now;
    const { size, birthtimeMs } = await handle.stat();
    // A file system that does not report births (0) ages the file from when it was opened.
    this.state = { size, bornAt: size > 0 && birthtimeMs > 0 ? birthtimeMs : this.now() };
    this.missingNewline = size > 0 && (await lastByte(handle, size)) !== 0x0a;
    return handle;
  }

  private async closeFile(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    this.state = undefined;
    // A close that fails leaves nothing to do: the next batch opens the file afresh.
    await handle?.close().catch(() => undefined);
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, this.maxRetryMs);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.flush();
    }, delay);
    // A pending retry must not keep the process alive; close() flushes at shutdown anyway.
    this.retryTimer.unref?.();
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }
}

/** Writes all of `bytes`: a regular file takes them at once; the loop covers a short write all the same. */
async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let offset = 0; offset < bytes.byteLength; ) {
    offset += (await file.write(bytes, offset, bytes.byteLength - offset)).bytesWritten;
  }
}

async function lastByte(file: FileHandle, size: number): Promise<number | undefined> {
  const byte = new Uint8Array(1);
  const { bytesRead } = await file.read(byte, 0, 1, size - 1);
  return bytesRead === 1 ? byte[0] : undefined;
}

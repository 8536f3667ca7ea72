/**
 * One JSON line per call on a file descriptor (stdout or stderr) through pino and an asynchronous
 * sonic-boom destination: `write` only appends to an in-memory buffer, which is written in the
 * background, so a request never waits on the console. The buffer is bounded (`maxBufferBytes`):
 * while the descriptor does not keep up, lines beyond it are dropped, counted and reported (once
 * when a burst begins, and with its count when lines are taken again), instead of slowing requests
 * or growing without limit. `close` writes what is left.
 */
import type { Logger } from "@aigw/plugin-api";
import { type Logger as PinoLogger, pino } from "pino";
import type { LineLevel } from "./record-fields.js";

/** How a {@link StdoutSink} writes. */
export interface StdoutSinkOptions {
  /** The descriptor: 1 (stdout), 2 (stderr), or any open file (tests). */
  fd: number;
  /** For messages about the sink (`stdout`, `stderr`). */
  name: string;
  levelKey: string;
  messageKey: string;
  /** Bytes gathered before a write (sonic-boom's `minLength`); 0 writes at once. */
  bufferBytes: number;
  /** With `bufferBytes` above 0, what is waiting is written at least this often. */
  flushIntervalMs: number;
  /** The most bytes held (sonic-boom's `maxLength`); lines beyond are dropped. */
  maxBufferBytes: number;
  logger: Logger;
  /** How long `close` waits for the descriptor to take what is left (default 5 s). */
  closeTimeoutMs?: number;
}

type Destination = ReturnType<typeof pino.destination>;

/** See the module comment. */
export class StdoutSink {
  private readonly destination: Destination;
  private readonly pino: PinoLogger;
  private droppedTotal = 0;
  /** Lines dropped since the last one taken. */
  private burst = 0;
  /** Set when the descriptor failed for good (e.g. EPIPE: nobody reads it any more). */
  private failure: Error | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: StdoutSinkOptions) {
    this.destination = pino.destination({
      dest: options.fd,
      sync: false,
      minLength: options.bufferBytes,
      maxLength: options.maxBufferBytes,
      periodicFlush: options.bufferBytes > 0 ? options.flushIntervalMs : 0,
    });
    this.destination.on("drop", () => this.drop(1));
    this.destination.on("error", (error: Error) => this.failed(error));
    this.pino = pino(
      {
        level: "info",
        base: null,
        // The record has its own `timestamp` (when the request arrived).
        timestamp: false,
        messageKey: options.messageKey,
        formatters: { level: (label) => ({ [options.levelKey]: label }) },
      },
      this.destination,
    );
  }

  /** Lines dropped so far (buffer full, or the descriptor failed). */
  get dropped(): number {
    return this.droppedTotal;
  }

  /** Queues one line; false when it was dropped. Never throws, never waits. */
  write(level: LineLevel, fields: object, message: string): boolean {
    if (this.failure || this.closing) {
      // Already reported (the failure), or nothing to report (a line after shutdown began).
      this.droppedTotal++;
      return false;
    }
    const before = this.droppedTotal;
    this.pino[level](fields, message);
    if (this.droppedTotal !== before) return false;
    if (this.burst > 0) this.endBurst();
    return true;
  }

  /** Writes what is buffered and releases the destination (the descriptor itself stays open). */
  close(): Promise<void> {
    this.closing ??= this.drain();
    return this.closing;
  }

  private async drain(): Promise<void> {
    if (this.burst > 0) this.endBurst();
    if (this.failure) return;
    const timeoutMs = this.options.closeTimeoutMs ?? 5_000;
    const done = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      const finish = (ok: boolean) => {
        clearTimeout(timer);
        resolve(ok);
      };
      this.destination.once("close", () => finish(true));
      this.destination.once("error", () => finish(false));
      this.destination.end();
    });
    if (!done)
      this.options.logger.error(
        { destination: this.options.name, timeoutMs },
        "request log lines still buffered at shutdown could not be written",
      );
  }

  private drop(count: number): void {
    this.droppedTotal += count;
    if (this.burst === 0)
      this.options.logger.warn(
        { destination: this.options.name, maxBufferBytes: this.options.maxBufferBytes },
        "request log output is not keeping up; dropping lines until it does",
      );
    this.burst += count;
  }

  private endBurst(): void {
    this.options.logger.warn(
      { destination: this.options.name, dropped: this.burst, droppedTotal: this.droppedTotal },
      "request log lines dropped while the output was not keeping up",
    );
    this.burst = 0;
  }

  private failed(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    this.options.logger.error(
      { destination: this.options.name, err: error },
      "request log output failed; further lines are dropped",
    );
  }
}

/**
 * Where records wait on disk while the database is unreachable: append-only JSON Lines segment
 * files (`segment-<sequence>.jsonl`, one record per line) in one directory. Segments are read
 * oldest first (by sequence number, which the sink hands out in the order records were
 * accepted) and deleted only after every line in them is committed. Segments left by an earlier
 * process are found at `open()` and read before anything newer. The directory's total size is
 * kept under `maxBytes`; what does not fit is reported to the caller, which counts it dropped.
 *
 * Lines the database refused go to `rejected.jsonl` beside the segments, kept for a person to
 * look at, never replayed.
 */
import { createReadStream } from "node:fs";
import { appendFile, mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** One segment file. `committed` counts its first lines already written to the database. */
export interface Segment {
  readonly seq: number;
  readonly path: string;
  bytes: number;
  committed: number;
}

const NAME = /^segment-(\d{1,16})\.jsonl$/;

/** The UTF-8 size of a string, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit < 0xdc00) {
      // A surrogate pair: four bytes for two units.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

export class SpillStore {
  private readonly segments: Segment[] = [];
  private nextSeq = 1;
  private total = 0;
  private dirReady = false;

  constructor(
    readonly dir: string,
    private readonly maxBytes: number,
  ) {}

  /** Finds the segments an earlier process left. Never rejects: an unreadable directory is empty. */
  async open(): Promise<void> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      const match = NAME.exec(name);
      if (!match) continue;
      const path = join(this.dir, name);
      const info = await stat(path).catch(() => undefined);
      if (!info?.isFile()) continue;
      const seq = Number(match[1]);
      this.insert({ seq, path, bytes: info.size, committed: 0 });
      this.total += info.size;
      this.nextSeq = Math.max(this.nextSeq, seq + 1);
    }
  }

  /** A sequence number later than every segment's so far. */
  allocate(): number {
    return this.nextSeq++;
  }

  /** Bytes on disk in segments. */
  get bytes(): number {
    return this.total;
  }

  get segmentCount(): number {
    return this.segments.length;
  }

  /** The segment to replay next, if any. */
  oldest(): Segment | undefined {
    return this.segments[0];
  }

  /**
   * Appends lines (without newlines) to segment `seq`, creating it, as far as `maxBytes` allows;
   * returns how many of the lines (from the first) were written. Rejects when the disk fails; the
   * lines written before the failure stay and count.
   */
  async append(seq: number, lines: readonly string[]): Promise<number> {
    let fit = 0;
    let bytes = 0;
    for (const line of lines) {
      const size = utf8Length(line) + 1;
      if (this.total + bytes + size > this.maxBytes) break;
      bytes += size;
      fit++;
    }
    if (fit === 0) return 0;
    if (!this.dirReady) {
      await mkdir(this.dir, { recursive: true });
      this.dirReady = true;
    }
    const path = join(this.dir, `segment-${String(seq).padStart(16, "0")}.jsonl`);
    let segment = this.segments.find((s) => s.seq === seq);
    if (!segment) {
      segment = { seq, path, bytes: 0, committed: 0 };
      this.insert(segment);
    }
    try {
      await appendFile(path, `${lines.slice(0, fit).join("\n")}\n`);
    } catch (error) {
      this.dirReady = false;
      // appendFile may have written part of it: measure what is there.
      const size = (await stat(path).catch(() => undefined))?.size ?? segment.bytes;
      this.total += size - segment.bytes;
      segment.bytes = size;
      if (size === 0) this.forget(segment);
      throw error;
    }
    this.total += bytes;
    segment.bytes += bytes;
    return fit;
  }

  /** The lines of `segment` after its committed ones, `size` at a time. */
  async *read(segment: Segment, size: number): AsyncGenerator<string[]> {
    const lines = createInterface({ input: createReadStream(segment.path, "utf8"), crlfDelay: Infinity });
    let skip = segment.committed;
    let batch: string[] = [];
    try {
      for await (const line of lines) {
        if (line.length === 0) continue;
        if (skip > 0) {
          skip--;
          continue;
        }
        batch.push(line);
        if (batch.length >= size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    } finally {
      lines.close();
    }
  }

  /** Deletes a segment whose every line is committed. */
  async remove(segment: Segment): Promise<void> {
    await rm(segment.path, { force: true });
    this.forget(segment);
  }

  /** Keeps lines the database refused, for a person to look at. */
  async reject(lines: readonly string[]): Promise<void> {
    if (lines.length === 0) return;
    await mkdir(this.dir, { recursive: true });
    await appendFile(join(this.dir, "rejected.jsonl"), `${lines.join("\n")}\n`);
  }

  private insert(segment: Segment): void {
    let at = this.segments.length;
    while (at > 0 && this.segments[at - 1]!.seq > segment.seq) at--;
    this.segments.splice(at, 0, segment);
  }

  private forget(segment: Segment): void {
    const at = this.segments.indexOf(segment);
    if (at >= 0) this.segments.splice(at, 1);
    this.total -= segment.bytes;
  }
}

/**
 * `captureAnswer`: keeps an answer for the cache as it goes to the client. A JSON answer is kept
 * at once; a stream passes through untouched (the same chunk objects, no re-serialising, no
 * waiting) while its texts are noted, and is handed over only once it has ended normally. A
 * stream that fails, is cancelled, or grows past the size bound is dropped, never stored.
 */
import type {
  CallResult,
  HookContext,
  JsonResult,
  JsonValue,
  StreamChunk,
  StreamResult,
} from "@aigw/plugin-api";
import { isIncomplete, isRefusal, isRefusalChunk, isSuccess, streamUsage, usageOf } from "./cacheable.js";
import {
  STORED_ANSWER_VERSION,
  type StoredAnswer,
  type StoredJson,
  type StoredServedBy,
  type StoredStream,
} from "./stored-answer.js";

export interface CaptureOptions {
  /** Answers whose texts are longer than this are not kept (nor held while a stream runs). */
  maxBytes?: number | undefined;
}

/**
 * The result to send on: the same one for JSON and binary answers (a cacheable JSON answer is
 * handed to `onStored` before this returns), a pass-through stream for streams (handed over when
 * it ends normally). `onStored` never runs for errors, refusals, incomplete answers or broken
 * streams; what it throws is the caller's concern and never reaches the client's stream.
 */
export function captureAnswer(
  result: CallResult,
  ctx: HookContext,
  onStored: (answer: StoredAnswer) => void,
  options: CaptureOptions = {},
): CallResult {
  if (!isSuccess(result.status)) return result;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (result.type === "json") {
    // A UTF-16 length past the bound is past it in bytes too; the storage counts exact bytes.
    const answer = storedJson(result, ctx);
    if (answer && answer.text.length <= maxBytes) onStored(answer);
    return result;
  }
  if (result.type === "stream")
    return { ...result, chunks: new CapturingStream(result, ctx, onStored, maxBytes) };
  return result;
}

function servedByOf(ctx: HookContext): StoredServedBy | undefined {
  const served = ctx.annotations.servedBy;
  if (!served) return undefined;
  return served.model === undefined
    ? { provider: served.provider }
    : { provider: served.provider, model: served.model };
}

function storedJson(result: JsonResult, ctx: HookContext): StoredJson | undefined {
  let body: JsonValue;
  try {
    body = result.body;
  } catch {
    return undefined;
  }
  if (isRefusal(body) || isIncomplete(body)) return undefined;
  const answer: StoredJson = {
    v: STORED_ANSWER_VERSION,
    type: "json",
    status: result.status,
    text: result.text ?? JSON.stringify(body),
    storedAt: ctx.services.clock.now(),
  };
  const usage = usageOf(body) ?? ctx.annotations.usage;
  if (usage) answer.usage = usage;
  const servedBy = servedByOf(ctx);
  if (servedBy) answer.servedBy = servedBy;
  return answer;
}

/**
 * The pass-through: each `next()` is the source's own plus one `then` that notes the chunk's
 * text and arrival. Hand-written rather than an async generator, which would add a promise and
 * a queue per chunk.
 */
class CapturingStream implements AsyncIterableIterator<StreamChunk> {
  private readonly source: AsyncIterator<StreamChunk>;
  private texts: string[] = [];
  private offsets: number[] = [];
  private first = 0;
  private bytes = 0;
  /** Set once the stream can no longer be stored (failed, cancelled, too large, a refusal). */
  private dropped = false;

  constructor(
    private readonly result: StreamResult,
    private readonly ctx: HookContext,
    private readonly onStored: (answer: StoredAnswer) => void,
    private readonly maxBytes: number,
  ) {
    this.source = result.chunks[Symbol.asyncIterator]();
  }

  next(): Promise<IteratorResult<StreamChunk>> {
    return this.source.next().then(this.seen, this.failed);
  }

  private readonly seen = (step: IteratorResult<StreamChunk>): IteratorResult<StreamChunk> => {
    if (step.done) {
      this.complete();
      return step;
    }
    if (!this.dropped) this.note(step.value);
    return step;
  };

  private readonly failed = (thrown: unknown): never => {
    this.drop();
    throw thrown;
  };

  private note(chunk: StreamChunk): void {
    const text = chunk.text ?? JSON.stringify(chunk.data);
    // UTF-16 units bound what is held meanwhile; the storage counts exact bytes.
    this.bytes += text.length;
    if (this.bytes > this.maxBytes) {
      this.drop();
      return;
    }
    const now = this.ctx.services.clock.monotonic();
    if (this.texts.length === 0) this.first = now;
    this.texts.push(text);
    this.offsets.push(Math.max(0, Math.round(now - this.first)));
  }

  private drop(): void {
    this.dropped = true;
    this.texts = [];
    this.offsets = [];
  }

  private complete(): void {
    if (this.dropped || this.texts.length === 0 || this.texts.some(isRefusalChunk)) return;
    const answer: StoredStream = {
      v: STORED_ANSWER_VERSION,
      type: "stream",
      status: this.result.status,
      chunks: this.texts,
      offsets: this.offsets,
      storedAt: this.ctx.services.clock.now(),
    };
    this.dropped = true; // handed over once
    const usage = streamUsage(answer.chunks) ?? this.ctx.annotations.usage;
    if (usage) answer.usage = usage;
    const servedBy = servedByOf(this.ctx);
    if (servedBy) answer.servedBy = servedBy;
    try {
      this.onStored(answer);
    } catch (error) {
      this.ctx.logger.warn({ err: error }, "could not keep a streamed answer in the cache");
    }
  }

  return(value?: unknown): Promise<IteratorResult<StreamChunk>> {
    this.drop();
    const done = this.source.return?.(value);
    return done ?? Promise.resolve({ done: true, value: undefined });
  }

  throw(error?: unknown): Promise<IteratorResult<StreamChunk>> {
    this.drop();
    const thrown = this.source.throw?.(error);
    return thrown ?? Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StreamChunk> {
    return this;
  }
}

/**
 * `replay`: a stored answer as the answer to this request, whichever form each has. JSON for
 * JSON (the stored text as it is); a stream for a stream (the same chunk texts, paced by their
 * stored offsets when asked); JSON from a stream (assembled); a stream from JSON (a chat or text
 * completion told as chunks). A stream gets its usage chunk exactly when the request asks for one
 * (`stream_options.include_usage`). The id and `created` stay as stored.
 */
import {
  assembleStream,
  type CallResult,
  chunkFromText,
  type GatewayRequest,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  jsonResult,
  type StreamChunk,
} from "@aigw/plugin-api";
import type { StoredAnswer, StoredStream } from "./stored-answer.js";
import { chunksFromAnswer } from "./stream-from-json.js";

export interface ReplayOptions {
  /** Replay a stored stream at the pace it arrived (each chunk at its stored offset). */
  pace?: boolean | undefined;
  /** Monotonic milliseconds, for pacing. */
  now?: (() => number) | undefined;
}

/**
 * The answer for `request` from `stored`, or undefined when this stored form cannot answer it
 * (JSON assembled from a stream that is not a chat or text completion, a usage chunk the request
 * asks for and the stored answer does not know).
 */
export function replay(
  stored: StoredAnswer,
  request: GatewayRequest,
  options: ReplayOptions = {},
): CallResult | undefined {
  if (stored.type === "json") {
    if (!request.stream) return jsonResult(stored.text, stored.status);
    const body = parse(stored.text);
    const texts = body === undefined ? undefined : chunksFromAnswer(body, includeUsage(request));
    return texts && stream(stored.status, texts, undefined, options);
  }
  if (!request.stream) {
    const body = jsonFromStream(stored);
    return body && jsonResult(JSON.stringify(body), stored.status);
  }
  const told = withUsageAsAsked(stored, includeUsage(request));
  return told && stream(stored.status, told.texts, options.pace ? told.offsets : undefined, options);
}

/** Whether the request asks for a final usage chunk. */
function includeUsage(request: GatewayRequest): boolean {
  const body: unknown = request.body;
  if (!isJsonObject(body)) return false;
  const options = body.stream_options;
  return isJsonObject(options) && options.include_usage === true;
}

function parse(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function stream(
  status: number,
  texts: readonly string[],
  offsets: readonly number[] | undefined,
  options: ReplayOptions,
): CallResult {
  return {
    type: "stream",
    status,
    chunks: new ReplayStream(texts, offsets, options.now ?? (() => performance.now())),
  };
}

/** A stored chat or text completion stream as one JSON answer (usage from the stored answer). */
function jsonFromStream(stored: StoredStream): JsonObject | undefined {
  const parsed: JsonValue[] = [];
  for (const text of stored.chunks) {
    const value = parse(text);
    if (value === undefined) return undefined;
    parsed.push(value);
  }
  const body = assembleStream(parsed);
  if (!isJsonObject(body)) return undefined;
  const first = parsed.find(isJsonObject)!;
  const answer: JsonObject = { id: body.id ?? null, object: body.object ?? null };
  if (first.created !== undefined) answer.created = first.created;
  answer.model = body.model ?? null;
  answer.choices = body.choices ?? [];
  const usage = body.usage ?? (stored.usage as unknown as JsonObject | undefined);
  if (isJsonObject(usage)) answer.usage = usage;
  if (first.system_fingerprint !== undefined) answer.system_fingerprint = first.system_fingerprint;
  return answer;
}

const USAGE_TEXT = /"usage"\s*:\s*\{/;

/** Whether a chunk is the final usage chunk of a chat or text completion stream. */
function isUsageChunk(text: string): boolean {
  if (!USAGE_TEXT.test(text)) return false;
  const value = parse(text);
  return (
    isJsonObject(value) &&
    isJsonObject(value.usage) &&
    Array.isArray(value.choices) &&
    value.choices.length === 0
  );
}

/**
 * The stored chunks with the usage chunk kept, added (from the stored usage) or left out, as the
 * request asks; undefined when it asks for usage the stored answer does not know.
 */
function withUsageAsAsked(
  stored: StoredStream,
  include: boolean,
): { texts: readonly string[]; offsets: readonly number[] } | undefined {
  const { chunks, offsets } = stored;
  const first = parse(chunks[0]!);
  const kind = isJsonObject(first) ? first.object : undefined;
  // Typed event streams (images) have no usage chunk to adjust.
  if (kind !== "chat.completion.chunk" && kind !== "text_completion") return { texts: chunks, offsets };
  const last = chunks.length - 1;
  const hasUsageChunk = isUsageChunk(chunks[last]!);
  if (include === hasUsageChunk) return { texts: chunks, offsets };
  if (hasUsageChunk) return { texts: chunks.slice(0, last), offsets: offsets.slice(0, last) };
  if (!stored.usage || !isJsonObject(first)) return undefined;
  const usage: JsonObject = { id: first.id ?? null, object: kind, created: first.created ?? null };
  usage.model = first.model ?? null;
  usage.choices = [];
  usage.usage = stored.usage as unknown as JsonObject;
  return { texts: [...chunks, JSON.stringify(usage)], offsets: [...offsets, offsets[last]!] };
}

const DONE: IteratorResult<StreamChunk> = { done: true, value: undefined };

/** Stored chunk texts as a stream: at once, or each at its offset from the first. */
class ReplayStream implements AsyncIterableIterator<StreamChunk> {
  private at = 0;
  private start: number | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: ((step: IteratorResult<StreamChunk>) => void) | undefined;

  constructor(
    private readonly texts: readonly string[],
    private readonly offsets: readonly number[] | undefined,
    private readonly now: () => number,
  ) {}

  next(): Promise<IteratorResult<StreamChunk>> {
    if (this.at >= this.texts.length) return Promise.resolve(DONE);
    const i = this.at++;
    const step: IteratorResult<StreamChunk> = { done: false, value: chunkFromText(this.texts[i]!) };
    if (!this.offsets) return Promise.resolve(step);
    this.start ??= this.now();
    const wait = this.start + this.offsets[i]! - this.now();
    if (wait <= 0) return Promise.resolve(step);
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.waiting = undefined;
        resolve(step);
      }, wait);
    });
  }

  return(): Promise<IteratorResult<StreamChunk>> {
    this.at = this.texts.length;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting?.(DONE);
    this.waiting = undefined;
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StreamChunk> {
    return this;
  }
}

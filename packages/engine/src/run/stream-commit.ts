/**
 * A provider's stream is not the client's until it has shown it is a real answer: its chunks are
 * pulled and held until the first meaningful one (content, a tool call, a refusal, a finish;
 * not the opening chunk that only names the role) has arrived and parsed as a JSON object. A
 * stream that fails, ends or sends something that is not JSON before that fails the call
 * itself, so a router retries it or falls back like any failed attempt and the client never
 * sees half a stream. Once committed, the held chunks are replayed in order, then the rest pass
 * through; a later chunk that is plainly not a JSON object ends the stream with an error.
 */
import {
  type Endpoint,
  GatewayError,
  isGatewayError,
  type StreamChunk,
  type StreamResult,
} from "@aigw/plugin-api";
import { isObject } from "./merge-patch.js";

/**
 * Resolves once the stream has produced its first meaningful chunk; rejects with a 502
 * `upstream_error` naming the upstream (or the stream's own error: a client that left, a
 * timeout, an error event from the upstream) when it fails before that. On failure the
 * upstream stream is released.
 */
export async function commitStream(
  result: StreamResult,
  endpoint: Endpoint,
  upstream: () => string,
): Promise<StreamResult> {
  const source = result.chunks[Symbol.asyncIterator]();
  const held: StreamChunk[] = [];
  try {
    for (;;) {
      const next = await source.next();
      if (next.done)
        throw new GatewayError("upstream_error", `The stream from ${upstream()} ended before any content.`);
      held.push(next.value);
      // A native stream's events are the ingress's to judge: its first JSON event commits it.
      if (isMeaningful(next.value, result.native === undefined ? endpoint : undefined, upstream)) break;
    }
  } catch (thrown) {
    release(source);
    throw isGatewayError(thrown)
      ? thrown
      : new GatewayError("upstream_error", `The stream from ${upstream()} failed before any content.`, {
          cause: thrown,
        });
  }
  return { ...result, chunks: new Replay(held, source, upstream) };
}

/** Parses the chunk (kept for later readers) and says whether it carries part of the answer. */
export function isMeaningful(
  chunk: StreamChunk,
  endpoint: Endpoint | undefined,
  upstream: () => string,
): boolean {
  let data: unknown;
  try {
    data = chunk.data;
  } catch (cause) {
    throw new GatewayError(
      "upstream_error",
      `The stream from ${upstream()} sent an event that is not JSON.`,
      {
        cause,
      },
    );
  }
  if (!isObject(data))
    throw new GatewayError(
      "upstream_error",
      `The stream from ${upstream()} sent an event that is not a JSON object.`,
    );
  // Typed event streams (images, transcriptions) have no opening chunk: any event is the answer.
  if (endpoint !== "chat.completions" && endpoint !== "completions") return true;
  const choices = data.choices;
  if (!Array.isArray(choices)) return false;
  for (const choice of choices) {
    if (!isObject(choice)) continue;
    if (choice.finish_reason != null) return true;
    if (endpoint === "completions") {
      if (typeof choice.text === "string" && choice.text !== "") return true;
      continue;
    }
    const delta = choice.delta;
    if (!isObject(delta)) continue;
    // Content, tool calls, a refusal, reasoning: anything a delta carries besides its role.
    for (const key in delta) if (key !== "role" && isPresent(delta[key])) return true;
  }
  return false;
}

function isPresent(value: unknown): boolean {
  if (value === null || value === undefined || value === "" || value === false) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "object") {
    for (const _ in value) return true;
    return false;
  }
  return true;
}

/** Stops an upstream stream nobody will read on (its provider closes the connection). */
function release(source: AsyncIterator<StreamChunk>): void {
  try {
    const done = source.return?.();
    if (done) done.catch(() => {});
  } catch {
    // Releasing is best effort: the stream failed already.
  }
}

/** `{` ... `}` around optional whitespace: a cheap test that a chunk's text is a JSON object. */
function looksLikeObject(text: string): boolean {
  let start = 0;
  let end = text.length - 1;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end))) end--;
  return text.charCodeAt(start) === 123 && text.charCodeAt(end) === 125;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The committed stream: the held chunks first, then the upstream's. A hand-written iterator
 * rather than an async generator: after the held chunks each `next()` is the upstream's own plus
 * one `then`, which keeps time to first token and per-chunk cost where they were. Chunks after
 * the commit are not parsed (that costs ~1 µs each, on every chunk of every stream): a text
 * that is not even `{...}` (cut short, garbage) ends the stream with an error event instead of
 * reaching the client.
 */
class Replay implements AsyncIterableIterator<StreamChunk> {
  private at = 0;

  constructor(
    private held: (StreamChunk | undefined)[],
    private readonly source: AsyncIterator<StreamChunk>,
    private readonly upstream: () => string,
  ) {}

  next(): Promise<IteratorResult<StreamChunk>> {
    if (this.at < this.held.length) {
      const value = this.held[this.at]!;
      this.held[this.at++] = undefined;
      return Promise.resolve({ done: false, value });
    }
    return this.source.next().then(this.checked);
  }

  private readonly checked = (next: IteratorResult<StreamChunk>): IteratorResult<StreamChunk> => {
    const text = next.done ? undefined : next.value.text;
    if (text === undefined || looksLikeObject(text)) return next;
    release(this.source);
    throw new GatewayError(
      "upstream_error",
      `The stream from ${this.upstream()} sent an event that is not JSON.`,
    );
  };

  async return(): Promise<IteratorResult<StreamChunk>> {
    this.held = [];
    await this.source.return?.();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StreamChunk> {
    return this;
  }
}

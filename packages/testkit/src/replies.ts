/**
 * Scripted replies of a fake upstream: plain bodies (JSON, text, bytes), server-sent event
 * streams with pacing and an ending of choice, connection resets, stalls, and delays. A script is
 * one reply for every request, or a function of the recorded request and its index.
 */
import type { RecordedRequest } from "./recorded.js";

/** A complete body, written at once or in parts (`delayMs` apart). */
export interface BodyReply {
  readonly kind: "body";
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly parts: readonly Uint8Array[];
  readonly delayMs: number;
  /** Destroy the connection after the parts instead of ending the response (a cut-off body). */
  readonly cut?: boolean;
}

/** How an SSE reply ends after its events. */
export type SseEnding =
  /** End the response normally. */
  | "end"
  /** Destroy the connection (a cut-off stream). */
  | "reset"
  /** Keep the connection open and send nothing more (until the server closes). */
  | "stall";

/** A verbatim chunk of an SSE body (comments, `event:` lines, malformed frames). */
export class RawSse {
  constructor(readonly text: string) {}
}

/** An SSE event with a name (`event: <name>` before its data), as Anthropic streams send. */
export class NamedSse {
  constructor(
    readonly event: string,
    readonly data: string | object,
  ) {}
}

/** A point in an SSE script where the server waits until the test opens the gate. */
export class Gate {
  readonly opened: Promise<void>;
  private release!: () => void;
  constructor() {
    this.opened = new Promise((resolve) => {
      this.release = resolve;
    });
  }
  open(): void {
    this.release();
  }
}

/**
 * One item of an SSE script: a string is sent as `data: <string>`, an object as
 * `data: <JSON>`, a `NamedSse` with its `event:` line, a `RawSse` verbatim, and a `Gate` pauses
 * the stream until opened.
 */
export type SseItem = string | object | NamedSse | RawSse | Gate;

export interface SseReply {
  readonly kind: "sse";
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly items: readonly SseItem[];
  readonly delayMs: number;
  readonly done: boolean;
  readonly ending: SseEnding;
}

export interface ResetReply {
  readonly kind: "reset";
  /** Send the status line and headers first, then destroy the connection. */
  readonly afterHeaders: boolean;
  readonly status: number;
}

export interface StallReply {
  readonly kind: "stall";
}

export interface DelayedReply {
  readonly kind: "delay";
  readonly ms: number;
  readonly reply: Reply;
}

export type Reply = BodyReply | SseReply | ResetReply | StallReply | DelayedReply;

/** What answers requests: one reply for all, or a function of each request and its 0-based index. */
export type Script = Reply | ((request: RecordedRequest, index: number) => Reply | Promise<Reply>);

const encoder = new TextEncoder();

/** A JSON body (the value is serialised; a string is sent as is). */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): BodyReply {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  return {
    kind: "body",
    status,
    headers: { "content-type": "application/json", ...headers },
    parts: [encoder.encode(text)],
    delayMs: 0,
  };
}

/** A text body (an HTML error page from a proxy, a plain-text transcription...). */
export function text(
  status: number,
  body: string,
  contentType = "text/plain; charset=utf-8",
  headers: Record<string, string> = {},
): BodyReply {
  return {
    kind: "body",
    status,
    headers: { "content-type": contentType, ...headers },
    parts: [encoder.encode(body)],
    delayMs: 0,
  };
}

/** A binary body; several parts are written separately, `delayMs` apart (a streamed download). */
export function bytes(
  status: number,
  contentType: string,
  data: Uint8Array | readonly Uint8Array[],
  options: { headers?: Record<string, string>; delayMs?: number; cut?: boolean } = {},
): BodyReply {
  return {
    kind: "body",
    status,
    headers: { "content-type": contentType, ...options.headers },
    parts: data instanceof Uint8Array ? [data] : data,
    delayMs: options.delayMs ?? 0,
    cut: options.cut ?? false,
  };
}

export interface SseOptions {
  /** Wait this long before each event (default 0). */
  delayMs?: number;
  /** Send `data: [DONE]` after the events (default true; OpenAI's end-of-stream marker). */
  done?: boolean;
  /** What happens after the events (and `[DONE]`): default `end`. (Not `then`: that reads as a thenable.) */
  ending?: SseEnding;
  status?: number;
  headers?: Record<string, string>;
}

/** A `text/event-stream` reply; each event is flushed to the socket as it is written. */
export function sse(items: readonly SseItem[], options: SseOptions = {}): SseReply {
  return {
    kind: "sse",
    status: options.status ?? 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      ...options.headers,
    },
    items,
    delayMs: options.delayMs ?? 0,
    done: options.done ?? true,
    ending: options.ending ?? "end",
  };
}

/** Destroys the connection with a TCP reset: before any byte (default), or after the headers. */
export function reset(options: { afterHeaders?: boolean; status?: number } = {}): ResetReply {
  return { kind: "reset", afterHeaders: options.afterHeaders ?? false, status: options.status ?? 200 };
}

/** Never answers; the connection is closed when the client gives up or the server closes. */
export function stall(): StallReply {
  return { kind: "stall" };
}

/** Waits `ms` before giving `reply` (to exercise timeouts). */
export function delay(ms: number, reply: Reply): DelayedReply {
  return { kind: "delay", ms, reply };
}

/** Answers the n-th request with the n-th reply; the last reply repeats. */
export function sequence(...replies: readonly [Reply, ...Reply[]]): Script {
  return (_request, index) => replies[Math.min(index, replies.length - 1)]!;
}

/** A named SSE event, e.g. `namedEvent("message_start", {...})`. */
export function namedEvent(event: string, data: string | object): NamedSse {
  return new NamedSse(event, data);
}

/** A new closed gate for an SSE script. */
export function gate(): Gate {
  return new Gate();
}

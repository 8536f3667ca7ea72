/**
 * What a terminal (provider or router) produces and what flows back through the response-side
 * hooks: a JSON body, a stream of chunks, or binary content (audio). Bodies keep their original
 * text while unchanged so the engine can forward them without re-serialising.
 */
import type { ChatCompletion, ChatCompletionChunk } from "./openai/chat.js";
import type { JsonValue } from "./openai/common.js";
import type { Completion, CompletionChunk } from "./openai/completions.js";

/** A complete JSON answer (chat completion, embeddings, images, transcription...). */
export interface JsonResult {
  readonly type: "json";
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The parsed body (parsed on first access when built from text). */
  readonly body: JsonValue;
  /** The body's text exactly as it will be sent, while unchanged; absent once changed. */
  readonly text?: string | undefined;
}

/** One streamed event; `data` is OpenAI's chunk shape for the endpoint. */
export interface StreamChunk {
  /** The parsed chunk (parsed on first access when built from text). */
  readonly data: ChatCompletionChunk | CompletionChunk | JsonValue;
  /** The chunk's JSON text exactly as received, while unchanged. */
  readonly text?: string | undefined;
}

/** A streamed answer: chunks arrive as the upstream sends them. */
export interface StreamResult {
  readonly type: "stream";
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The chunks; iteration throws if the upstream fails mid-stream. */
  readonly chunks: AsyncIterable<StreamChunk>;
}

/** Binary content such as synthesized speech. */
export interface BinaryResult {
  readonly type: "binary";
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly contentType: string;
  readonly body: AsyncIterable<Uint8Array> | Uint8Array;
}

export type CallResult = JsonResult | StreamResult | BinaryResult;

/** A JSON result whose parsed body is computed from `text` only when someone reads it. */
export function jsonResult(
  text: string,
  status = 200,
  headers?: Readonly<Record<string, string>>,
): JsonResult {
  let parsed: JsonValue | undefined;
  return {
    type: "json",
    status,
    headers,
    text,
    get body(): JsonValue {
      if (parsed === undefined) parsed = JSON.parse(text) as JsonValue;
      return parsed;
    },
  };
}

/** A JSON result from a value; its text is serialised once, when sent. */
export function jsonValueResult(
  body: JsonValue | ChatCompletion | Completion,
  status = 200,
  headers?: Readonly<Record<string, string>>,
): JsonResult {
  return { type: "json", status, headers, body: body as JsonValue };
}

/** A stream chunk parsed lazily from its JSON text. */
export function chunkFromText(text: string): StreamChunk {
  let parsed: JsonValue | undefined;
  return {
    text,
    get data(): JsonValue {
      if (parsed === undefined) parsed = JSON.parse(text) as JsonValue;
      return parsed;
    },
  };
}

/**
 * What a terminal (provider or router) produces and what flows back through the response-side
 * hooks: a JSON body, a stream of chunks, or binary content (audio). Bodies keep their original
 * text while unchanged so the engine can forward them without re-serialising.
 */
import type { TranscriptionResponse, VerboseTranscriptionResponse } from "./openai/audio.js";
import type { ChatCompletion, ChatCompletionChunk } from "./openai/chat.js";
import type { JsonObject, JsonValue } from "./openai/common.js";
import type { Completion, CompletionChunk } from "./openai/completions.js";
import type { EmbeddingResponse } from "./openai/embeddings.js";
import type { ImagesResponse } from "./openai/images.js";
import type { ModerationResponse } from "./openai/moderations.js";
import type { Endpoint, GatewayRequestOf } from "./request.js";

/** A complete JSON answer (chat completion, embeddings, images, transcription...). */
export interface JsonResult {
  readonly type: "json";
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** The parsed body (parsed on first access when built from text). */
  readonly body: JsonValue;
  /** The body's text exactly as it will be sent, while unchanged; absent once changed. */
  readonly text?: string | undefined;
  /** Set when the body is in an ingress's native format rather than OpenAI's (see `NativeAnswer`). */
  readonly native?: string | undefined;
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
  /** Set when each chunk is an event of an ingress's native format rather than OpenAI's. */
  readonly native?: string | undefined;
}

/**
 * A native answer: a provider that speaks an ingress's format (the request's `native.format`)
 * may send the request's native body upstream as it is and answer in that format, marking the
 * result with `native: format` (a JSON body in the format, or a stream whose chunks are the
 * format's events, each chunk's `data` one event's JSON). Only the ingress that decoded the
 * request reads such an answer. The engine gives a provider the native body only when no node on
 * the way back reads answers (no response or chunk hooks in the plan): those expect OpenAI's
 * shape, so with them the provider answers in OpenAI's shape and the ingress translates.
 */
export type NativeAnswer = (JsonResult | StreamResult) & { readonly native: string };

/** Binary content such as synthesized speech. */
export interface BinaryResult {
  readonly type: "binary";
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>> | undefined;
  readonly contentType: string;
  readonly body: AsyncIterable<Uint8Array> | Uint8Array;
}

export type CallResult = JsonResult | StreamResult | BinaryResult;

/**
 * A JSON result whose parsed body is computed from `text` only when someone reads it. A class,
 * not an object literal with a getter: V8 gives every such literal an accessor of its own, which
 * made building one ~25x slower (640 vs 25 ns). `body` lives on the prototype, so `{ ...result }`
 * does not copy it: to change a result, build a new one (`jsonValueResult`).
 */
class TextJsonResult implements JsonResult {
  readonly type = "json";
  private parsed: JsonValue | undefined = undefined;

  constructor(
    readonly text: string,
    readonly status: number,
    readonly headers: Readonly<Record<string, string>> | undefined,
    readonly native: string | undefined,
  ) {}

  get body(): JsonValue {
    if (this.parsed === undefined) this.parsed = JSON.parse(this.text) as JsonValue;
    return this.parsed;
  }
}

/**
 * A JSON result whose parsed body is computed from `text` only when someone reads it; `native`
 * names the ingress format the text is in when it is not OpenAI's (see `NativeAnswer`).
 */
export function jsonResult(
  text: string,
  status = 200,
  headers?: Readonly<Record<string, string>>,
  native?: string,
): JsonResult {
  return new TextJsonResult(text, status, headers, native);
}

/** A JSON result from a value; its text is serialised once, when sent. */
export function jsonValueResult(
  body: JsonValue | ChatCompletion | Completion,
  status = 200,
  headers?: Readonly<Record<string, string>>,
): JsonResult {
  return { type: "json", status, headers, body: body as JsonValue };
}

/** A stream chunk whose `data` is parsed from its text on first access (a class, as above). */
class TextChunk implements StreamChunk {
  private parsed: JsonValue | undefined = undefined;

  constructor(readonly text: string) {}

  get data(): JsonValue {
    if (this.parsed === undefined) this.parsed = JSON.parse(this.text) as JsonValue;
    return this.parsed;
  }
}

/** A stream chunk parsed lazily from its JSON text. */
export function chunkFromText(text: string): StreamChunk {
  return new TextChunk(text);
}

/** The JSON answer of each endpoint (speech answers are binary). */
export interface EndpointAnswers {
  "chat.completions": ChatCompletion;
  completions: Completion;
  embeddings: EmbeddingResponse;
  "images.generations": ImagesResponse;
  "audio.speech": never;
  "audio.transcriptions": TranscriptionResponse | VerboseTranscriptionResponse;
  moderations: ModerationResponse;
}

/** The streamed chunk of each endpoint (typed event streams carry plain JSON objects). */
export interface EndpointChunks {
  "chat.completions": ChatCompletionChunk;
  completions: CompletionChunk;
  embeddings: never;
  "images.generations": JsonObject;
  "audio.speech": never;
  "audio.transcriptions": JsonObject;
  moderations: never;
}

/**
 * A JSON answer's body typed for the request's endpoint. The engine has already checked that the
 * answer has its endpoint's shape, so narrowing the request (`request.endpoint === "chat.completions"`)
 * is enough to read a `ChatCompletion` without casts.
 */
export function answerBody<E extends Endpoint>(
  _request: GatewayRequestOf<E>,
  result: JsonResult,
): EndpointAnswers[E] {
  return result.body as unknown as EndpointAnswers[E];
}

/** A streamed chunk's data typed for the request's endpoint (see `answerBody`). */
export function chunkData<E extends Endpoint>(
  _request: GatewayRequestOf<E>,
  chunk: StreamChunk,
): EndpointChunks[E] {
  return chunk.data as unknown as EndpointChunks[E];
}

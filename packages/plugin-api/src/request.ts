/**
 * The request as plugins see it: which endpoint, the typed OpenAI-shaped body, the caller's
 * headers and metadata, and the original bytes while nobody has changed the body (so providers
 * can forward them without re-serialising).
 */
import type { SpeechRequest, TranscriptionRequest } from "./openai/audio.js";
import type { ChatCompletionRequest } from "./openai/chat.js";
import type { JsonValue } from "./openai/common.js";
import type { CompletionRequest } from "./openai/completions.js";
import type { EmbeddingRequest } from "./openai/embeddings.js";
import type { ImageGenerationRequest } from "./openai/images.js";
import type { ModerationRequest } from "./openai/moderations.js";

/** The request body of each endpoint the gateway serves. */
export interface EndpointBodies {
  "chat.completions": ChatCompletionRequest;
  completions: CompletionRequest;
  embeddings: EmbeddingRequest;
  "images.generations": ImageGenerationRequest;
  "audio.speech": SpeechRequest;
  "audio.transcriptions": TranscriptionRequest;
  moderations: ModerationRequest;
}

export type Endpoint = keyof EndpointBodies;

/** One request of one endpoint. Treat it as immutable: plugins change it by returning a patch. */
export interface GatewayRequestOf<E extends Endpoint> {
  readonly endpoint: E;
  readonly method: string;
  /** The URL path the client called, e.g. `/v1/chat/completions`. */
  readonly path: string;
  /** The client's request headers. */
  readonly headers: Headers;
  readonly body: EndpointBodies[E];
  /** `body.model`, when the body names one. */
  readonly model: string | undefined;
  /** True when the client asked for a streamed answer. */
  readonly stream: boolean;
  /** Caller-supplied metadata (the `x-aigw-metadata` header, a JSON object). */
  readonly metadata: Readonly<Record<string, JsonValue>>;
  /** The body exactly as received; `undefined` once a plugin has changed the body. */
  readonly raw: Uint8Array | undefined;
  /** When the request came through an ingress plugin: its format and the native body. */
  readonly native?: { readonly format: string; readonly body: JsonValue } | undefined;
}

/** A request of any endpoint; narrow it on `endpoint`. */
export type GatewayRequest = { [E in Endpoint]: GatewayRequestOf<E> }[Endpoint];

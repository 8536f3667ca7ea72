/**
 * Request and response shapes of the OpenAI Chat Completions endpoint (`POST /v1/chat/completions`):
 * the request body with its messages (a union discriminated on `role`), content parts, tools and
 * tool choice; the non-streaming `ChatCompletion` response; and the `ChatCompletionChunk` objects sent
 * as server-sent events when `stream: true`. Field names are snake_case exactly as on the wire.
 * Unknown or provider-specific fields are not modelled here; they are handled elsewhere.
 */

import type { JsonObject, OpenEnum, Usage } from "./common.js";

// ---------------------------------------------------------------------------
// Content parts
// ---------------------------------------------------------------------------

/** A text content part. */
export interface ChatCompletionContentPartText {
  type: "text";
  text: string;
}

/** An image content part, given by URL or by `data:` URL with base64 image data. */
export interface ChatCompletionContentPartImage {
  type: "image_url";
  image_url: {
    /** `https://` URL or `data:image/...;base64,...` URL. */
    url: string;
    /** Image detail level; defaults to `auto`. */
    detail?: "auto" | "low" | "high";
  };
}

/** A base64-encoded audio input content part. */
export interface ChatCompletionContentPartInputAudio {
  type: "input_audio";
  input_audio: {
    /** Base64-encoded audio data. */
    data: string;
    format: "wav" | "mp3";
  };
}

/** A file content part, given by uploaded file id or inline base64 data. */
export interface ChatCompletionContentPartFile {
  type: "file";
  file: {
    /** Base64-encoded file data (typically a `data:` URL). */
    file_data?: string;
    /** Id of a file uploaded via the Files API. */
    file_id?: string;
    /** File name, used when passing `file_data`. */
    filename?: string;
  };
}

/** A refusal content part (assistant messages only). */
export interface ChatCompletionContentPartRefusal {
  type: "refusal";
  refusal: string;
}

/** Any content part allowed in a user message. */
export type ChatCompletionContentPart =
  | ChatCompletionContentPartText
  | ChatCompletionContentPartImage
  | ChatCompletionContentPartInputAudio
  | ChatCompletionContentPartFile;

/** Content parts allowed in an assistant message. */
export type ChatCompletionAssistantContentPart =
  | ChatCompletionContentPartText
  | ChatCompletionContentPartRefusal;

// ---------------------------------------------------------------------------
// Tools
// ---------------------------------------------------------------------------

/** A function definition the model may call. */
export interface FunctionDefinition {
  /** Function name: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters. */
  name: string;
  description?: string;
  /** JSON Schema object describing the arguments. */
  parameters?: JsonObject;
  /** Enforce the schema exactly (Structured Outputs). */
  strict?: boolean | null;
}

/** A tool entry of the `tools` request array. */
export interface ChatCompletionTool {
  type: "function";
  function: FunctionDefinition;
}

/** Forces the model to call one specific function. */
export interface ChatCompletionNamedToolChoice {
  type: "function";
  function: { name: string };
}

/** The `tool_choice` request parameter. */
export type ChatCompletionToolChoice = "none" | "auto" | "required" | ChatCompletionNamedToolChoice;

/** A tool call emitted by the model (in responses, and echoed back in assistant messages). */
export interface ChatCompletionMessageToolCall {
  id: string;
  type: "function";
  function: {
    name: string;
    /** Arguments as a JSON-encoded string; may be invalid JSON. */
    arguments: string;
  };
}

/** @deprecated Legacy function call, superseded by `tool_calls`. */
export interface ChatCompletionFunctionCall {
  name: string;
  /** Arguments as a JSON-encoded string. */
  arguments: string;
}

/** @deprecated Legacy `functions` request entry, superseded by `tools`. */
export type ChatCompletionFunction = FunctionDefinition;

/** @deprecated Legacy `function_call` request parameter, superseded by `tool_choice`. */
export type ChatCompletionFunctionCallOption = "none" | "auto" | { name: string };

// ---------------------------------------------------------------------------
// Messages
// ---------------------------------------------------------------------------

/** System instructions (for o1 and newer models prefer `developer`). */
export interface ChatCompletionSystemMessageParam {
  role: "system";
  content: string | ChatCompletionContentPartText[];
  name?: string;
}

/** Developer instructions that the model should follow regardless of user messages. */
export interface ChatCompletionDeveloperMessageParam {
  role: "developer";
  content: string | ChatCompletionContentPartText[];
  name?: string;
}

/** A message from the end user. */
export interface ChatCompletionUserMessageParam {
  role: "user";
  content: string | ChatCompletionContentPart[];
  name?: string;
}

/** A previous assistant turn sent back as conversation history. */
export interface ChatCompletionAssistantMessageParam {
  role: "assistant";
  /** Required unless `tool_calls` or `function_call` is given. */
  content?: string | ChatCompletionAssistantContentPart[] | null;
  refusal?: string | null;
  tool_calls?: ChatCompletionMessageToolCall[];
  /** @deprecated Use `tool_calls`. */
  function_call?: ChatCompletionFunctionCall | null;
  name?: string;
  /** Reference to a previous audio response from the model. */
  audio?: { id: string } | null;
}

/** The result of a tool call. */
export interface ChatCompletionToolMessageParam {
  role: "tool";
  /** Id of the tool call this message answers. */
  tool_call_id: string;
  content: string | ChatCompletionContentPartText[];
}

/** @deprecated The result of a legacy function call; use `tool` messages. */
export interface ChatCompletionFunctionMessageParam {
  role: "function";
  name: string;
  content: string | null;
}

/** Any message of the `messages` request array, discriminated on `role`. */
export type ChatCompletionMessageParam =
  | ChatCompletionSystemMessageParam
  | ChatCompletionDeveloperMessageParam
  | ChatCompletionUserMessageParam
  | ChatCompletionAssistantMessageParam
  | ChatCompletionToolMessageParam
  | ChatCompletionFunctionMessageParam;

/** Every message role. */
export type ChatCompletionRole = ChatCompletionMessageParam["role"];

// ---------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------

/** Free-form text output (the default). */
export interface ResponseFormatText {
  type: "text";
}

/** JSON mode: the output is guaranteed to be valid JSON. */
export interface ResponseFormatJsonObject {
  type: "json_object";
}

/** Structured Outputs: the output conforms to the given JSON Schema. */
export interface ResponseFormatJsonSchema {
  type: "json_schema";
  json_schema: {
    /** Name of the format: a-z, A-Z, 0-9, underscores and dashes, at most 64 characters. */
    name: string;
    description?: string;
    /** The JSON Schema object. */
    schema?: JsonObject;
    strict?: boolean | null;
  };
}

/** The `response_format` request parameter. */
export type ChatCompletionResponseFormat =
  | ResponseFormatText
  | ResponseFormatJsonObject
  | ResponseFormatJsonSchema;

/** The `stream_options` request parameter (only with `stream: true`). */
export interface ChatCompletionStreamOptions {
  /** Send a final chunk with empty `choices` and the request's `usage`. */
  include_usage?: boolean;
  /** Pad chunks with an `obfuscation` field to normalise payload sizes. */
  include_obfuscation?: boolean;
}

/** The `reasoning_effort` request parameter for reasoning models. */
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high";

/** The `service_tier` parameter and response field. */
export type ServiceTier = "auto" | "default" | "flex" | "scale" | "priority";

/** Output modalities to generate. */
export type ChatCompletionModality = "text" | "audio";

/** The `audio` request parameter, required when `modalities` includes `"audio"`. */
export interface ChatCompletionAudioParam {
  voice: OpenEnum<
    "alloy" | "ash" | "ballad" | "coral" | "echo" | "fable" | "nova" | "onyx" | "sage" | "shimmer" | "verse"
  >;
  format: "wav" | "aac" | "mp3" | "flac" | "opus" | "pcm16";
}

/** The `prediction` request parameter (Predicted Outputs). */
export interface ChatCompletionPredictionContent {
  type: "content";
  content: string | ChatCompletionContentPartText[];
}

/** The `web_search_options` request parameter (search-enabled models). */
export interface ChatCompletionWebSearchOptions {
  search_context_size?: "low" | "medium" | "high";
  user_location?: {
    type: "approximate";
    approximate: {
      city?: string;
      country?: string;
      region?: string;
      timezone?: string;
    };
  } | null;
}

/**
 * Body of `POST /v1/chat/completions`.
 *
 * @remarks Only documented OpenAI parameters are modelled; no index signature is declared on
 * purpose, so provider-specific extras must be carried separately.
 */
export interface ChatCompletionRequest {
  /** Model id, e.g. `gpt-4o`. */
  model: string;
  /** The conversation so far. */
  messages: ChatCompletionMessageParam[];
  /** Sampling temperature between 0 and 2. */
  temperature?: number | null;
  /** Nucleus sampling probability mass. */
  top_p?: number | null;
  /** How many choices to generate. */
  n?: number | null;
  /** Stream the response as server-sent `ChatCompletionChunk` events. */
  stream?: boolean | null;
  stream_options?: ChatCompletionStreamOptions | null;
  /** Up to 4 sequences where generation stops. */
  stop?: string | string[] | null;
  /** @deprecated Use `max_completion_tokens`; not supported by reasoning models. */
  max_tokens?: number | null;
  /** Upper bound on generated tokens, including reasoning tokens. */
  max_completion_tokens?: number | null;
  /** Between -2.0 and 2.0. */
  presence_penalty?: number | null;
  /** Between -2.0 and 2.0. */
  frequency_penalty?: number | null;
  /** Map of token id (as a string) to a bias between -100 and 100. */
  logit_bias?: Record<string, number> | null;
  /** Return log probabilities of the output tokens. */
  logprobs?: boolean | null;
  /** 0-20 most likely tokens to return per position; requires `logprobs: true`. */
  top_logprobs?: number | null;
  /** @deprecated End-user identifier; use `safety_identifier` and `prompt_cache_key`. */
  user?: string;
  /** Best-effort deterministic sampling seed. */
  seed?: number | null;
  tools?: ChatCompletionTool[];
  tool_choice?: ChatCompletionToolChoice;
  /** Allow several tool calls in one turn. */
  parallel_tool_calls?: boolean;
  response_format?: ChatCompletionResponseFormat;
  reasoning_effort?: ReasoningEffort | null;
  /** Constrains the verbosity of the answer. */
  verbosity?: "low" | "medium" | "high" | null;
  modalities?: ChatCompletionModality[] | null;
  audio?: ChatCompletionAudioParam | null;
  prediction?: ChatCompletionPredictionContent | null;
  /** Up to 16 string key/value pairs. */
  metadata?: Record<string, string> | null;
  /** Store the completion for distillation / evals. */
  store?: boolean | null;
  service_tier?: ServiceTier | null;
  web_search_options?: ChatCompletionWebSearchOptions;
  /** Key used to improve prompt cache hit rates. */
  prompt_cache_key?: string;
  /** Stable, hashed end-user identifier used for abuse detection. */
  safety_identifier?: string;
  /** @deprecated Use `tools`. */
  functions?: ChatCompletionFunction[];
  /** @deprecated Use `tool_choice`. */
  function_call?: ChatCompletionFunctionCallOption;
}

// ---------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------

/** Why the model stopped generating. */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "function_call";

/** Log probability of one alternative token. */
export interface ChatCompletionTopLogprob {
  token: string;
  logprob: number;
  /** UTF-8 bytes of the token, or `null` if it has none. */
  bytes: number[] | null;
}

/** Log probability of one output token with its most likely alternatives. */
export interface ChatCompletionTokenLogprob extends ChatCompletionTopLogprob {
  top_logprobs: ChatCompletionTopLogprob[];
}

/** The `logprobs` object of a choice. */
export interface ChatCompletionLogprobs {
  content: ChatCompletionTokenLogprob[] | null;
  refusal: ChatCompletionTokenLogprob[] | null;
}

/** Audio generated by the model when `modalities` includes `"audio"`. */
export interface ChatCompletionAudio {
  /** Id to reference this audio in later assistant messages. */
  id: string;
  /** Base64-encoded audio in the requested format. */
  data: string;
  /** Unix timestamp (seconds) after which the audio can no longer be referenced. */
  expires_at: number;
  transcript: string;
}

/** A URL citation produced by web search. */
export interface ChatCompletionUrlCitation {
  type: "url_citation";
  url_citation: {
    start_index: number;
    end_index: number;
    url: string;
    title: string;
  };
}

/** The assistant message of a non-streaming choice. */
export interface ChatCompletionResponseMessage {
  role: "assistant";
  content: string | null;
  refusal?: string | null;
  tool_calls?: ChatCompletionMessageToolCall[];
  audio?: ChatCompletionAudio | null;
  annotations?: ChatCompletionUrlCitation[];
  /** @deprecated Use `tool_calls`. */
  function_call?: ChatCompletionFunctionCall | null;
}

/** One choice of a non-streaming response. */
export interface ChatCompletionChoice {
  index: number;
  message: ChatCompletionResponseMessage;
  finish_reason: FinishReason;
  logprobs?: ChatCompletionLogprobs | null;
}

/** Response body of a non-streaming `POST /v1/chat/completions`. */
export interface ChatCompletion {
  id: string;
  object: "chat.completion";
  /** Unix timestamp (seconds). */
  created: number;
  model: string;
  choices: ChatCompletionChoice[];
  usage?: Usage;
  system_fingerprint?: string | null;
  service_tier?: ServiceTier | null;
}

// ---------------------------------------------------------------------------
// Streaming
// ---------------------------------------------------------------------------

/** A partial tool call in a stream delta; fragments with the same `index` concatenate. */
export interface ChatCompletionChunkToolCall {
  /** Position of the tool call in the final `tool_calls` array. */
  index: number;
  /** Present on the first fragment of a tool call. */
  id?: string;
  type?: "function";
  function?: {
    name?: string;
    /** A fragment of the JSON-encoded arguments. */
    arguments?: string;
  };
}

/** The incremental message content of a streaming choice. */
export interface ChatCompletionChunkDelta {
  role?: "developer" | "system" | "user" | "assistant" | "tool";
  content?: string | null;
  refusal?: string | null;
  tool_calls?: ChatCompletionChunkToolCall[];
  /** @deprecated Use `tool_calls`. */
  function_call?: { name?: string; arguments?: string };
}

/** One choice of a streaming chunk. */
export interface ChatCompletionChunkChoice {
  index: number;
  delta: ChatCompletionChunkDelta;
  /** `null` until the final chunk of this choice. */
  finish_reason: FinishReason | null;
  logprobs?: ChatCompletionLogprobs | null;
}

/**
 * One server-sent event payload of a streaming `POST /v1/chat/completions` (`data: {...}` lines,
 * terminated by `data: [DONE]`).
 */
export interface ChatCompletionChunk {
  id: string;
  object: "chat.completion.chunk";
  /** Unix timestamp (seconds); identical for every chunk of a stream. */
  created: number;
  model: string;
  /** Empty in the final usage chunk sent when `stream_options.include_usage` is set. */
  choices: ChatCompletionChunkChoice[];
  /** `null` on every chunk except the final usage chunk. */
  usage?: Usage | null;
  system_fingerprint?: string | null;
  service_tier?: ServiceTier | null;
}

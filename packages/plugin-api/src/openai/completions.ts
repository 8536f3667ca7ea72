/**
 * Request and response shapes of the legacy text Completions endpoint (`POST /v1/completions`):
 * the `CompletionRequest` body with its prompt forms (text, token ids, or batches of either), the
 * non-streaming `Completion` response, and the `CompletionChunk` objects sent as server-sent events
 * when `stream: true`. Both response shapes use `object: "text_completion"` on the wire.
 */

import type { ChatCompletionStreamOptions } from "./chat.js";
import type { Usage } from "./common.js";

/**
 * Body of `POST /v1/completions` (legacy).
 *
 * @remarks `prompt` may be a string, an array of strings, an array of token ids, or an array of
 * token-id arrays; the array forms request a batch of independent completions.
 */
export interface CompletionRequest {
  /** Model id, e.g. `gpt-3.5-turbo-instruct`. */
  model: string;
  prompt: string | string[] | number[] | number[][] | null;
  /** Text that comes after the inserted completion. */
  suffix?: string | null;
  /** Upper bound on generated tokens; defaults to 16. */
  max_tokens?: number | null;
  temperature?: number | null;
  top_p?: number | null;
  /** Completions to return per prompt. */
  n?: number | null;
  stream?: boolean | null;
  stream_options?: ChatCompletionStreamOptions | null;
  /** Number (0-5) of most likely tokens to return log probabilities for. */
  logprobs?: number | null;
  /** Echo the prompt back in addition to the completion. */
  echo?: boolean | null;
  stop?: string | string[] | null;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  /** Generate `best_of` candidates server-side and return the best `n`. */
  best_of?: number | null;
  /** Map of token id (as a string) to a bias between -100 and 100. */
  logit_bias?: Record<string, number> | null;
  user?: string;
  seed?: number | null;
}

/** The `logprobs` object of a legacy completion choice. */
export interface CompletionLogprobs {
  text_offset?: number[];
  token_logprobs?: number[];
  tokens?: string[];
  /** For each position, a map of token to log probability. */
  top_logprobs?: Record<string, number>[];
}

/** Why a legacy completion stopped. */
export type CompletionFinishReason = "stop" | "length" | "content_filter";

/** One choice of a legacy completion. */
export interface CompletionChoice {
  text: string;
  index: number;
  logprobs: CompletionLogprobs | null;
  finish_reason: CompletionFinishReason;
}

/** Response body of a non-streaming `POST /v1/completions`. */
export interface Completion {
  id: string;
  object: "text_completion";
  /** Unix timestamp (seconds). */
  created: number;
  model: string;
  choices: CompletionChoice[];
  usage?: Usage;
  system_fingerprint?: string;
}

/** One choice of a streaming legacy completion chunk. */
export interface CompletionChunkChoice {
  text: string;
  index: number;
  logprobs: CompletionLogprobs | null;
  /** `null` until the final chunk of this choice. */
  finish_reason: CompletionFinishReason | null;
}

/**
 * One server-sent event payload of a streaming `POST /v1/completions` (terminated by
 * `data: [DONE]`). The object type is `text_completion`, the same as non-streaming responses.
 */
export interface CompletionChunk {
  id: string;
  object: "text_completion";
  created: number;
  model: string;
  choices: CompletionChunkChoice[];
  /** Present on the final chunk only when `stream_options.include_usage` is set. */
  usage?: Usage | null;
  system_fingerprint?: string;
}

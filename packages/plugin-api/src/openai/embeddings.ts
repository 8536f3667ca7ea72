/**
 * Request and response shapes of the Embeddings endpoint (`POST /v1/embeddings`): the
 * `EmbeddingRequest` body (text or token-id input, single or batched) and the `EmbeddingResponse`
 * list, whose vectors are arrays of floats or, with `encoding_format: "base64"`, base64 strings of
 * little-endian float32 values.
 */

/** Body of `POST /v1/embeddings`. */
export interface EmbeddingRequest {
  /** Text, token ids, or a batch of either; one embedding is returned per input. */
  input: string | string[] | number[] | number[][];
  /** Model id, e.g. `text-embedding-3-small`. */
  model: string;
  /** Vector encoding in the response; defaults to `float`. */
  encoding_format?: "float" | "base64";
  /** Output dimensions (`text-embedding-3` and later models only). */
  dimensions?: number;
  user?: string;
}

/** One embedding vector. */
export interface Embedding {
  object: "embedding";
  /** Position of the corresponding input. */
  index: number;
  /** Floats, or a base64 string when `encoding_format` is `base64`. */
  embedding: number[] | string;
}

/** Token usage of an embeddings request. */
export interface EmbeddingUsage {
  prompt_tokens: number;
  total_tokens: number;
}

/** Response body of `POST /v1/embeddings`. */
export interface EmbeddingResponse {
  object: "list";
  data: Embedding[];
  model: string;
  usage: EmbeddingUsage;
}

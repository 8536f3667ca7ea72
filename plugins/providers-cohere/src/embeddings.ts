/**
 * OpenAI embeddings <-> Cohere Embed API v2. Texts go as `texts` with an `input_type` (the
 * request's non-OpenAI `input_type` field, else the node's default, search_document) and
 * `embedding_types: ["float"]`; `dimensions` is `output_dimension` (embed-v4 and newer). Cohere
 * takes at most 96 texts per call, so larger inputs are sent in batches of 96 and put back in
 * order. Token-id inputs are refused (Cohere embeds text). `encoding_format: "base64"` is
 * produced here as OpenAI does: little-endian float32 bytes, base64-encoded.
 */
import { type EmbeddingRequest, type EmbeddingResponse, GatewayError } from "@aigw/plugin-api";
import { floatsToBase64 } from "@aigw/wire-kit";
import type { CohereEmbedRequest, CohereEmbedResponse } from "./wire.js";

/** Cohere's documented maximum of texts per Embed call. */
export const MAX_TEXTS_PER_CALL = 96;

const INPUT_TYPES = new Set(["search_document", "search_query", "classification", "clustering"]);

export interface EmbedOptions {
  model: string;
  defaultInputType: string;
}

/** The Cohere Embed requests for one OpenAI request (one per batch of at most 96 texts). */
export function embeddingsRequest(body: EmbeddingRequest, options: EmbedOptions): CohereEmbedRequest[] {
  const texts = textsOf(body.input);
  const requested = (body as { input_type?: unknown }).input_type;
  if (requested !== undefined && (typeof requested !== "string" || !INPUT_TYPES.has(requested))) {
    throw new GatewayError(
      "invalid_request",
      `input_type must be one of ${[...INPUT_TYPES].join(", ")} for Cohere embeddings.`,
      { param: "input_type" },
    );
  }
  const inputType = (requested as string | undefined) ?? options.defaultInputType;
  const batches: CohereEmbedRequest[] = [];
  for (let i = 0; i < texts.length; i += MAX_TEXTS_PER_CALL) {
    const request: CohereEmbedRequest = {
      model: options.model,
      texts: texts.slice(i, i + MAX_TEXTS_PER_CALL),
      input_type: inputType,
      embedding_types: ["float"],
    };
    if (body.dimensions != null) request.output_dimension = body.dimensions;
    batches.push(request);
  }
  return batches;
}

function textsOf(input: EmbeddingRequest["input"]): string[] {
  const list: unknown[] = Array.isArray(input) ? input : [input];
  if (list.length === 0)
    throw new GatewayError("invalid_request", "input must not be empty.", { param: "input" });
  return list.map((item) => {
    if (typeof item === "string") return item;
    throw new GatewayError(
      "invalid_request",
      "Cohere embeds text: input must be a string or an array of strings (token ids are not accepted).",
      { param: "input" },
    );
  });
}

/** The OpenAI embeddings answer from Cohere's answers to the batches, in order. */
export function embeddingsAnswer(
  answers: CohereEmbedResponse[],
  expected: number[],
  options: { model: string; base64: boolean },
): EmbeddingResponse {
  const vectors: number[][] = [];
  let tokens = 0;
  answers.forEach((answer, batch) => {
    const floats = answer.embeddings?.float;
    if (!Array.isArray(floats) || floats.length !== expected[batch]) {
      throw new GatewayError(
        "upstream_error",
        `Cohere answered with ${Array.isArray(floats) ? floats.length : "no"} float embeddings for ${expected[batch]} texts.`,
      );
    }
    vectors.push(...floats);
    const billed = answer.meta?.billed_units?.input_tokens;
    if (typeof billed === "number") tokens += billed;
  });
  return {
    object: "list",
    data: vectors.map((vector, index) => ({
      object: "embedding",
      index,
      embedding: options.base64 ? floatsToBase64(vector) : vector,
    })),
    model: options.model,
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  };
}

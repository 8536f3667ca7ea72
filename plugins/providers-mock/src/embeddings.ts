/**
 * `embeddings`: deterministic unit vectors, `dimensions` long (8 by default). A vector is the
 * normalised sum of one pseudo-random vector per word, so the same text always embeds the same
 * and texts sharing words are close by cosine (enough for semantic-cache tests).
 */
import { type CallResult, type EmbeddingRequest, type JsonObject, jsonResult } from "@aigw/plugin-api";
import { floatsToBase64 } from "@aigw/wire-kit";
import { hash53, mulberry32 } from "./hash.js";
import type { MockCall } from "./mock-call.js";
import { estimateTokens } from "./text.js";

const DEFAULT_DIMENSIONS = 8;
const MAX_DIMENSIONS = 8192;

/** Words (letters and digits, lowercased) of a text, or the token ids of a token input. */
function termsOf(input: string | number[]): string[] {
  if (typeof input !== "string") return input.map((id) => `#${id}`);
  const words = input.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ?? [input];
}

/** The unit vector of one input. */
export function embed(input: string | number[], dimensions: number): number[] {
  const sum = new Float64Array(dimensions);
  for (const term of termsOf(input)) {
    const random = mulberry32(hash53(term));
    for (let i = 0; i < dimensions; i++) sum[i]! += random() * 2 - 1;
  }
  let norm = 0;
  for (const v of sum) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  // Rounded to float32 so the float and base64 encodings carry the same numbers.
  return Array.from(sum, (v) => Math.fround(v / norm));
}

function inputsOf(input: EmbeddingRequest["input"]): (string | number[])[] {
  if (typeof input === "string") return [input];
  if (input.length === 0) return [];
  if (typeof input[0] === "number") return [input as number[]];
  return input as (string | number[])[];
}

export function embeddings(call: MockCall, body: EmbeddingRequest): CallResult {
  const dimensions = body.dimensions ?? DEFAULT_DIMENSIONS;
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > MAX_DIMENSIONS)
    call.ctx.error("invalid_request", `dimensions must be an integer from 1 to ${MAX_DIMENSIONS}.`, {
      param: "dimensions",
    });
  const inputs = inputsOf(body.input);
  if (inputs.length === 0) call.ctx.error("invalid_request", "input must not be empty.", { param: "input" });
  const base64 = body.encoding_format === "base64";
  let tokens = 0;
  const data: JsonObject[] = inputs.map((input, index) => {
    tokens += typeof input === "string" ? estimateTokens(input) : input.length;
    const vector = embed(input, dimensions);
    return { object: "embedding", index, embedding: base64 ? floatsToBase64(vector) : vector };
  });
  const usage = { prompt_tokens: tokens, total_tokens: tokens };
  call.ctx.annotations.usage = { ...usage, completion_tokens: 0 };
  return jsonResult(JSON.stringify({ object: "list", data, model: call.model, usage }));
}

/**
 * What a cache keeps of an answer: a JSON answer's text, or a stream's chunk texts in order with
 * each chunk's offset from the first (for optional pacing), the usage it cost and who served it.
 * Entries carry a format version: after a format change, entries of another version are ignored
 * (a miss), never misread.
 */
import { isJsonObject, type JsonValue, type Usage } from "@aigw/plugin-api";
import { utf8Length } from "./bytes.js";

/** The format version entries are written in; entries of any other version are ignored. */
export const STORED_ANSWER_VERSION = 1;

/** The provider and model that made the answer (prices the savings of a hit). */
export interface StoredServedBy {
  provider: string;
  model?: string | undefined;
}

interface StoredBase {
  v: typeof STORED_ANSWER_VERSION;
  /** The answer's HTTP status (always 2xx). */
  status: number;
  /** What the answer cost when it was made. */
  usage?: Usage | undefined;
  servedBy?: StoredServedBy | undefined;
  /** When it was stored, ms since the epoch. */
  storedAt: number;
}

/** A complete JSON answer: its body's text exactly as it was sent. */
export interface StoredJson extends StoredBase {
  type: "json";
  text: string;
}

/** A streamed answer that ended normally: every chunk's JSON text, in order. */
export interface StoredStream extends StoredBase {
  type: "stream";
  chunks: string[];
  /** Each chunk's arrival in ms after the first chunk (the first is 0). */
  offsets: number[];
}

export type StoredAnswer = StoredJson | StoredStream;

/** Approximate bytes an entry takes (its texts, plus room for the rest). */
export function answerBytes(answer: StoredAnswer): number {
  const overhead = 256;
  if (answer.type === "json") return overhead + utf8Length(answer.text);
  let bytes = overhead;
  for (const chunk of answer.chunks) bytes += utf8Length(chunk) + 16;
  return bytes;
}

/** A stored value as an answer, or undefined when it is of another version or malformed. */
export function readStoredAnswer(value: unknown): StoredAnswer | undefined {
  if (!isJsonObject(value) || value.v !== STORED_ANSWER_VERSION) return undefined;
  if (typeof value.status !== "number" || typeof value.storedAt !== "number") return undefined;
  if (value.usage !== undefined && !isUsage(value.usage)) return undefined;
  if (value.servedBy !== undefined && !isServedBy(value.servedBy)) return undefined;
  if (value.type === "json")
    return typeof value.text === "string" ? (value as unknown as StoredJson) : undefined;
  if (value.type !== "stream") return undefined;
  const { chunks, offsets } = value;
  if (!Array.isArray(chunks) || !Array.isArray(offsets) || chunks.length !== offsets.length) return undefined;
  if (chunks.length === 0 || !chunks.every((c) => typeof c === "string")) return undefined;
  if (!offsets.every((o) => typeof o === "number")) return undefined;
  return value as unknown as StoredStream;
}

/** An answer as the JSON value a store keeps. */
export function storedValue(answer: StoredAnswer): JsonValue {
  return answer as unknown as JsonValue;
}

/** A usage object: embeddings' has no completion tokens, so only the total is required. */
function isUsage(value: JsonValue): value is JsonValue & Usage {
  if (!isJsonObject(value) || typeof value.total_tokens !== "number") return false;
  for (const field of ["prompt_tokens", "completion_tokens"]) {
    if (value[field] !== undefined && typeof value[field] !== "number") return false;
  }
  return true;
}

function isServedBy(value: JsonValue): boolean {
  return (
    isJsonObject(value) &&
    typeof value.provider === "string" &&
    (value.model === undefined || typeof value.model === "string")
  );
}

/**
 * The partition of a request: the hash of everything that shapes its answer except the text
 * that is embedded. A hit is only ever looked for within one partition, so a stored answer never
 * crosses a model, a system prompt, a tool set, a response format or a sampling setting, nor,
 * when configured, a caller. Parameters are taken by exclusion: every body field shapes the
 * answer except the few known not to (streaming, caller ids, storage flags), so a provider's
 * own parameter (`top_k`, say) partitions too. A `null` parameter is the same as an absent one,
 * as the API treats it.
 */
import type { Endpoint } from "@aigw/plugin-api";
import { canonicalHash } from "./canonical.js";
import { INSTRUCTION_ROLES, type Turns } from "./prompt-text.js";

/** Body fields that do not change what the model answers (the prompt itself is embedded). */
export const NOT_ANSWER_SHAPING: ReadonlySet<string> = new Set([
  "messages",
  "prompt",
  "stream",
  "stream_options",
  "user",
  "metadata",
  "store",
  "safety_identifier",
  "prompt_cache_key",
  "service_tier",
]);

/** What a partition is made of besides the request. */
export interface PartitionScope {
  readonly turns: Turns;
  /** The embedding model and dimensions: vectors of two models are never compared. */
  readonly embedding: { readonly model: string; readonly dimensions?: number | undefined };
  /** `key:<id>` or `team:<name>` when answers are kept per caller; absent when shared. */
  readonly caller?: string | undefined;
}

/** The answer-shaping parameters of a body (every field but the excluded ones and nulls). */
export function answerShaping(body: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (NOT_ANSWER_SHAPING.has(key) || value === null || value === undefined) continue;
    kept[key] = value;
  }
  return kept;
}

/** The instruction messages of a chat (system and developer), in order, whole. */
export function instructions(messages: unknown): unknown[] {
  if (!Array.isArray(messages)) return [];
  return messages.filter(
    (m) =>
      typeof m === "object" && m !== null && INSTRUCTION_ROLES.has(String((m as { role?: unknown }).role)),
  );
}

/** The partition of a chat or completion request: a hex SHA-256. */
export function partitionOf(
  endpoint: Endpoint,
  body: Record<string, unknown>,
  scope: PartitionScope,
): string {
  return canonicalHash({
    v: 1,
    endpoint,
    model: body.model ?? null,
    instructions: endpoint === "chat.completions" ? instructions(body.messages) : [],
    parameters: answerShaping(body),
    turns: endpoint === "chat.completions" ? scope.turns : null,
    embedding: { model: scope.embedding.model, dimensions: scope.embedding.dimensions ?? null },
    caller: scope.caller ?? null,
  });
}

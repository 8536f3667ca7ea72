/**
 * A finished request as a ledger row: who (key, team, user), what (model, provider), and what it
 * used (tokens, cost in micro-dollars). Only requests that spent something become rows: a
 * refusal, a failure without usage and a cache hit cost nothing.
 */
import type { RequestRecord } from "@aigw/plugin-api";
import { toMicros } from "../buckets.js";

export interface SpendRow {
  ts: string;
  request_id: string;
  key_id: string | null;
  team: string | null;
  user_id: string | null;
  model: string | null;
  provider: string | null;
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost_micros: number;
}

/** The columns and their SQL types, in the INSERT's order. */
export const COLUMNS: readonly (readonly [keyof SpendRow, string])[] = [
  ["ts", "timestamptz"],
  ["request_id", "text"],
  ["key_id", "text"],
  ["team", "text"],
  ["user_id", "text"],
  ["model", "text"],
  ["provider", "text"],
  ["prompt_tokens", "bigint"],
  ["completion_tokens", "bigint"],
  ["total_tokens", "bigint"],
  ["cost_micros", "bigint"],
];

/** The row for `record`, or undefined when it spent nothing. */
export function spendRow(record: RequestRecord): SpendRow | undefined {
  if (record.cache?.status === "hit") return undefined;
  const tokens = record.tokens;
  const cost = toMicros(record.cost?.totalUsd ?? 0);
  if ((tokens?.total ?? 0) <= 0 && cost <= 0) return undefined;
  return {
    ts: record.timestamp,
    request_id: record.requestId,
    key_id: record.keyId ?? null,
    team: record.team ?? null,
    user_id: record.user ?? null,
    model: record.modelServed ?? record.modelRequested ?? null,
    provider: record.provider ?? null,
    prompt_tokens: tokens?.prompt ?? 0,
    completion_tokens: tokens?.completion ?? 0,
    total_tokens: tokens?.total ?? 0,
    cost_micros: cost,
  };
}

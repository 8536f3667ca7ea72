/**
 * The query API's three reads: a keyset page of records newest first, one record by request id,
 * and per-group aggregates. Records come back as the JSON text PostgreSQL stores, spliced into
 * the answer without parsing them again.
 */

import { quoteIdent, type Sql, withTimeout } from "@aigw/pg-kit";
import type postgres from "postgres";
import { type Cursor, encodeCursor } from "./cursor.js";
import type { AggregateParams, GroupBy, ListParams } from "./params.js";
import { Conditions, filterConditions } from "./where.js";

/** A page of records (as JSON texts) and the cursor of the next page, when there is one. */
export interface Page {
  records: string[];
  nextCursor: string | null;
}

/** The timestamp as the cursor keeps it: UTC, to the microsecond. */
const TS_KEY = `to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Records matching the filters, newest first, after the cursor. */
export async function listLogs(
  sql: Sql,
  schema: string,
  params: ListParams,
  timeoutMs: number,
): Promise<Page> {
  const c = filterConditions(params.filters);
  if (params.before) addBefore(c, params.before);
  const text =
    `SELECT id::text AS id, ${TS_KEY} AS ts_key, record::text AS record ` +
    `FROM ${quoteIdent(schema)}.aigw_requests ${c.where} ` +
    `ORDER BY ts DESC, id DESC LIMIT ${c.bind(params.limit + 1)}::int`;
  const result = await withTimeout(
    sql.unsafe<{ id: string; ts_key: string; record: string }[]>(text, values(c)),
    timeoutMs,
  );
  const rows = result.slice(0, params.limit);
  const last = rows[rows.length - 1];
  return {
    records: rows.map((row) => row.record),
    nextCursor: result.length > params.limit && last ? encodeCursor({ ts: last.ts_key, id: last.id }) : null,
  };
}

/** The bound values, as the client's parameter type wants them. */
function values(c: Conditions): postgres.ParameterOrJSON<never>[] {
  return c.values as postgres.ParameterOrJSON<never>[];
}

function addBefore(c: Conditions, cursor: Cursor): void {
  c.add(`(ts, id) < (${c.bind(cursor.ts)}::text::timestamptz, ${c.bind(cursor.id)}::text::bigint)`);
}

/** One record's JSON text, or undefined. */
export async function getLog(
  sql: Sql,
  schema: string,
  requestId: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const result = await withTimeout(
    sql.unsafe<{ record: string }[]>(
      `SELECT record::text AS record FROM ${quoteIdent(schema)}.aigw_requests WHERE request_id = $1::text`,
      [requestId],
    ),
    timeoutMs,
  );
  return result[0]?.record;
}

/** One group's figures, as the API answers them. */
export interface Aggregate {
  group: string | null;
  requests: number;
  errors: number;
  error_rate: number;
  cache_hits: number;
  cache_hit_rate: number;
  prompt_tokens: number;
  completion_tokens: number;
  cost_usd: number;
  latency_ms: { p50: number | null; p90: number | null; p99: number | null };
  overhead_ms: { p50: number | null; p99: number | null };
}

/** What each `group_by` groups on; time buckets are UTC, named by their start. */
const GROUP_EXPRESSIONS: Record<GroupBy, string> = {
  key: "key_id",
  team: "team",
  user: "user_id",
  model: "model",
  provider: "provider",
  endpoint: "endpoint",
  day: `to_char(date_trunc('day', ts AT TIME ZONE 'UTC'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
  hour: `to_char(date_trunc('hour', ts AT TIME ZONE 'UTC'), 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`,
};

interface AggregateRow {
  grp: string | null;
  requests: string;
  errors: string;
  cache_hits: string;
  prompt_tokens: string;
  completion_tokens: string;
  cost_usd: string;
  p50: number | null;
  p90: number | null;
  p99: number | null;
  o50: number | null;
  o99: number | null;
}

/**
 * Figures per group: time buckets in time order, other groups by request count (most first).
 * An error is a request whose outcome is `error` or `stream_error`.
 */
export async function aggregateLogs(
  sql: Sql,
  schema: string,
  params: AggregateParams,
  timeoutMs: number,
): Promise<Aggregate[]> {
  const c = filterConditions(params.filters, new Conditions());
  const byTime = params.groupBy === "day" || params.groupBy === "hour";
  const text = `SELECT ${GROUP_EXPRESSIONS[params.groupBy]} AS grp,
      count(*) AS requests,
      count(*) FILTER (WHERE outcome IN ('error', 'stream_error')) AS errors,
      count(*) FILTER (WHERE cache_status = 'hit') AS cache_hits,
      coalesce(sum(prompt_tokens), 0)::text AS prompt_tokens,
      coalesce(sum(completion_tokens), 0)::text AS completion_tokens,
      coalesce(sum(cost_usd), 0)::text AS cost_usd,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY total_ms) AS p50,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY total_ms) AS p90,
      percentile_cont(0.99) WITHIN GROUP (ORDER BY total_ms) AS p99,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY overhead_ms) AS o50,
      percentile_cont(0.99) WITHIN GROUP (ORDER BY overhead_ms) AS o99
    FROM ${quoteIdent(schema)}.aigw_requests ${c.where}
    GROUP BY 1
    ORDER BY ${byTime ? "1" : "2 DESC, 1 NULLS LAST"}
    LIMIT ${c.bind(params.limit)}::int`;
  const result = await withTimeout(sql.unsafe<AggregateRow[]>(text, values(c)), timeoutMs);
  return result.map((row) => {
    const requests = Number(row.requests);
    const errors = Number(row.errors);
    const hits = Number(row.cache_hits);
    return {
      group: row.grp,
      requests,
      errors,
      error_rate: requests > 0 ? errors / requests : 0,
      cache_hits: hits,
      cache_hit_rate: requests > 0 ? hits / requests : 0,
      prompt_tokens: Number(row.prompt_tokens),
      completion_tokens: Number(row.completion_tokens),
      cost_usd: Number(row.cost_usd),
      latency_ms: { p50: row.p50, p90: row.p90, p99: row.p99 },
      overhead_ms: { p50: row.o50, p99: row.o99 },
    };
  });
}

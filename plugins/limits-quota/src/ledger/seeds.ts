/**
 * What the ledger says each key, team and user has spent in the current day, month and in total:
 * the seeds of the budget counters. A counter the store lost (a Redis restarted without
 * persistence, a gateway restarted on memory quotas) starts again from its seed instead of 0, so
 * a restart does not hand out a budget anew. Read at boot and then every `seedIntervalMs`, in
 * one query; the lookup on the request's path is a map read.
 */

import { quoteIdent, type Sql } from "@aigw/pg-kit";
import type { QuotaPolicy } from "@aigw/plugin-api";
import { windowAt } from "../windows.js";

/** Spend in micro-dollars by `<scope>:<id>:<window id>`. */
export type SeedTable = ReadonlyMap<string, number>;

export function seedKey(scope: QuotaPolicy["scope"], id: string, windowId: string): string {
  return `${scope}:${id}:${windowId}`;
}

interface TotalsRow {
  key_id: string | null;
  team: string | null;
  user_id: string | null;
  scope: number;
  day: string | null;
  month: string | null;
  total: string | null;
}

/** Reads the current day's, month's and all-time spend per key, team and user. */
export async function readSeeds(sql: Sql, schema: string, nowMs: number): Promise<SeedTable> {
  const day = windowAt("day", nowMs);
  const month = windowAt("month", nowMs);
  const rows = await sql.unsafe<TotalsRow[]>(
    `SELECT key_id, team, user_id, GROUPING(key_id, team, user_id) AS scope,
            sum(cost_micros) FILTER (WHERE ts >= $1::timestamptz)::text AS day,
            sum(cost_micros) FILTER (WHERE ts >= $2::timestamptz)::text AS month,
            sum(cost_micros)::text AS total
       FROM ${quoteIdent(schema)}.aigw_spend
      GROUP BY GROUPING SETS ((key_id), (team), (user_id))`,
    [new Date(day.startMs).toISOString(), new Date(month.startMs).toISOString()],
  );
  const table = new Map<string, number>();
  for (const row of rows) {
    // GROUPING's bits: key_id 4, team 2, user_id 1; the column grouped on is the one not set.
    const [scope, id] =
      row.scope === 3
        ? (["key", row.key_id] as const)
        : row.scope === 5
          ? (["team", row.team] as const)
          : (["user", row.user_id] as const);
    if (id === null) continue;
    if (row.day) table.set(seedKey(scope, id, day.id), Number(row.day));
    if (row.month) table.set(seedKey(scope, id, month.id), Number(row.month));
    if (row.total) table.set(seedKey(scope, id, "all"), Number(row.total));
  }
  return table;
}

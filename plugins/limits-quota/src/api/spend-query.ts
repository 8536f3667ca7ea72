/**
 * `GET /admin/spend`'s query: requests, tokens and cost from the ledger, filtered and grouped by
 * any of key, team, user, model and day (UTC), dearest first. Values travel as parameters; the
 * grouping columns come from a fixed list.
 */
import { quoteIdent, type Sql, withTimeout } from "@aigw/pg-kit";
import { MICROS_PER_USD } from "../buckets.js";
import type { Group, SpendParams } from "./params.js";

const GROUP_SQL: Record<Group, string> = {
  key: "key_id",
  team: "team",
  user: "user_id",
  model: "model",
  day: "to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
};

const FILTER_SQL = { key: "key_id", team: "team", user: "user_id", model: "model" } as const;

/** One group's totals, as the API returns it. */
export type SpendGroup = Partial<Record<Group, string | null>> & {
  requests: number;
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  cost_usd: number;
};

type Row = Record<string, string | null>;

export async function querySpend(
  sql: Sql,
  schema: string,
  params: SpendParams,
  timeoutMs: number,
): Promise<SpendGroup[]> {
  const where: string[] = [];
  const values: string[] = [];
  const bind = (value: string): string => {
    values.push(value);
    return `$${values.length}`;
  };
  if (params.from) where.push(`ts >= ${bind(params.from.toISOString())}::timestamptz`);
  if (params.to) where.push(`ts < ${bind(params.to.toISOString())}::timestamptz`);
  for (const name of ["key", "team", "user", "model"] as const) {
    const value = params[name];
    if (value !== undefined) where.push(`${FILTER_SQL[name]} = ${bind(value)}::text`);
  }
  const groups = params.groupBy.map((g) => `${GROUP_SQL[g]} AS "${g}"`);
  const text =
    `SELECT ${[...groups, ""].join(", ")}count(*)::text AS requests, ` +
    "coalesce(sum(prompt_tokens), 0)::text AS prompt_tokens, " +
    "coalesce(sum(completion_tokens), 0)::text AS completion_tokens, " +
    "coalesce(sum(total_tokens), 0)::text AS total_tokens, coalesce(sum(cost_micros), 0)::text AS cost_micros " +
    `FROM ${quoteIdent(schema)}.aigw_spend` +
    (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "") +
    (groups.length > 0 ? ` GROUP BY ${params.groupBy.map((_, i) => i + 1).join(", ")}` : "") +
    ` ORDER BY sum(cost_micros) DESC NULLS LAST${params.groupBy.map((_, i) => `, ${i + 1}`).join("")}` +
    ` LIMIT ${params.limit}`;
  const rows = await withTimeout(sql.unsafe<Row[]>(text, values), timeoutMs);
  return rows
    .filter((row) => row.requests !== "0")
    .map((row) => {
      const group: SpendGroup = {
        requests: Number(row.requests),
        prompt_tokens: Number(row.prompt_tokens),
        completion_tokens: Number(row.completion_tokens),
        total_tokens: Number(row.total_tokens),
        cost_usd: Number(row.cost_micros) / MICROS_PER_USD,
      };
      for (const g of params.groupBy) group[g] = row[g] ?? null;
      return group;
    });
}

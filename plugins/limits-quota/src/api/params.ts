/**
 * The parameters of the admin routes, checked one by one: anything unknown, repeated or
 * malformed is a `ParamError` naming the parameter (the handler answers 400). Nothing here builds
 * SQL.
 */
import { checkRange, limitParam, ParamError, parseTime, singleParams, textParam } from "@aigw/pg-kit";

export const GROUPS = ["key", "team", "user", "model", "day"] as const;
export type Group = (typeof GROUPS)[number];
export const SCOPES = ["key", "team", "user"] as const;

export interface SpendParams {
  from?: Date;
  to?: Date;
  key?: string;
  team?: string;
  user?: string;
  model?: string;
  groupBy: Group[];
  limit: number;
}

export interface LimitsParams {
  scope: (typeof SCOPES)[number];
  id: string;
}

/** `GET /admin/spend`. */
export function parseSpendParams(search: URLSearchParams): SpendParams {
  const values = singleParams(search, ["from", "to", "key", "team", "user", "model", "group_by", "limit"]);
  const params: SpendParams = { groupBy: [], limit: 100 };
  for (const name of ["key", "team", "user", "model"] as const) {
    const value = values.get(name);
    if (value !== undefined) params[name] = textParam(name, value);
  }
  const from = values.get("from");
  if (from !== undefined) params.from = parseTime("from", from);
  const to = values.get("to");
  if (to !== undefined) params.to = parseTime("to", to);
  checkRange(params.from, params.to);
  const group = values.get("group_by");
  if (group !== undefined) {
    const names = group.split(",").map((name) => name.trim());
    for (const name of names)
      if (!(GROUPS as readonly string[]).includes(name))
        throw new ParamError(
          "group_by",
          `Parameter 'group_by' takes a comma-separated list of: ${GROUPS.join(", ")}.`,
        );
    params.groupBy = [...new Set(names as Group[])];
  }
  params.limit = limitParam(values.get("limit"), 100, 1000);
  return params;
}

/** `GET /admin/spend/limits`. */
export function parseLimitsParams(search: URLSearchParams): LimitsParams {
  const values = singleParams(search, ["scope", "id"]);
  const scope = values.get("scope");
  if (scope === undefined || !(SCOPES as readonly string[]).includes(scope))
    throw new ParamError("scope", `Parameter 'scope' is required: one of ${SCOPES.join(", ")}.`);
  const id = values.get("id");
  if (id === undefined) throw new ParamError("id", "Parameter 'id' is required.");
  return { scope: scope as LimitsParams["scope"], id: textParam("id", id) };
}

/**
 * The parameters of the admin routes, checked one by one: anything unknown, repeated or
 * malformed is a `ParamError` naming the parameter (the handler answers 400). Nothing here builds
 * SQL.
 */

export class ParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "ParamError";
  }
}

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

const MAX_TEXT = 256;

/** The values of `search` by name, refusing unknown and repeated parameters. */
function single(search: URLSearchParams, allowed: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of search) {
    if (!allowed.includes(name)) throw new ParamError(name, `Unknown parameter '${name}'.`);
    if (values.has(name)) throw new ParamError(name, `Parameter '${name}' is given more than once.`);
    values.set(name, value);
  }
  return values;
}

function text(param: string, value: string): string {
  if (value.length === 0 || value.length > MAX_TEXT)
    throw new ParamError(param, `Parameter '${param}' must be 1 to ${MAX_TEXT} characters.`);
  return value;
}

/** An ISO 8601 date or time (UTC unless it says otherwise), or milliseconds since the epoch. */
export function parseTime(param: string, value: string): Date {
  let ms = Number.NaN;
  if (/^\d{1,15}$/.test(value)) ms = Number(value);
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) ms = Date.parse(`${value}T00:00:00Z`);
  else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})?$/.test(value))
    ms = Date.parse(/([Zz]|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}Z`);
  if (!Number.isFinite(ms) || ms > Date.UTC(9999, 11, 31))
    throw new ParamError(
      param,
      `Parameter '${param}' must be an ISO 8601 date or time, or milliseconds since the epoch.`,
    );
  return new Date(ms);
}

/** `GET /admin/spend`. */
export function parseSpendParams(search: URLSearchParams): SpendParams {
  const values = single(search, ["from", "to", "key", "team", "user", "model", "group_by", "limit"]);
  const params: SpendParams = { groupBy: [], limit: 100 };
  for (const name of ["key", "team", "user", "model"] as const) {
    const value = values.get(name);
    if (value !== undefined) params[name] = text(name, value);
  }
  const from = values.get("from");
  if (from !== undefined) params.from = parseTime("from", from);
  const to = values.get("to");
  if (to !== undefined) params.to = parseTime("to", to);
  if (params.from && params.to && params.from > params.to)
    throw new ParamError("to", "Parameter 'to' must not be before 'from'.");
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
  const limit = values.get("limit");
  if (limit !== undefined) {
    const n = /^\d{1,4}$/.test(limit) ? Number(limit) : 0;
    if (n < 1 || n > 1000)
      throw new ParamError("limit", "Parameter 'limit' must be an integer from 1 to 1000.");
    params.limit = n;
  }
  return params;
}

/** `GET /admin/spend/limits`. */
export function parseLimitsParams(search: URLSearchParams): LimitsParams {
  const values = single(search, ["scope", "id"]);
  const scope = values.get("scope");
  if (scope === undefined || !(SCOPES as readonly string[]).includes(scope))
    throw new ParamError("scope", `Parameter 'scope' is required: one of ${SCOPES.join(", ")}.`);
  const id = values.get("id");
  if (id === undefined) throw new ParamError("id", "Parameter 'id' is required.");
  return { scope: scope as LimitsParams["scope"], id: text("id", id) };
}

/**
 * The query API's parameters, checked one by one: every value is parsed into a typed filter here,
 * and anything else (an unknown or repeated parameter, a malformed value) is a `ParamError`
 * naming the parameter, which the handler answers with a 400. Nothing here builds SQL.
 */
import { checkRange, limitParam, oneOf, ParamError, parseTime, singleParams, textParam } from "@aigw/pg-kit";
import { type Cursor, decodeCursor } from "./cursor.js";

export const ENDPOINTS = [
  "chat.completions",
  "completions",
  "embeddings",
  "images.generations",
  "audio.speech",
  "audio.transcriptions",
  "moderations",
] as const;
export const OUTCOMES = ["ok", "ended_early", "error", "stream_error", "client_closed"] as const;
export const CACHE_STATUSES = ["hit", "miss", "refresh", "bypass", "none"] as const;
export const GROUPS = ["key", "team", "user", "model", "provider", "endpoint", "day", "hour"] as const;

export type GroupBy = (typeof GROUPS)[number];

/** What the records are filtered on; every field optional. */
export interface LogFilters {
  /** Inclusive lower bound on the request's timestamp. */
  from?: Date;
  /** Exclusive upper bound. */
  to?: Date;
  key?: string;
  team?: string;
  user?: string;
  /** The served model, or the requested one when none was served. */
  model?: string;
  provider?: string;
  /** An inclusive range of HTTP statuses (`404` is 404..404, `5xx` is 500..599). */
  status?: { min: number; max: number };
  /** An error code, or `any` for every failed request. */
  error?: string;
  cache?: (typeof CACHE_STATUSES)[number];
  guardrail?: "failed" | "passed";
  endpoint?: (typeof ENDPOINTS)[number];
  outcome?: (typeof OUTCOMES)[number];
}

export interface ListParams {
  filters: LogFilters;
  limit: number;
  before?: Cursor;
}

export interface AggregateParams {
  filters: LogFilters;
  groupBy: GroupBy;
  limit: number;
}

const FILTER_PARAMS = [
  "from",
  "to",
  "key",
  "team",
  "user",
  "model",
  "provider",
  "status",
  "error",
  "cache",
  "guardrail",
  "endpoint",
  "outcome",
] as const;

const MAX_LIMIT = 1000;

/** `503`, or a class such as `5xx`. */
export function parseStatus(value: string): { min: number; max: number } {
  const code = /^([1-5])(\d\d)$/.exec(value);
  if (code) return { min: Number(value), max: Number(value) };
  const kind = /^([1-5])xx$/i.exec(value);
  if (kind) return { min: Number(kind[1]) * 100, max: Number(kind[1]) * 100 + 99 };
  throw new ParamError("status", "Parameter 'status' must be an HTTP status (404) or a class (4xx).");
}

function filters(values: Map<string, string>): LogFilters {
  const out: LogFilters = {};
  for (const name of FILTER_PARAMS) {
    const value = values.get(name);
    if (value === undefined) continue;
    switch (name) {
      case "from":
      case "to":
        out[name] = parseTime(name, value);
        break;
      case "key":
      case "team":
      case "user":
      case "model":
      case "provider":
      case "error":
        out[name] = textParam(name, value);
        break;
      case "status":
        out.status = parseStatus(value);
        break;
      case "cache":
        out.cache = oneOf(name, value, CACHE_STATUSES);
        break;
      case "guardrail":
        out.guardrail = oneOf(name, value, ["failed", "passed"] as const);
        break;
      case "endpoint":
        out.endpoint = oneOf(name, value, ENDPOINTS);
        break;
      case "outcome":
        out.outcome = oneOf(name, value, OUTCOMES);
        break;
    }
  }
  checkRange(out.from, out.to);
  return out;
}

/** The parameters of `GET /admin/logs`. */
export function parseListParams(search: URLSearchParams): ListParams {
  const values = singleParams(search, [...FILTER_PARAMS, "limit", "before"]);
  const params: ListParams = {
    filters: filters(values),
    limit: limitParam(values.get("limit"), 100, MAX_LIMIT),
  };
  const before = values.get("before");
  if (before !== undefined) {
    const cursor = decodeCursor(before);
    if (!cursor) throw new ParamError("before", "Parameter 'before' is not a cursor this API returned.");
    params.before = cursor;
  }
  return params;
}

/** The parameters of `GET /admin/logs/aggregates`. */
export function parseAggregateParams(search: URLSearchParams): AggregateParams {
  const values = singleParams(search, [...FILTER_PARAMS, "group_by", "limit"]);
  const group = values.get("group_by");
  if (group === undefined)
    throw new ParamError("group_by", `Parameter 'group_by' is required: one of ${GROUPS.join(", ")}.`);
  return {
    filters: filters(values),
    groupBy: oneOf("group_by", group, GROUPS),
    limit: limitParam(values.get("limit"), 1000, MAX_LIMIT),
  };
}

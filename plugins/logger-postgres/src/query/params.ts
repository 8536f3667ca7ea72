/**
 * The query API's parameters, checked one by one: every value is parsed into a typed filter here,
 * and anything else (an unknown or repeated parameter, a malformed value) is a `ParamError`
 * naming the parameter, which the handler answers with a 400. Nothing here builds SQL.
 */
import { type Cursor, decodeCursor } from "./cursor.js";

/** A parameter the caller got wrong. */
export class ParamError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "ParamError";
  }
}

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

const MAX_TEXT = 256;
const MAX_LIMIT = 1000;
/** Timestamps outside these years are refused (PostgreSQL's range is wider, the API's need not be). */
const MIN_MS = Date.UTC(1970, 0, 1);
const MAX_MS = Date.UTC(10000, 0, 1) - 1;

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

/** An ISO 8601 timestamp (a date alone is midnight UTC) or milliseconds since the epoch. */
export function parseTime(param: string, value: string): Date {
  let ms: number;
  if (/^\d{1,15}$/.test(value)) ms = Number(value);
  else if (
    /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/.test(value)
  ) {
    // A time without a zone is read as UTC, never as the server's local time.
    const zoned = /[Tt ].*([Zz]|[+-]\d{2}:?\d{2})$/.test(value) || value.length === 10 ? value : `${value}Z`;
    ms = Date.parse(zoned.replace(" ", "T"));
    // Date.parse rolls 2025-02-30 over into March; the API refuses a day the month lacks.
    const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) ms = Number.NaN;
  } else ms = Number.NaN;
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS)
    throw new ParamError(
      param,
      `Parameter '${param}' must be an ISO 8601 time or milliseconds since the epoch.`,
    );
  return new Date(ms);
}

function text(param: string, value: string): string {
  if (value.length === 0 || value.length > MAX_TEXT)
    throw new ParamError(param, `Parameter '${param}' must be 1 to ${MAX_TEXT} characters.`);
  return value;
}

function oneOf<T extends string>(param: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new ParamError(param, `Parameter '${param}' must be one of: ${allowed.join(", ")}.`);
  return value as T;
}

/** `503`, or a class such as `5xx`. */
export function parseStatus(value: string): { min: number; max: number } {
  const code = /^([1-5])(\d\d)$/.exec(value);
  if (code) return { min: Number(value), max: Number(value) };
  const kind = /^([1-5])xx$/i.exec(value);
  if (kind) return { min: Number(kind[1]) * 100, max: Number(kind[1]) * 100 + 99 };
  throw new ParamError("status", "Parameter 'status' must be an HTTP status (404) or a class (4xx).");
}

function limit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= MAX_LIMIT))
    throw new ParamError("limit", `Parameter 'limit' must be an integer from 1 to ${MAX_LIMIT}.`);
  return n;
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
        out[name] = text(name, value);
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
  if (out.from && out.to && out.from.getTime() > out.to.getTime())
    throw new ParamError("to", "Parameter 'to' must not be before 'from'.");
  return out;
}

/** The parameters of `GET /admin/logs`. */
export function parseListParams(search: URLSearchParams): ListParams {
  const values = single(search, [...FILTER_PARAMS, "limit", "before"]);
  const params: ListParams = { filters: filters(values), limit: limit(values.get("limit"), 100) };
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
  const values = single(search, [...FILTER_PARAMS, "group_by", "limit"]);
  const group = values.get("group_by");
  if (group === undefined)
    throw new ParamError("group_by", `Parameter 'group_by' is required: one of ${GROUPS.join(", ")}.`);
  return {
    filters: filters(values),
    groupBy: oneOf("group_by", group, GROUPS),
    limit: limit(values.get("limit"), 1000),
  };
}

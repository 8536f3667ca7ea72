/**
 * Query strings of the admin API's lists: a page size, a cursor, and filters, each checked with
 * a 400 naming the parameter. Lists of keys, teams, users, credentials and tokens are read from
 * memory (everything is loaded); the audit log from the store of record.
 */
import { GatewayError } from "@aigw/plugin-api";

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;

function bad(param: string, message: string): GatewayError {
  return new GatewayError("invalid_request", message, { param });
}

/** `limit`: 1 to 500, 50 when absent. */
export function pageSize(query: URLSearchParams): number {
  const text = query.get("limit");
  if (text === null) return DEFAULT_PAGE;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE)
    throw bad("limit", `limit must be an integer from 1 to ${MAX_PAGE}.`);
  return value;
}

/** An optional text filter (non-empty when given). */
export function textParam(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  if (value === "") throw bad(name, `${name} must not be empty.`);
  return value;
}

/** An optional enumerated filter. */
export function enumParam<T extends string>(
  query: URLSearchParams,
  name: string,
  allowed: readonly T[],
): T | undefined {
  const value = textParam(query, name);
  if (value !== undefined && !allowed.includes(value as T))
    throw bad(name, `${name} must be one of ${allowed.join(", ")}.`);
  return value as T | undefined;
}

/** An optional RFC 3339 time, as epoch ms. */
export function timeParam(query: URLSearchParams, name: string): number | undefined {
  const value = textParam(query, name);
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw bad(name, `${name} must be an RFC 3339 time.`);
  return ms;
}

/** A page of items sorted by id, after the cursor `after`; `next_cursor` resumes it. */
export function pageOf<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  query: URLSearchParams,
): { object: "list"; data: T[]; next_cursor: string | null } {
  const limit = pageSize(query);
  const after = textParam(query, "after");
  const sorted = [...items].sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
  const start = after === undefined ? 0 : sorted.findIndex((item) => idOf(item) > after);
  const data = start < 0 ? [] : sorted.slice(start, start + limit);
  const more = start >= 0 && start + limit < sorted.length;
  return { object: "list", data, next_cursor: more ? idOf(data[data.length - 1]!) : null };
}

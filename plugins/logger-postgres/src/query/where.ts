/**
 * Filters as a SQL WHERE clause. Every value becomes a bound parameter (`$1`, `$2`, ...); the SQL
 * text holds only column names and operators chosen here, never anything the caller sent.
 */
import type { LogFilters } from "./params.js";

/** Collects conditions and their bound values. */
export class Conditions {
  private readonly parts: string[] = [];
  readonly values: unknown[] = [];

  /** A placeholder for `value`. */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  add(condition: string): void {
    this.parts.push(condition);
  }

  get where(): string {
    return this.parts.length > 0 ? `WHERE ${this.parts.join(" AND ")}` : "";
  }
}

/** The conditions for `filters`, on top of `into` (new when not given). */
export function filterConditions(filters: LogFilters, into = new Conditions()): Conditions {
  const c = into;
  if (filters.from) c.add(`ts >= ${c.bind(filters.from.toISOString())}::text::timestamptz`);
  if (filters.to) c.add(`ts < ${c.bind(filters.to.toISOString())}::text::timestamptz`);
  if (filters.key !== undefined) c.add(`key_id = ${c.bind(filters.key)}`);
  if (filters.team !== undefined) c.add(`team = ${c.bind(filters.team)}`);
  if (filters.user !== undefined) c.add(`user_id = ${c.bind(filters.user)}`);
  if (filters.model !== undefined) c.add(`model = ${c.bind(filters.model)}`);
  if (filters.provider !== undefined) c.add(`provider = ${c.bind(filters.provider)}`);
  if (filters.status) {
    if (filters.status.min === filters.status.max) c.add(`status = ${c.bind(filters.status.min)}::int`);
    else c.add(`status BETWEEN ${c.bind(filters.status.min)}::int AND ${c.bind(filters.status.max)}::int`);
  }
  if (filters.error !== undefined) {
    if (filters.error === "any") c.add("error_code IS NOT NULL");
    else c.add(`error_code = ${c.bind(filters.error)}`);
  }
  if (filters.cache !== undefined) {
    if (filters.cache === "none") c.add("cache_status IS NULL");
    else c.add(`cache_status = ${c.bind(filters.cache)}`);
  }
  if (filters.guardrail === "failed") c.add("guardrail_failed");
  if (filters.guardrail === "passed") c.add("NOT guardrail_failed");
  if (filters.endpoint !== undefined) c.add(`endpoint = ${c.bind(filters.endpoint)}`);
  if (filters.outcome !== undefined) c.add(`outcome = ${c.bind(filters.outcome)}`);
  return c;
}

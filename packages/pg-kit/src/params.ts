/**
 * The query parameters of admin APIs that read from PostgreSQL (request logs, spend), checked one
 * by one before any SQL is built: anything unknown, repeated or malformed is a `ParamError`
 * naming the parameter, which the plugin answers with a 400 in the OpenAI error format.
 */

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

/** The longest text filter accepted. */
export const MAX_TEXT_PARAM = 256;
/** Timestamps outside these years are refused (PostgreSQL's range is wider, the APIs' need not be). */
const MIN_MS = Date.UTC(1970, 0, 1);
const MAX_MS = Date.UTC(10000, 0, 1) - 1;

/** The values of `search` by name, refusing unknown and repeated parameters. */
export function singleParams(search: URLSearchParams, allowed: readonly string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of search) {
    if (!allowed.includes(name)) throw new ParamError(name, `Unknown parameter '${name}'.`);
    if (values.has(name)) throw new ParamError(name, `Parameter '${name}' is given more than once.`);
    values.set(name, value);
  }
  return values;
}

/** A text filter: 1 to 256 characters. */
export function textParam(param: string, value: string): string {
  if (value.length === 0 || value.length > MAX_TEXT_PARAM)
    throw new ParamError(param, `Parameter '${param}' must be 1 to ${MAX_TEXT_PARAM} characters.`);
  return value;
}

/** One of `allowed`. */
export function oneOf<T extends string>(param: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new ParamError(param, `Parameter '${param}' must be one of: ${allowed.join(", ")}.`);
  return value as T;
}

/** `limit`: an integer from 1 to `max`; `fallback` when absent. */
export function limitParam(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = /^\d{1,12}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= max))
    throw new ParamError("limit", `Parameter 'limit' must be an integer from 1 to ${max}.`);
  return n;
}

/**
 * An ISO 8601 date or time (a date alone is midnight UTC, a time without a zone is UTC, never the
 * server's local time) or milliseconds since the epoch; years 1970 to 9999.
 */
export function parseTime(param: string, value: string): Date {
  let ms: number;
  if (/^\d{1,15}$/.test(value)) ms = Number(value);
  else if (
    /^\d{4}-\d{2}-\d{2}([Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?)?$/.test(value)
  ) {
    const zoned = /[Tt ].*([Zz]|[+-]\d{2}:?\d{2})$/.test(value) || value.length === 10 ? value : `${value}Z`;
    ms = Date.parse(zoned.replace(" ", "T"));
    // Date.parse rolls 2025-02-30 over into March; the APIs refuse a day the month lacks.
    const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) ms = Number.NaN;
  } else ms = Number.NaN;
  if (!Number.isFinite(ms) || ms < MIN_MS || ms > MAX_MS)
    throw new ParamError(
      param,
      `Parameter '${param}' must be an ISO 8601 date or time, or milliseconds since the epoch.`,
    );
  return new Date(ms);
}

/** `from` and `to` in order, when both are given. */
export function checkRange(from: Date | undefined, to: Date | undefined): void {
  if (from && to && from.getTime() > to.getTime())
    throw new ParamError("to", "Parameter 'to' must not be before 'from'.");
}

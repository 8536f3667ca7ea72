/**
 * Writes one batch of rows in one statement: the rows travel as a single JSON array parameter
 * that `json_to_recordset` turns back into typed columns (the plain `json` form: the server checks
 * the text and keeps it, where `jsonb` would also convert every record to its binary form), so a batch of any size is one round
 * trip and one plan, and no value is ever spliced into the SQL text. `ON CONFLICT DO NOTHING` on
 * the request id makes writing a batch twice (a replay after a crash, a retry after a timeout
 * whose commit did happen) harmless.
 */
import { isDataError, quoteIdent, type Sql, withTimeout } from "@aigw/pg-kit";
import { COLUMNS } from "./row.js";

/**
 * The INSERT for `schema`; `$1` is a JSON array of rows (see `rowText`), sent as text (a `json`
 * parameter would have the client encode the text as a JSON string once more).
 */
export function insertStatement(schema: string): string {
  const names = COLUMNS.map(([name]) => name).join(", ");
  const types = COLUMNS.map(([name, type]) => `${name} ${type}`).join(", ");
  return (
    `INSERT INTO ${quoteIdent(schema)}.aigw_requests (${names}) ` +
    `SELECT ${names} FROM json_to_recordset($1::text::json) AS r(${types}) ` +
    "ON CONFLICT (request_id) DO NOTHING"
  );
}

/** A row the database refused, with its reason. */
export interface RefusedRow {
  text: string;
  reason: string;
}

/**
 * Inserts rows given as JSON texts (each made by `rowText`). When the batch fails on
 * its data, the rows are tried one by one and those the database refuses are returned, so one
 * bad row never holds up the others. Any other failure (the database unreachable) rejects, and
 * the whole batch is to be retried: rows already written are skipped then.
 */
export async function insertRows(
  sql: Sql,
  statement: string,
  texts: readonly string[],
  timeoutMs: number,
): Promise<RefusedRow[]> {
  if (texts.length === 0) return [];
  try {
    await withTimeout(sql.unsafe(statement, [`[${texts.join(",")}]`]), timeoutMs);
    return [];
  } catch (error) {
    if (!isDataError(error) || texts.length === 1) {
      if (isDataError(error)) return [{ text: texts[0]!, reason: messageOf(error) }];
      throw error;
    }
  }
  const refused: RefusedRow[] = [];
  for (const text of texts) {
    try {
      await withTimeout(sql.unsafe(statement, [`[${text}]`]), timeoutMs);
    } catch (error) {
      if (!isDataError(error)) throw error;
      refused.push({ text, reason: messageOf(error) });
    }
  }
  return refused;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

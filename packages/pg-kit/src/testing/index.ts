/**
 * The test database the PostgreSQL plugins' tests share: its address, a unique schema per test
 * run (dropped after), so parallel runs never collide, and a small pool for the test's own queries.
 */
import postgres from "postgres";
import { quoteIdent } from "../sql.js";

export const PG_HOST = "127.0.0.1";
export const PG_PORT = 5432;
export const TEST_DATABASE_URL = `postgres://postgres@${PG_HOST}:${PG_PORT}/test`;

/** A schema name no other test run uses. */
export function uniqueSchema(prefix: string): string {
  return `t_${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A connection pool on the test database, for the test's own queries. */
export function testSql(): postgres.Sql {
  return postgres(TEST_DATABASE_URL, { max: 2, onnotice: () => undefined });
}

/** Drops `schema` and everything in it, through `sql` or, without one, a pool of its own. */
export async function dropSchema(sql: postgres.Sql | undefined, schema: string): Promise<void> {
  const pool = sql ?? testSql();
  try {
    await pool.unsafe(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    if (!sql) await pool.end({ timeout: 1 });
  }
}

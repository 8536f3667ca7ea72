/**
 * What the tests share about the test database: its address, a unique schema per test file
 * (dropped after), and a connection pool for the test's own queries.
 */
import postgres from "postgres";

export const PG_HOST = "127.0.0.1";
export const PG_PORT = 5432;
export const TEST_DATABASE_URL = `postgres://postgres@${PG_HOST}:${PG_PORT}/test`;

/** A schema name no other test file uses. */
export function uniqueSchema(prefix: string): string {
  return `t_${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A connection pool on the test database, for the test's own queries. */
export function testSql(): postgres.Sql {
  return postgres(TEST_DATABASE_URL, { max: 2, onnotice: () => undefined });
}

export async function dropSchema(sql: postgres.Sql, schema: string): Promise<void> {
  await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

/** The test database, a unique schema per test file (dropped after), and a pool for the test's own queries. */
import postgres from "postgres";

export const TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export function uniqueSchema(prefix: string): string {
  return `t_${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export function testSql(): postgres.Sql {
  return postgres(TEST_DATABASE_URL, { max: 2, onnotice: () => undefined });
}

export async function dropSchema(sql: postgres.Sql, schema: string): Promise<void> {
  await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}

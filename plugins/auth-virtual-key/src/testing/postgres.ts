/** The test database: its address, a unique schema per test run (dropped after), a pool for checks. */
import postgres from "postgres";

export const TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export function uniqueSchema(prefix: string): string {
  return `t_vk_${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export function testSql(): postgres.Sql {
  return postgres(TEST_DATABASE_URL, { max: 2, onnotice: () => undefined });
}

export async function dropSchema(schema: string): Promise<void> {
  const sql = testSql();
  try {
    await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

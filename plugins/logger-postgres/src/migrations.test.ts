// Migrations against the real database: gateways starting at once apply each migration exactly
// once, a second run applies nothing, and the table has the columns the insert writes.
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createSql } from "./database.js";
import { MIGRATIONS, migrate } from "./migrations.js";
import { COLUMNS } from "./row.js";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "./testing/postgres.js";

const schema = uniqueSchema("migrate");
let sql: postgres.Sql;

beforeAll(() => {
  sql = testSql();
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
});

it("applies each migration once when several gateways start at the same time", async () => {
  const gateways = Array.from({ length: 5 }, () =>
    createSql({
      connectionString: TEST_DATABASE_URL,
      poolSize: 2,
      connectTimeoutMs: 5_000,
      queryTimeoutMs: 10_000,
    }),
  );
  try {
    const applied = await Promise.all(gateways.map((gateway) => migrate(gateway, schema)));
    expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.version));
    expect(applied.filter((versions) => versions.length > 0)).toHaveLength(1);
    expect(await migrate(gateways[0]!, schema)).toEqual([]);
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.end()));
  }
  const versions = await sql.unsafe<{ version: number }[]>(
    `SELECT version FROM "${schema}".aigw_schema_migrations ORDER BY version`,
  );
  expect(versions.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
});

it("creates every column the insert writes, with its type, and the query API's indexes", async () => {
  const columns = await sql.unsafe<{ column_name: string; data_type: string }[]>(
    "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'aigw_requests'",
    [schema],
  );
  const types = new Map(columns.map((c) => [c.column_name, c.data_type]));
  for (const [name, type] of COLUMNS)
    expect(types.get(name), name).toBe(type === "timestamptz" ? "timestamp with time zone" : type);
  expect(types.get("model")).toBe("text");
  const indexes = await sql.unsafe<{ indexname: string }[]>(
    "SELECT indexname FROM pg_indexes WHERE schemaname = $1",
    [schema],
  );
  expect(indexes.map((i) => i.indexname).sort()).toEqual(
    [
      "aigw_requests_cache_ts_idx",
      "aigw_requests_error_ts_idx",
      "aigw_requests_guardrail_ts_idx",
      "aigw_requests_key_ts_idx",
      "aigw_requests_model_ts_idx",
      "aigw_requests_pkey",
      "aigw_requests_provider_ts_idx",
      "aigw_requests_request_id_key",
      "aigw_requests_status_ts_idx",
      "aigw_requests_team_ts_idx",
      "aigw_requests_ts_idx",
      "aigw_requests_user_ts_idx",
      "aigw_schema_migrations_pkey",
    ].sort(),
  );
});

it("rolls a failing migration back whole and applies it on a later run", async () => {
  const broken = { version: 1_000, name: "broken", sql: "CREATE TABLE {schema}.later (id int); SELECT 1/0;" };
  await expect(migrate(sql, schema, [...MIGRATIONS, broken])).rejects.toThrow(/division by zero/);
  const [row] = await sql.unsafe<{ exists: boolean }[]>("SELECT to_regclass($1) IS NOT NULL AS exists", [
    `"${schema}".later`,
  ]);
  expect(row?.exists).toBe(false);
  const fixed = { ...broken, sql: "CREATE TABLE {schema}.later (id int);" };
  expect(await migrate(sql, schema, [...MIGRATIONS, fixed])).toEqual([1_000]);
});

// The request log's migrations against the real database: the table has every column the insert
// writes, with its type, and the query API's indexes. (How migrations run, once across gateways
// starting together, is pg-kit's to test.)
import { migrate } from "@aigw/pg-kit";
import { dropSchema, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MIGRATIONS, REQUEST_LOG_MIGRATIONS } from "./migrations.js";
import { COLUMNS } from "./row.js";

const schema = uniqueSchema("migrate");
let sql: postgres.Sql;

beforeAll(() => {
  sql = testSql();
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
});

it("applies every migration once, recorded in aigw_schema_migrations", async () => {
  expect(await migrate(sql, schema, REQUEST_LOG_MIGRATIONS)).toEqual(MIGRATIONS.map((m) => m.version));
  expect(await migrate(sql, schema, REQUEST_LOG_MIGRATIONS)).toEqual([]);
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

// Migrations against the real database: gateways starting at once apply each migration exactly
// once, a second run applies nothing, a failing migration rolls back whole, and two plugins'
// histories in one schema stay apart.
import { afterAll, beforeAll, expect, it } from "vitest";
import { type MigrationSet, migrate } from "./migrate.js";
import { createPool, type Sql } from "./pool.js";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "./testing/index.js";

const schema = uniqueSchema("pgkit_migrate");
let sql: Sql;

const SET: MigrationSet = {
  historyTable: "kit_test_migrations",
  lockKey: "aigw:pg-kit-test:",
  migrations: [
    { version: 2, name: "an index", sql: "CREATE INDEX things_name_idx ON {schema}.things (name);" },
    { version: 1, name: "a table", sql: "CREATE TABLE {schema}.things (id int PRIMARY KEY, name text);" },
  ],
};

beforeAll(() => {
  sql = testSql();
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
});

it("applies each migration once, in version order, when several gateways start at the same time", async () => {
  const gateways = Array.from({ length: 5 }, () =>
    createPool({
      url: TEST_DATABASE_URL,
      poolSize: 2,
      connectTimeoutMs: 5_000,
      applicationName: "aigw-test",
    }),
  );
  try {
    const applied = await Promise.all(gateways.map((gateway) => migrate(gateway, schema, SET)));
    expect(applied.filter((versions) => versions.length > 0)).toEqual([[1, 2]]);
    expect(await migrate(gateways[0]!, schema, SET)).toEqual([]);
  } finally {
    await Promise.all(gateways.map((gateway) => gateway.end()));
  }
  const versions = await sql.unsafe<{ version: number }[]>(
    `SELECT version FROM "${schema}".kit_test_migrations ORDER BY version`,
  );
  expect(versions.map((row) => row.version)).toEqual([1, 2]);
});

it("rolls a failing migration back whole and applies it on a later run", async () => {
  const broken = { version: 1_000, name: "broken", sql: "CREATE TABLE {schema}.later (id int); SELECT 1/0;" };
  await expect(migrate(sql, schema, { ...SET, migrations: [...SET.migrations, broken] })).rejects.toThrow(
    /division by zero/,
  );
  const [row] = await sql.unsafe<{ exists: boolean }[]>("SELECT to_regclass($1) IS NOT NULL AS exists", [
    `"${schema}".later`,
  ]);
  expect(row?.exists).toBe(false);
  const fixed = { ...broken, sql: "CREATE TABLE {schema}.later (id int);" };
  expect(await migrate(sql, schema, { ...SET, migrations: [...SET.migrations, fixed] })).toEqual([1_000]);
});

it("keeps each plugin's history apart in a shared schema", async () => {
  const other: MigrationSet = {
    historyTable: "kit_other_migrations",
    lockKey: "aigw:pg-kit-other:",
    migrations: [{ version: 1, name: "another table", sql: "CREATE TABLE {schema}.others (id int);" }],
  };
  expect(await migrate(sql, schema, other)).toEqual([1]);
  expect(await migrate(sql, schema, SET)).toEqual([]);
});

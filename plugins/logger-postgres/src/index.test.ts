// The plugin as the engine sees it: its manifest, its config validation, a missing connection
// string as a boot error, and `finish` and `serve` wired to the database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type { HookContext, PluginInitContext, ServeContext } from "@aigw/plugin-api";
import { initContext } from "@aigw/testkit";
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import plugin from "./index.js";
import { makeRecord } from "./testing/records.js";

const schema = uniqueSchema("plugin");
let sql: postgres.Sql;
let dir: string;

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-plugin-"));
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

function init(env: Record<string, string>): PluginInitContext {
  return initContext({ env, plugin: "logger-postgres" });
}

it("declares finish and serve, and the admin routes it serves", () => {
  expect(plugin.manifest.hooks).toEqual(["finish", "serve"]);
  expect(plugin.manifest.kind).toBe("logger");
  expect(plugin.manifest.serves).toEqual([
    { method: "GET", path: "/admin/logs", access: "viewer" },
    { method: "GET", path: "/admin/logs/*", access: "viewer" },
  ]);
});

it("validates its config and fills in the defaults", () => {
  const validate = plugin.manifest.configValidator!;
  const config: Record<string, unknown> = {};
  expect(validate(config)).toBe(true);
  expect(config).toMatchObject({
    batchSize: 500,
    flushIntervalMs: 1000,
    spillDir: "./logs/pg-spill",
    schema: "public",
  });
  expect(validate({ schema: 'x"; DROP TABLE y; --' })).toBe(false);
  expect(validate({ batchSize: 0 })).toBe(false);
  expect(validate({ colour: "red" })).toBe(false);
});

it("fails to boot without a connection string, naming the variable and not a value", async () => {
  await expect(async () => plugin.create({ connectionStringEnv: "NO_SUCH_VAR" }, init({}))).rejects.toThrow(
    /NO_SUCH_VAR/,
  );
});

it("logs through finish and answers through serve, reading the connection string from the environment", async () => {
  const instance = await plugin.create(
    { connectionStringEnv: "PG_URL", schema, spillDir: join(dir, "spill"), flushIntervalMs: 20 },
    init({ PG_URL: TEST_DATABASE_URL }),
  );
  const record = makeRecord(7);
  await instance.finish!(record, {} as HookContext);
  await instance.close!();
  const again = await plugin.create(
    { connectionStringEnv: "PG_URL", schema, spillDir: join(dir, "spill") },
    init({ PG_URL: TEST_DATABASE_URL }),
  );
  const ctx = { path: "/admin/logs/req-7" } as ServeContext;
  const response = await again.serve!(new Request("http://gateway/admin/logs/req-7"), ctx);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual(record);
  await again.close!();
});

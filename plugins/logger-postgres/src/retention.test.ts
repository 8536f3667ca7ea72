// Retention against the real database: rows older than the limit go, in batches, and the rest
// stay; the periodic sweep stops cleanly.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import { capturingLogger } from "@aigw/testkit";
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openPostgresLogger } from "./postgres-logger.js";
import { startRetention, sweep } from "./retention.js";
import { makeRecord } from "./testing/records.js";

const schema = uniqueSchema("retention");
const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 30);
let sql: postgres.Sql;
let dir: string;

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-retention-"));
  const writer = openPostgresLogger(
    { connectionString: TEST_DATABASE_URL, schema, spillDir: join(dir, "spill") },
    { logger: capturingLogger(), env: { get: () => undefined } },
  );
  // One record every 6 hours over 20 days before NOW.
  for (let n = 0; n < 80; n++)
    writer.log(makeRecord(n, { timestamp: new Date(NOW - n * 6 * 3_600_000).toISOString() }));
  await writer.close();
});

afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

async function count(): Promise<number> {
  const [row] = await sql.unsafe<{ n: string }[]>(`SELECT count(*) AS n FROM "${schema}".aigw_requests`);
  return Number(row?.n);
}

it("deletes rows older than retentionDays in batches and keeps the rest", async () => {
  const log = capturingLogger();
  const deleted = await sweep({
    sql,
    schema,
    retentionDays: 10,
    intervalMs: 1_000,
    logger: log,
    batchRows: 7,
    pauseMs: 1,
    now: () => NOW,
  });
  // Records 0..40 are within 10 days (n * 6 h <= 240 h); the other 39 are older.
  expect(deleted).toBe(39);
  expect(await count()).toBe(41);
  const [oldest] = await sql.unsafe<{ ts: Date }[]>(`SELECT min(ts) AS ts FROM "${schema}".aigw_requests`);
  expect(oldest!.ts.getTime()).toBeGreaterThanOrEqual(NOW - 10 * DAY);
});

it("runs periodically off the hot path and stops when asked", async () => {
  const log = capturingLogger();
  const stop = startRetention({
    sql,
    schema,
    retentionDays: 5,
    intervalMs: 60_000,
    logger: log,
    firstDelayMs: 10,
    now: () => NOW,
  });
  const start = Date.now();
  while ((await count()) > 21 && Date.now() - start < 10_000)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await stop();
  expect(await count()).toBe(21);
  expect(
    log.entries.some(
      (entry) => entry.message === "deleted old request records" && entry.fields.deleted === 20,
    ),
  ).toBe(true);
});

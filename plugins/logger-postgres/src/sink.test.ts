// The write path against the real test database: records read back whole and valid, replays and
// duplicates never duplicate rows, odd values never fail a batch, and records spilled by one
// logger (the database unreachable) are written by the next one.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, PG_HOST, PG_PORT, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type { RequestRecord } from "@aigw/plugin-api";
import { capturingLogger, type LogEntry } from "@aigw/testkit";
import { Ajv } from "ajv";
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresLogger, type PostgresLogger } from "./postgres-logger.js";
import { makeRecord } from "./testing/records.js";
import { startTcpProxy } from "./testing/tcp-proxy.js";

const schemaFile = new URL("../../../schemas/request-record.schema.json", import.meta.url);
const env = { get: () => undefined };
const schema = uniqueSchema("sink");
let sql: postgres.Sql;
let dir: string;

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-sink-"));
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

function open(
  spillDir: string,
  overrides: Record<string, unknown> = {},
  url = TEST_DATABASE_URL,
  entries: LogEntry[] = [],
): PostgresLogger {
  return openPostgresLogger(
    { connectionString: url, schema, spillDir, flushIntervalMs: 20, reconnectMaxMs: 200, ...overrides },
    { logger: capturingLogger(entries), env },
  );
}

async function stored(ids: string[]): Promise<Map<string, { row: Record<string, unknown>; count: number }>> {
  const result = await sql.unsafe<(Record<string, unknown> & { request_id: string })[]>(
    `SELECT * FROM "${schema}".aigw_requests WHERE request_id IN (SELECT jsonb_array_elements_text($1::text::jsonb))`,
    [JSON.stringify(ids)],
  );
  const out = new Map<string, { row: Record<string, unknown>; count: number }>();
  for (const row of result)
    out.set(row.request_id, { row, count: (out.get(row.request_id)?.count ?? 0) + 1 });
  return out;
}

describe("the sink", () => {
  it("stores records whole, valid against the record schema, with their columns", async () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(await readFile(schemaFile, "utf8")));
    const logger = open(join(dir, "a"));
    const records = Array.from({ length: 40 }, (_, i) => makeRecord(1000 + i));
    for (const record of records) logger.log(record);
    await logger.close();
    const rows = await stored(records.map((r) => r.requestId));
    expect(rows.size).toBe(40);
    for (const record of records) {
      const { row, count } = rows.get(record.requestId)!;
      expect(count).toBe(1);
      expect(validate(row.record), JSON.stringify(validate.errors)).toBe(true);
      expect(row.record).toEqual(record);
      expect((row.ts as Date).toISOString()).toBe(record.timestamp);
      expect(row.status).toBe(record.status);
      expect(row.key_id).toBe(record.keyId);
      expect(row.model).toBe(record.modelServed ?? record.modelRequested);
      expect(row.error_code).toBe(record.error?.code ?? null);
      expect(row.cache_status).toBe(record.cache?.status);
      expect(row.guardrail_failed).toBe(record.guardrails.some((g) => g.verdict === "fail"));
      expect(row.total_ms).toBe(record.timings.totalMs);
      expect(Number(row.prompt_tokens)).toBe(record.tokens?.prompt);
      expect(Number(row.cost_usd)).toBeCloseTo(record.cost!.totalUsd, 12);
    }
  });

  it("never duplicates a request id: within a batch, across batches, across loggers", async () => {
    const first = open(join(dir, "b1"), { batchSize: 7 });
    const records = Array.from({ length: 30 }, (_, i) => makeRecord(2000 + i));
    for (const record of [...records, ...records.slice(0, 10)]) first.log(record);
    await first.close();
    const second = open(join(dir, "b2"));
    for (const record of records) second.log({ ...record, status: 299 });
    await second.close();
    const rows = await stored(records.map((r) => r.requestId));
    expect(rows.size).toBe(30);
    for (const { row, count } of rows.values()) {
      expect(count).toBe(1);
      expect(row.status).not.toBe(299);
    }
    expect(second.sink.snapshot.inserted).toBe(30);
  });

  it("stores records with values jsonb or the columns would refuse, and sets aside none", async () => {
    const logger = open(join(dir, "c"));
    const odd: RequestRecord[] = [
      makeRecord(3000, { user: "nul\u0000inside", tags: { "k\u0000": { v: "\u0000" } } }),
      makeRecord(3001, { team: "lone \ud800 surrogate", client: { metadata: { x: { y: "\udfff" } } } }),
      makeRecord(3002, { timestamp: "not a time" }),
      makeRecord(3003, { status: 200.7, retries: 1e12 }),
      makeRecord(3004, { keyId: "emoji 😀 and \\u0000 as text" }),
    ];
    for (const record of odd) logger.log(record);
    // Not records at all: refused at once, never queued.
    logger.log(null as unknown as RequestRecord);
    logger.log({ requestId: "" } as RequestRecord);
    await logger.close();
    const rows = await stored(odd.map((r) => r.requestId));
    expect(rows.size).toBe(5);
    expect(rows.get("req-3000")!.row.user_id).toBe("nul\ufffdinside");
    expect(rows.get("req-3001")!.row.team).toBe("lone \ufffd surrogate");
    expect(rows.get("req-3003")!.row.status).toBe(200);
    expect(rows.get("req-3003")!.row.retries).toBe(null);
    expect(rows.get("req-3004")!.row.key_id).toBe("emoji 😀 and \\u0000 as text");
    expect(logger.sink.snapshot.rejected).toBe(0);
  });

  it("spills while the database is unreachable, and the next logger writes what was spilled", async () => {
    const spillDir = join(dir, "d");
    // Nothing listens on port 1: every connection is refused.
    const down = open(
      spillDir,
      { maxMemoryRecords: 10, closeTimeoutMs: 100 },
      "postgres://postgres@127.0.0.1:1/test",
    );
    const records = Array.from({ length: 75 }, (_, i) => makeRecord(4000 + i));
    for (const [i, record] of records.entries()) {
      down.log(record);
      if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await down.close();
    const snapshot = down.sink.snapshot;
    expect(snapshot.dropped).toBe(0);
    expect(snapshot.peakMemoryRecords).toBeLessThanOrEqual(10);
    expect((await readdir(spillDir)).filter((name) => name.startsWith("segment-")).length).toBeGreaterThan(1);
    expect((await stored(records.map((r) => r.requestId))).size).toBe(0);

    const up = open(spillDir);
    await until(async () => (await stored(records.map((r) => r.requestId))).size === 75);
    await up.close();
    expect((await readdir(spillDir)).filter((name) => name.startsWith("segment-"))).toEqual([]);
    // Oldest first: the ids were assigned in the order the records were accepted.
    const order = await sql.unsafe<{ request_id: string }[]>(
      `SELECT request_id FROM "${schema}".aigw_requests WHERE request_id IN (SELECT jsonb_array_elements_text($1::text::jsonb)) ORDER BY id`,
      [JSON.stringify(records.map((r) => r.requestId))],
    );
    expect(order.map((row) => row.request_id)).toEqual(records.map((r) => r.requestId));
  });
});

describe("the sink and an unreliable database", () => {
  it("ends an outage noticed while idle as soon as the database is back", async () => {
    const proxy = await startTcpProxy({ host: PG_HOST, port: PG_PORT });
    await proxy.cut();
    const entries: LogEntry[] = [];
    const logger = open(join(dir, "e"), {}, `postgres://postgres@127.0.0.1:${proxy.port}/test`, entries);
    await until(async () => logger.sink.snapshot.down);
    await proxy.restore();
    await until(async () => !logger.sink.snapshot.down);
    const records = [makeRecord(5000), makeRecord(5001), makeRecord(5002)];
    for (const record of records) logger.log(record);
    await until(async () => (await stored(records.map((r) => r.requestId))).size === 3);
    await logger.close();
    await proxy.close();
    expect(entries.filter((e) => e.message?.startsWith("PostgreSQL is unreachable"))).toHaveLength(1);
    expect(entries.filter((e) => e.message?.startsWith("PostgreSQL is reachable again"))).toHaveLength(1);
  });

  it("closes in bounded time while the database hangs, keeping what it could not write on disk", async () => {
    const proxy = await startTcpProxy({ host: PG_HOST, port: PG_PORT });
    const spillDir = join(dir, "f");
    const logger = open(
      spillDir,
      { closeTimeoutMs: 300, queryTimeoutMs: 10_000 },
      `postgres://postgres@127.0.0.1:${proxy.port}/test`,
    );
    const records = Array.from({ length: 25 }, (_, i) => makeRecord(6000 + i));
    for (const record of records.slice(0, 5)) logger.log(record);
    await until(async () => (await stored(records.slice(0, 5).map((r) => r.requestId))).size === 5);
    proxy.stall();
    for (const record of records.slice(5)) logger.log(record);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const start = Date.now();
    await logger.close();
    expect(Date.now() - start).toBeLessThan(3_000);
    expect((await readdir(spillDir)).some((name) => name.startsWith("segment-"))).toBe(true);
    await proxy.close();
    const next = open(spillDir);
    await until(async () => (await stored(records.map((r) => r.requestId))).size === 25);
    await next.close();
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The outage acceptance test: under steady load through an HTTP server whose handler logs each
// request (as a gateway's `finish` does), PostgreSQL is cut off for 30 s by a TCP proxy and
// then restored. `finish` must cost the same before and during the outage, memory must stay
// within `maxMemoryRecords` (the rest spills to disk), and once the database is back every
// record must be in the table exactly once. Its own file, so its 45 s show on their own.

import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { dropSchema, PG_HOST, PG_PORT, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import { capturingLogger } from "@aigw/testkit";
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openPostgresLogger, type PostgresLogger } from "./postgres-logger.js";
import { makeRecord } from "./testing/records.js";
import { startTcpProxy, type TcpProxy } from "./testing/tcp-proxy.js";

const WARMUP_MS = 5_000;
const OUTAGE_MS = 30_000;
const AFTER_MS = 5_000;
/** One request every 10 ms: 100 a second, 4,000 in all. */
const INTERVAL_MS = 10;
const MAX_MEMORY = 200;

const schema = uniqueSchema("outage");
let sql: postgres.Sql;
let dir: string;
let proxy: TcpProxy;
let server: Server;
let logger: PostgresLogger;
const log = capturingLogger();

type Phase = "before" | "during" | "after";
let phase: Phase = "before";
const finishMs: Record<Phase, number[]> = { before: [], during: [], after: [] };
const httpMs: Record<Phase, number[]> = { before: [], during: [], after: [] };
let next = 0;

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-outage-"));
  proxy = await startTcpProxy({ host: PG_HOST, port: PG_PORT });
  logger = openPostgresLogger(
    {
      connectionString: `postgres://postgres@127.0.0.1:${proxy.port}/test`,
      schema,
      spillDir: join(dir, "spill"),
      batchSize: 50,
      flushIntervalMs: 100,
      maxMemoryRecords: MAX_MEMORY,
      connectTimeoutMs: 1_000,
      queryTimeoutMs: 3_000,
      reconnectMaxMs: 1_000,
    },
    { logger: log, env: { get: () => undefined } },
  );
  // The gateway's part: answer the request, then hand its record to `finish`.
  server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.end('{"ok":true}');
      const record = makeRecord(next++, { timestamp: new Date().toISOString() });
      const start = performance.now();
      logger.log(record);
      finishMs[phase].push(performance.now() - start);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await logger?.close();
  await new Promise((resolve) => server?.close(resolve));
  await proxy?.close();
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it("keeps requests flowing through a 30 s outage, bounded in memory, and loses nothing", async () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/v1/chat/completions`;
  let peakMemory = 0;
  let peakSpill = 0;
  const sampler = setInterval(() => {
    const snapshot = logger.sink.snapshot;
    peakMemory = Math.max(peakMemory, snapshot.memoryRecords);
    peakSpill = Math.max(peakSpill, snapshot.spillBytes);
  }, 20);
  const pending = new Set<Promise<void>>();
  let failures = 0;
  const load = setInterval(() => {
    const at = phase;
    const start = performance.now();
    const call = fetch(url, { method: "POST", body: "{}" })
      .then((response) => response.text())
      .then(() => {
        httpMs[at].push(performance.now() - start);
      })
      .catch(() => {
        failures++;
      })
      .finally(() => pending.delete(call));
    pending.add(call);
  }, INTERVAL_MS);

  await sleep(WARMUP_MS);
  phase = "during";
  await proxy.cut();
  await sleep(OUTAGE_MS);
  await proxy.restore();
  phase = "after";
  await sleep(AFTER_MS);
  clearInterval(load);
  await Promise.all(pending);
  const pushed = next;

  // Everything arrives: each request id exactly once.
  const deadline = Date.now() + 30_000;
  let stored = 0;
  while (Date.now() < deadline) {
    const [row] = await sql.unsafe<{ n: string }[]>(
      `SELECT count(DISTINCT request_id) AS n FROM "${schema}".aigw_requests`,
    );
    stored = Number(row?.n);
    if (
      stored >= pushed &&
      logger.sink.snapshot.memoryRecords === 0 &&
      logger.sink.snapshot.spillSegments === 0
    )
      break;
    await sleep(200);
  }
  clearInterval(sampler);
  const ids = await sql.unsafe<{ request_id: string }[]>(`SELECT request_id FROM "${schema}".aigw_requests`);
  const expected = new Set(Array.from({ length: pushed }, (_, i) => `req-${i}`));
  expect(ids.length).toBe(pushed);
  expect(new Set(ids.map((row) => row.request_id))).toEqual(expected);
  expect(failures).toBe(0);

  const snapshot = logger.sink.snapshot;
  expect(snapshot.dropped).toBe(0);
  expect(snapshot.rejected).toBe(0);
  // Memory never held more than its bound; the rest went to disk, which is empty again.
  expect(snapshot.peakMemoryRecords).toBeLessThanOrEqual(MAX_MEMORY);
  expect(peakMemory).toBeLessThanOrEqual(MAX_MEMORY);
  expect(peakSpill).toBeGreaterThan(0);
  expect((await readdir(join(dir, "spill"))).filter((name) => name.startsWith("segment-"))).toEqual([]);

  // `finish` cost the same before and during the outage: microseconds, never a wait.
  const summary = (phase: Phase) => ({
    calls: finishMs[phase].length,
    finishP50: quantile(finishMs[phase], 0.5),
    finishP99: quantile(finishMs[phase], 0.99),
    httpP50: quantile(httpMs[phase], 0.5),
    httpP99: quantile(httpMs[phase], 0.99),
  });
  const before = summary("before");
  const during = summary("during");
  console.info("outage test", { pushed, peakMemory, peakSpill, before, during, after: summary("after") });
  expect(during.calls).toBeGreaterThan(OUTAGE_MS / INTERVAL_MS / 2);
  expect(during.finishP50).toBeLessThan(Math.max(before.finishP50 * 3, 0.05));
  expect(during.finishP99).toBeLessThan(2);
  expect(during.httpP50).toBeLessThan(Math.max(before.httpP50 * 2, before.httpP50 + 5));

  // The outage was logged once when it began and once when it ended, not per batch.
  const outages = log.entries.filter((entry) => entry.message?.startsWith("PostgreSQL is unreachable"));
  const recoveries = log.entries.filter((entry) =>
    entry.message?.startsWith("PostgreSQL is reachable again"),
  );
  expect(outages).toHaveLength(1);
  expect(recoveries).toHaveLength(1);
  expect(recoveries[0]!.fields.dropped).toBe(0);
}, 120_000);

// The query API against the real database: every filter against the same filter applied in JS,
// keyset pages that return each record exactly once (also while rows are being added), one
// record by id, aggregates against figures computed in JS, and every bad parameter a 400 that
// names it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type { RequestRecord } from "@aigw/plugin-api";
import { capturingLogger } from "@aigw/testkit";
import fc from "fast-check";
import type postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresLogger, type PostgresLogger } from "../postgres-logger.js";
import { makeRecord } from "../testing/records.js";

const schema = uniqueSchema("query");
const BASE = Date.UTC(2025, 2, 1);
const MINUTE = 60_000;
let sql: postgres.Sql;
let dir: string;
let api: PostgresLogger;
const records: RequestRecord[] = [];

/** Record n: three records share each timestamp (ties are ordered by row id), 37 minutes apart. */
function record(n: number): RequestRecord {
  return makeRecord(n, {
    timestamp: new Date(BASE + Math.floor(n / 3) * 37 * MINUTE).toISOString(),
    ...(n % 9 === 4 ? { cache: undefined } : {}),
    ...(n % 11 === 5 ? { endpoint: "embeddings" as const } : {}),
  });
}

function open(url = TEST_DATABASE_URL): PostgresLogger {
  return openPostgresLogger(
    {
      connectionString: url,
      schema,
      spillDir: join(dir, "spill"),
      flushIntervalMs: 20,
      closeTimeoutMs: 10_000,
    },
    { logger: capturingLogger(), env: { get: () => undefined } },
  );
}

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-query-"));
  const writer = open();
  for (let n = 0; n < 300; n++) {
    records.push(record(n));
    writer.log(records[n]!);
  }
  await writer.close();
  api = open();
});

afterAll(async () => {
  await api.close();
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

interface ApiAnswer {
  status: number;
  body: Record<string, unknown> & { data?: unknown[]; next_cursor?: string | null };
}

async function get(
  path: string,
  query: Record<string, string> | string = {},
  logger = api,
): Promise<ApiAnswer> {
  const search = typeof query === "string" ? query : new URLSearchParams(query).toString();
  const response = await logger.serve(
    new Request(`http://gateway${path}${search ? `?${search}` : ""}`),
    path,
  );
  expect(response.headers.get("content-type")).toBe("application/json");
  return { status: response.status, body: (await response.json()) as ApiAnswer["body"] };
}

/** Every page of a listing, followed by its cursors. */
async function listAll(
  query: Record<string, string>,
  limit: number,
): Promise<{ pages: number; ids: string[] }> {
  const ids: string[] = [];
  let cursor: string | null | undefined;
  let pages = 0;
  do {
    const { status, body } = await get("/admin/logs", {
      ...query,
      limit: String(limit),
      ...(cursor ? { before: cursor } : {}),
    });
    expect(status).toBe(200);
    expect(body.object).toBe("list");
    expect(body.data!.length).toBeLessThanOrEqual(limit);
    ids.push(...(body.data as RequestRecord[]).map((r) => r.requestId));
    cursor = body.next_cursor;
    pages++;
  } while (cursor);
  return { pages, ids };
}

/** Newest first; ties in insertion order reversed (the row id), as the API orders them. */
function newestFirst(list: RequestRecord[]): string[] {
  return list
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Date.parse(b.r.timestamp) - Date.parse(a.r.timestamp) || b.i - a.i)
    .map(({ r }) => r.requestId);
}

const FILTERS: [Record<string, string>, (r: RequestRecord) => boolean][] = [
  [{ key: "key-b" }, (r) => r.keyId === "key-b"],
  [{ team: "red" }, (r) => r.team === "red"],
  [{ user: "user-3" }, (r) => r.user === "user-3"],
  [{ model: "gpt-4o-mini" }, (r) => (r.modelServed ?? r.modelRequested) === "gpt-4o-mini"],
  [{ provider: "anthropic" }, (r) => r.provider === "anthropic"],
  [{ status: "500" }, (r) => r.status === 500],
  [{ status: "4xx" }, (r) => r.status >= 400 && r.status < 500],
  [{ error: "rate_limited" }, (r) => r.error?.code === "rate_limited"],
  [{ error: "any" }, (r) => r.error !== undefined],
  [{ cache: "hit" }, (r) => r.cache?.status === "hit"],
  [{ cache: "none" }, (r) => r.cache === undefined],
  [{ guardrail: "failed" }, (r) => r.guardrails.some((g) => g.verdict === "fail")],
  [{ guardrail: "passed" }, (r) => !r.guardrails.some((g) => g.verdict === "fail")],
  [{ endpoint: "embeddings" }, (r) => r.endpoint === "embeddings"],
  [{ outcome: "error" }, (r) => r.outcome === "error"],
  [
    { from: new Date(BASE + 10 * 37 * MINUTE).toISOString(), to: String(BASE + 40 * 37 * MINUTE) },
    (r) =>
      Date.parse(r.timestamp) >= BASE + 10 * 37 * MINUTE && Date.parse(r.timestamp) < BASE + 40 * 37 * MINUTE,
  ],
  [
    { team: "blue", status: "2xx", cache: "miss", provider: "openai" },
    (r) => r.team === "blue" && r.status < 300 && r.cache?.status === "miss" && r.provider === "openai",
  ],
  [{ key: "' OR 1=1 --" }, () => false],
];

describe("GET /admin/logs", () => {
  it("answers the newest records first, 100 by default", async () => {
    const { status, body } = await get("/admin/logs");
    expect(status).toBe(200);
    expect((body.data as RequestRecord[]).map((r) => r.requestId)).toEqual(
      newestFirst(records).slice(0, 100),
    );
    expect(body.data![0]).toEqual(records[299]);
    expect(typeof body.next_cursor).toBe("string");
  });

  it.each(FILTERS)("filters on %j as the same filter in JS", async (query, keep) => {
    const { ids } = await listAll(query, 1000);
    expect(ids).toEqual(newestFirst(records.filter(keep)));
  });

  it("pages through any filtered set returning each record exactly once, in order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 60 }),
        fc.subarray(FILTERS.slice(0, 15), { maxLength: 2 }),
        async (limit, chosen) => {
          const keys = chosen.flatMap(([q]) => Object.keys(q));
          fc.pre(new Set(keys).size === keys.length);
          const query = Object.assign({}, ...chosen.map(([q]) => q)) as Record<string, string>;
          const expected = newestFirst(records.filter((r) => chosen.every(([, keep]) => keep(r))));
          const { pages, ids } = await listAll(query, limit);
          expect(ids).toEqual(expected);
          expect(pages).toBe(Math.max(1, Math.ceil(expected.length / limit)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("keeps its pages exact while new rows arrive between them", async () => {
    const writer = open();
    const seen: string[] = [];
    let cursor: string | null | undefined;
    let n = 10_000;
    do {
      const { body } = await get("/admin/logs", {
        limit: "17",
        team: "red",
        ...(cursor ? { before: cursor } : {}),
      });
      seen.push(...(body.data as RequestRecord[]).map((r) => r.requestId));
      cursor = body.next_cursor;
      // Newer rows, and rows at the very timestamp the cursor sits on.
      const tie = (body.data as RequestRecord[]).at(-1)?.timestamp;
      writer.log(makeRecord(n++, { team: "red", timestamp: new Date().toISOString() }));
      if (tie) writer.log(makeRecord(n++, { team: "red", timestamp: tie }));
      await writer.sink.flush();
    } while (cursor);
    await writer.close();
    const original = newestFirst(records.filter((r) => r.team === "red"));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => original.includes(id))).toEqual(original);
    // The later tests count on the 300 records alone.
    const added = Array.from({ length: n - 10_000 }, (_, i) => `req-${10_000 + i}`);
    await sql.unsafe(
      `DELETE FROM "${schema}".aigw_requests WHERE request_id IN (SELECT jsonb_array_elements_text($1::text::jsonb))`,
      [JSON.stringify(added)],
    );
  });
});

describe("GET /admin/logs/{requestId}", () => {
  it("answers one record in full", async () => {
    const { status, body } = await get("/admin/logs/req-42");
    expect(status).toBe(200);
    expect(body).toEqual(records[42]);
  });

  it("answers 404 in OpenAI's error shape for an unknown id", async () => {
    const { status, body } = await get("/admin/logs/no%20such%20id");
    expect(status).toBe(404);
    expect(body).toEqual({
      error: {
        message: "No request with id 'no such id' is logged.",
        type: "not_found_error",
        code: "not_found",
        param: "requestId",
      },
    });
  });
});

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentileCont(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

const GROUP_OF: Record<string, (r: RequestRecord) => string | null> = {
  key: (r) => r.keyId ?? null,
  team: (r) => r.team ?? null,
  user: (r) => r.user ?? null,
  model: (r) => r.modelServed ?? r.modelRequested ?? null,
  provider: (r) => r.provider ?? null,
  endpoint: (r) => r.endpoint ?? null,
  day: (r) => `${r.timestamp.slice(0, 10)}T00:00:00Z`,
  hour: (r) => `${r.timestamp.slice(0, 13)}:00:00Z`,
};

describe("GET /admin/logs/aggregates", () => {
  it.each(Object.keys(GROUP_OF))("group_by=%s matches the figures computed in JS", async (groupBy) => {
    const from = BASE + 20 * 37 * MINUTE;
    const subset = records.filter((r) => Date.parse(r.timestamp) >= from);
    const { status, body } = await get("/admin/logs/aggregates", { group_by: groupBy, from: String(from) });
    expect(status).toBe(200);
    expect(body.group_by).toBe(groupBy);
    const groups = new Map<string | null, RequestRecord[]>();
    for (const r of subset)
      groups.set(GROUP_OF[groupBy]!(r), [...(groups.get(GROUP_OF[groupBy]!(r)) ?? []), r]);
    const data = body.data as Record<string, unknown>[];
    expect(data.length).toBe(groups.size);
    for (const row of data) {
      const members = groups.get(row.group as string | null)!;
      const errors = members.filter((r) => r.outcome === "error" || r.outcome === "stream_error").length;
      const hits = members.filter((r) => r.cache?.status === "hit").length;
      const total = members.map((r) => r.timings.totalMs);
      const overhead = members.map((r) => r.timings.overheadMs);
      expect(row).toMatchObject({
        requests: members.length,
        errors,
        cache_hits: hits,
        prompt_tokens: members.reduce((sum, r) => sum + (r.tokens?.prompt ?? 0), 0),
        completion_tokens: members.reduce((sum, r) => sum + (r.tokens?.completion ?? 0), 0),
      });
      expect(row.error_rate).toBeCloseTo(errors / members.length, 12);
      expect(row.cache_hit_rate).toBeCloseTo(hits / members.length, 12);
      expect(row.cost_usd).toBeCloseTo(
        members.reduce((sum, r) => sum + (r.cost?.totalUsd ?? 0), 0),
        12,
      );
      const latency = row.latency_ms as Record<string, number>;
      const over = row.overhead_ms as Record<string, number>;
      expect(latency.p50).toBeCloseTo(percentileCont(total, 0.5)!, 9);
      expect(latency.p90).toBeCloseTo(percentileCont(total, 0.9)!, 9);
      expect(latency.p99).toBeCloseTo(percentileCont(total, 0.99)!, 9);
      expect(over.p50).toBeCloseTo(percentileCont(overhead, 0.5)!, 9);
      expect(over.p99).toBeCloseTo(percentileCont(overhead, 0.99)!, 9);
    }
    const order = data.map((row) => row.group as string);
    if (groupBy === "day" || groupBy === "hour") expect(order).toEqual([...order].sort());
    else
      expect(data.map((row) => row.requests)).toEqual(
        data.map((row) => row.requests).sort((a, b) => Number(b) - Number(a)),
      );
  });

  it("applies the filters before grouping", async () => {
    const { body } = await get("/admin/logs/aggregates", {
      group_by: "provider",
      status: "5xx",
      team: "red",
    });
    const subset = records.filter((r) => r.status >= 500 && r.team === "red");
    const data = body.data as { group: string; requests: number }[];
    expect(data.reduce((sum, row) => sum + row.requests, 0)).toBe(subset.length);
  });
});

describe("bad input", () => {
  const cases: [string, string, string][] = [
    ["/admin/logs", "colour=red", "colour"],
    ["/admin/logs", "team=a&team=b", "team"],
    ["/admin/logs", "limit=0", "limit"],
    ["/admin/logs", "limit=1001", "limit"],
    ["/admin/logs", "limit=ten", "limit"],
    ["/admin/logs", "from=yesterday", "from"],
    ["/admin/logs", "to=2025-13-45", "to"],
    ["/admin/logs", "from=2025-03-02&to=2025-03-01", "to"],
    ["/admin/logs", "status=6xx", "status"],
    ["/admin/logs", "status=20", "status"],
    ["/admin/logs", "cache=maybe", "cache"],
    ["/admin/logs", "guardrail=yes", "guardrail"],
    ["/admin/logs", "endpoint=v1", "endpoint"],
    ["/admin/logs", "outcome=fine", "outcome"],
    ["/admin/logs", "key=", "key"],
    ["/admin/logs", `user=${"x".repeat(257)}`, "user"],
    ["/admin/logs", "before=not-a-cursor", "before"],
    [
      "/admin/logs",
      `before=${btoa(JSON.stringify(["2025-01-01T00:00:00.000000Z", "1; DROP TABLE x"]))}`,
      "before",
    ],
    ["/admin/logs/aggregates", "", "group_by"],
    ["/admin/logs/aggregates", "group_by=colour", "group_by"],
    ["/admin/logs/aggregates", "group_by=key&before=abc", "before"],
    ["/admin/logs/req-1", "verbose=1", "verbose"],
  ];

  it.each(cases)("%s?%s is a 400 naming %s", async (path, query, param) => {
    const { status, body } = await get(path, query);
    expect(status).toBe(400);
    const error = body.error as Record<string, unknown>;
    expect(error).toMatchObject({ type: "invalid_request_error", code: "invalid_request", param });
    expect(typeof error.message).toBe("string");
  });

  it("answers 405 to anything but GET", async () => {
    const response = await api.serve(
      new Request("http://gateway/admin/logs", { method: "POST" }),
      "/admin/logs",
    );
    expect(response.status).toBe(405);
  });

  it("answers 503 in OpenAI's error shape while the database is unreachable", async () => {
    const down = open("postgres://postgres@127.0.0.1:1/test");
    for (const path of ["/admin/logs", "/admin/logs/req-1", "/admin/logs/aggregates"]) {
      const { status, body } = await get(path, path.endsWith("aggregates") ? "group_by=day" : "", down);
      expect(status).toBe(503);
      expect(body.error).toMatchObject({ type: "server_error", code: "upstream_unavailable", param: null });
    }
    await down.close();
  });
});

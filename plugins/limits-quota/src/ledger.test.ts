// The spend ledger in the real PostgreSQL, through the engine: every request that spent is a row;
// /admin/spend groups them; and a quota store that lost its data (here: a new gateway on fresh
// memory quotas, as after a restart) starts each budget counter from the ledger's total, so the
// budget is not handed out again.
import { migrate } from "@aigw/pg-kit";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type postgres from "postgres";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { LEDGER_MIGRATIONS } from "./ledger/migrations.js";
import { type TestGateway, testGateway } from "./testing/gateway.js";

const schema = uniqueSchema("spend");
let sql: postgres.Sql;
const open: TestGateway[] = [];

beforeAll(() => {
  sql = testSql();
});
afterEach(async () => {
  for (const g of open.splice(0)) await g.gateway.close();
});
afterAll(async () => {
  await dropSchema(sql, schema);
  await sql.end();
});

const config = { postgres: { urlEnv: "SPEND_DB", schema, flushIntervalMs: 20 } };

async function gateway(): Promise<TestGateway> {
  const g = await testGateway(config, { env: { SPEND_DB: TEST_DATABASE_URL } });
  open.push(g);
  return g;
}

async function rows(): Promise<number> {
  const [row] = await sql.unsafe<{ n: string }[]>(`SELECT count(*)::text AS n FROM "${schema}".aigw_spend`);
  return Number(row!.n);
}

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

it("migrates once from several gateways at a time", async () => {
  const applied = await Promise.all([1, 2, 3].map(() => migrate(sql, schema, LEDGER_MIGRATIONS)));
  expect(applied.flat()).toEqual([1]);
});

it("writes each request that spent, serves /admin/spend, and seeds a lost budget counter from it", async () => {
  const first = await gateway();
  const caller = (id: string) => ({
    keyId: id,
    team: "blue",
    quotas: [{ scope: "team", id: "blue", budget: { limitUsd: 0.02, period: "daily" } }],
  });
  expect((await first.chat(caller("k1"))).status).toBe(200);
  expect((await first.chat(caller("k2"))).status).toBe(200);
  // A refusal spends nothing and is no row.
  expect((await first.chat(caller("k3"), { headers: { "x-test-fail": "500" } })).status).toBe(500);
  await first.gateway.idle();
  await until(async () => (await rows()) >= 2);
  expect(await rows()).toBe(2);

  const byKey = await (await first.admin("/admin/spend?group_by=key,day&team=blue")).json();
  expect(byKey).toMatchObject({ object: "list", group_by: ["key", "day"] });
  expect(byKey.data).toEqual(
    expect.arrayContaining([
      {
        key: "k1",
        day: "2025-06-10",
        requests: 1,
        prompt_tokens: 1000,
        completion_tokens: 500,
        total_tokens: 1500,
        cost_usd: 0.0075,
      },
      expect.objectContaining({ key: "k2", cost_usd: 0.0075 }),
    ]),
  );
  const total = await (await first.admin("/admin/spend?from=2025-06-10&to=2025-06-11")).json();
  expect(total.data).toEqual([expect.objectContaining({ requests: 2, cost_usd: 0.015 })]);
  const bad = await first.admin("/admin/spend?from=yesterday");
  expect(bad.status).toBe(400);
  expect((await bad.json()).error.param).toBe("from");
  await first.gateway.close();
  open.length = 0;

  // A new gateway on empty memory quotas: the team has spent $0.015 of $0.02 today, so a request
  // whose estimate is $0.005015 is refused, as it would have been before the restart.
  const second = await gateway();
  const refused = await second.chat(caller("k4"), { body: { max_tokens: 500 } });
  expect(refused.status).toBe(429);
  expect((await refused.json()).error.message).toContain("$0.015 spent");
  expect(second.provider.calls()).toBe(0);
});

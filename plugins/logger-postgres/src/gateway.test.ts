// Through the engine, as a user runs it: requests answered by the gateway arrive in PostgreSQL as
// request records, and `/admin/logs` lists, fetches and aggregates them behind the admin token.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGateway, type Gateway } from "@aigw/engine";
import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import { definePlugin, jsonResult, type Logger } from "@aigw/plugin-api";
import type postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import plugin from "./index.js";

const schema = uniqueSchema("gateway");
let sql: postgres.Sql;
let dir: string;
let gateway: Gateway;

const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => quiet };

const provider = definePlugin({
  manifest: {
    name: "answers",
    kind: "provider",
    version: "0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: () => ({
    async call(ctx) {
      ctx.annotations.servedBy = { provider: "openai", model: "gpt-4o-mini", node: ctx.node };
      ctx.annotations.usage = { prompt_tokens: 1000, completion_tokens: 500, total_tokens: 1500 };
      return jsonResult(
        JSON.stringify({
          id: "c",
          object: "chat.completion",
          created: 1,
          model: "gpt-4o-mini",
          choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }],
        }),
      );
    },
  }),
});

beforeAll(async () => {
  sql = testSql();
  dir = await mkdtemp(join(tmpdir(), "aigw-pg-gateway-"));
  gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          {
            id: "log",
            plugin: "logger-postgres",
            config: { connectionStringEnv: "DB_URL", schema, flushIntervalMs: 50, spillDir: dir },
          },
          { id: "llm", plugin: "answers" },
        ],
      },
    },
    plugins: [plugin, provider],
    services: { logger: quiet },
    env: { DB_URL: TEST_DATABASE_URL, AIGW_ADMIN_TOKEN: "admin-token" },
  });
});
afterAll(async () => {
  await gateway?.close();
  await dropSchema(sql, schema);
  await sql.end();
  await rm(dir, { recursive: true, force: true });
});

const admin = (path: string, token = "admin-token") =>
  gateway.fetch(new Request(`http://gw${path}`, { headers: { authorization: `Bearer ${token}` } }));

it("stores each answered request and serves it back through /admin/logs", async () => {
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const response = await gateway.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `hi ${i}` }] }),
      }),
    );
    expect(response.status).toBe(200);
    ids.push(response.headers.get("x-request-id")!);
  }
  await gateway.idle();
  let listed: { data: { requestId: string; cost?: { totalUsd: number } }[] } = { data: [] };
  for (let tries = 0; tries < 50 && listed.data.length < 3; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Until the writer's migrations have run, the API answers 503: wait through that too.
    const answer = await (await admin("/admin/logs?model=gpt-4o-mini")).json();
    if (Array.isArray(answer.data)) listed = answer;
  }
  expect(listed.data.map((r) => r.requestId).sort()).toEqual([...ids].sort());
  // Priced from the table: 1000 prompt and 500 completion tokens of gpt-4o-mini.
  expect(listed.data[0]!.cost!.totalUsd).toBeGreaterThan(0);
  const one = await admin(`/admin/logs/${ids[0]}`);
  expect(await one.json()).toMatchObject({ requestId: ids[0], provider: "openai", tokens: { prompt: 1000 } });
  const aggregates = await (await admin("/admin/logs/aggregates?group_by=model")).json();
  expect(JSON.stringify(aggregates)).toContain("gpt-4o-mini");
  expect((await admin("/admin/logs", "wrong")).status).toBe(401);
});

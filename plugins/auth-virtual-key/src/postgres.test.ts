// The store of record in PostgreSQL (a schema per test run): the key lifecycle model-based;
// a restart finds everything again; two gateway instances on one PostgreSQL and one Redis see
// each other's changes within a second (a revoked key refused, a credential replaced); and the
// vault's master key rotated at an instance's boot while requests flow on the other.

import { dropSchema, TEST_DATABASE_URL, testSql, uniqueSchema } from "@aigw/pg-kit/testing";
import type { Plugin } from "@aigw/plugin-api";
import { definePlugin } from "@aigw/plugin-api";
import { manualClock } from "@aigw/testkit";
import { afterAll, describe, expect, it } from "vitest";
import { MASTER_KEY_A, MASTER_KEY_B, type TestGateway, testGateway } from "./testing/gateway.js";
import { checkLifecycle } from "./testing/lifecycle-model.js";
import { parseMasterKey } from "./vault/keyring.js";

/** The shared Redis: the engine's stores, quotas and bus, as `stores: redis` in a config gives them. */
const REDIS = { type: "redis", url: "redis://127.0.0.1:6379" } as const;
const schemas: string[] = [];
function pg(prefix: string) {
  const schema = uniqueSchema(prefix);
  schemas.push(schema);
  return { postgres: { url: TEST_DATABASE_URL, schema } };
}
afterAll(async () => {
  for (const schema of schemas) await dropSchema(undefined, schema);
});

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return performance.now() - start;
}

describe("PostgreSQL as the store of record", () => {
  it("the key lifecycle, model-based", async () => {
    const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
    const gw = await testGateway({ clock, auth: pg("model") });
    try {
      await checkLifecycle({ gw, clock }, 30);
    } finally {
      await gw.close();
    }
  }, 120_000);

  it("keeps keys, teams, tokens, credentials and the audit log across a restart", async () => {
    const config = pg("restart");
    const first = await testGateway({ auth: config });
    await first.admin("POST", "/admin/teams", { id: "t", budget: { limitUsd: 10, period: "daily" } });
    const key = await first.admin("POST", "/admin/keys", { name: "k", team: "t" });
    const token = await first.admin("POST", "/admin/tokens", { name: "v", role: "viewer" });
    await first.admin("PUT", "/admin/credentials/openai", { value: "sk-upstream" });
    await first.close();
    const second = await testGateway({ auth: config });
    try {
      expect((await second.chat(key.json.key)).status).toBe(200);
      expect(second.principals.at(-1)!.principal!.quotas![1]).toEqual({
        scope: "team",
        id: "t",
        budget: { limitUsd: 10, period: "daily" },
      });
      expect((await second.admin("GET", "/admin/keys", undefined, token.json.token)).status).toBe(200);
      expect(second.gateway.services.credentials.get("openai")).toBe("sk-upstream");
      expect((await second.admin("GET", "/admin/audit")).json.data!.length).toBe(4);
      const sql = testSql();
      const rows = await sql.unsafe(
        `SELECT doc::text AS doc FROM "${config.postgres.schema}".aigw_vk_credentials`,
      );
      await sql.end();
      expect(JSON.stringify(rows)).not.toContain("sk-upstream");
      const keys = await testSqlText(config.postgres.schema, "aigw_vk_keys");
      expect(keys).not.toContain(key.json.key!);
    } finally {
      await second.close();
    }
  });
});

async function testSqlText(schema: string, table: string): Promise<string> {
  const sql = testSql();
  try {
    return JSON.stringify(await sql.unsafe(`SELECT doc::text AS doc FROM "${schema}".${table}`));
  } finally {
    await sql.end();
  }
}

describe("two instances on one PostgreSQL and one Redis", () => {
  it("a key revoked on one is refused by the other within a second; a replaced credential too", async () => {
    const config = { ...pg("pair"), channel: `aigw:vk:test:${Math.random().toString(36).slice(2)}` };
    const [a, b] = [
      await testGateway({ auth: config, stores: REDIS }),
      await testGateway({ auth: config, stores: REDIS }),
    ] as [TestGateway, TestGateway];
    try {
      const key = await a.admin("POST", "/admin/keys", { name: "shared" });
      const seen = await within(1_000, async () => (await b.chat(key.json.key)).status === 200);
      expect(seen).toBeLessThan(1_000);
      await a.admin("DELETE", `/admin/keys/${key.json.id}`);
      const refused = await within(1_000, async () => (await b.chat(key.json.key)).status === 401);
      expect(refused).toBeLessThan(1_000);
      expect((await b.chat(key.json.key)).json.error!.message).toContain("revoked");

      await b.admin("PUT", "/admin/credentials/openai", { value: "first" });
      await within(1_000, async () => a.gateway.services.credentials.get("openai") === "first");
      await b.admin("PUT", "/admin/credentials/openai", { value: "second" });
      await within(1_000, async () => a.gateway.services.credentials.get("openai") === "second");

      const token = await a.admin("POST", "/admin/tokens", { name: "ops", role: "editor" });
      await within(
        1_000,
        async () => (await b.admin("GET", "/admin/keys", undefined, token.json.token)).status === 200,
      );
      await b.admin("DELETE", `/admin/tokens/${token.json.id}`);
      await within(
        1_000,
        async () => (await a.admin("GET", "/admin/keys", undefined, token.json.token)).status === 401,
      );
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe("master key rotation without downtime", () => {
  it("an instance booting with a new primary re-encrypts every credential while the other serves on", async () => {
    const config = { ...pg("rotate"), channel: `aigw:vk:test:${Math.random().toString(36).slice(2)}` };
    const reads: (string | undefined)[] = [];
    const reader = credentialReader(reads);
    const oldInstance = await testGateway({
      auth: config,
      stores: REDIS,
      env: { AIGW_MASTER_KEY: MASTER_KEY_A },
      extraPlugins: [reader],
      extraNodes: [{ id: "reader", plugin: "test-credential-reader" }],
    });
    let newInstance: TestGateway | undefined;
    try {
      await oldInstance.admin("PUT", "/admin/credentials/openai", { value: "sk-upstream-1" });
      const key = await oldInstance.admin("POST", "/admin/keys", { name: "k" });
      let flowing = true;
      const statuses: number[] = [];
      const traffic = (async () => {
        while (flowing) statuses.push((await oldInstance.chat(key.json.key)).status);
      })();
      // The new primary with the old key still accepted: re-encryption at boot.
      newInstance = await testGateway({
        auth: config,
        stores: REDIS,
        env: { AIGW_MASTER_KEY: MASTER_KEY_B, AIGW_MASTER_KEY_PREVIOUS: MASTER_KEY_A },
      });
      const listed = await newInstance.admin("GET", "/admin/credentials/openai");
      expect(listed.json["masterKeyId"]).toBe(parseMasterKey(MASTER_KEY_B, "K").id);
      await new Promise((r) => setTimeout(r, 200));
      flowing = false;
      await traffic;
      expect(statuses.length).toBeGreaterThan(5);
      expect(new Set(statuses)).toEqual(new Set([200]));
      expect(new Set(reads)).toEqual(new Set(["sk-upstream-1"]));
      expect(newInstance.gateway.services.credentials.get("openai")).toBe("sk-upstream-1");
      const audit = await newInstance.admin("GET", "/admin/audit?action=credential.reencrypt");
      expect(audit.json.data!.length).toBe(1);
      // The old instance cannot read the new ciphertext (it lacks the new key) but kept its value.
      expect(oldInstance.logged.some((line) => line.includes("could not be decrypted"))).toBe(true);
    } finally {
      await oldInstance.close();
      await newInstance?.close();
    }
  }, 30_000);
});

/** A request node reading the credential `openai` from the vault, as a provider node does. */
function credentialReader(reads: (string | undefined)[]): Plugin {
  return definePlugin({
    manifest: {
      name: "test-credential-reader",
      kind: "transform",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["request"],
      services: ["credentials"],
      configSchema: { type: "object" },
    },
    create: (_config, init) => ({
      request() {
        reads.push(init.services.credentials.get("openai"));
      },
    }),
  });
}

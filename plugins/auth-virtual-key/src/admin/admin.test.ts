// The admin API through the engine: bodies checked against their schemas (400 naming the
// param), unknown ids (404), lists with filters and pages, write-only credentials, the vault
// closed without a master key, and an audit log of every change with who made it.
import { afterEach, describe, expect, it } from "vitest";
import { type TestGateway, testGateway } from "../testing/gateway.js";

let gw: TestGateway;
afterEach(async () => {
  await gw?.close();
});

describe("admin API", () => {
  it("answers 400 naming the field for a body that breaks its schema, and for bad JSON", async () => {
    gw = await testGateway();
    const cases: [unknown, string | null][] = [
      [{}, "name"],
      [{ name: "x", limits: { requestsPerMinute: 0 } }, "limits.requestsPerMinute"],
      [{ name: "x", colour: "red" }, "colour"],
      [{ name: "x", endpoints: ["chat"] }, "endpoints.0"],
      [{ name: "x", expiresAt: "tomorrow" }, "expiresAt"],
      [{ name: "x", team: "nobody" }, "team"],
    ];
    for (const [body, param] of cases) {
      const answer = await gw.admin("POST", "/admin/keys", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.error).toMatchObject({ type: "invalid_request_error", param });
    }
    const broken = await gw.admin("POST", "/admin/keys", "{not json");
    expect(broken.status).toBe(400);
    expect(broken.json.error!.code).toBe("invalid_json");
  });

  it("answers 404 for unknown ids and paths", async () => {
    gw = await testGateway();
    for (const [method, path] of [
      ["GET", "/admin/keys/key_nope"],
      ["PATCH", "/admin/keys/key_nope"],
      ["DELETE", "/admin/keys/key_nope"],
      ["POST", "/admin/keys/key_nope/rotate"],
      ["POST", "/admin/keys/key_nope/spin"],
      ["GET", "/admin/teams/nope"],
      ["DELETE", "/admin/users/nope"],
      ["GET", "/admin/credentials/nope"],
    ] as const) {
      const answer = await gw.admin(method, path, method === "PATCH" ? { name: "n" } : undefined);
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.json.error!.type).toBe("not_found_error");
    }
  });

  it("lists keys by team, user and status, a page at a time", async () => {
    gw = await testGateway();
    await gw.admin("POST", "/admin/teams", { id: "a" });
    await gw.admin("POST", "/admin/users", { id: "ann", team: "a" });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (
          await gw.admin("POST", "/admin/keys", {
            name: `k${i}`,
            team: i < 3 ? "a" : undefined,
            user: i === 0 ? "ann" : undefined,
          })
        ).json.id!,
      );
    await gw.admin("DELETE", `/admin/keys/${ids[1]}`);
    const byTeam = await gw.admin("GET", "/admin/keys?team=a");
    expect(byTeam.json.data!.map((k) => k.id)).toEqual(ids.slice(0, 3));
    expect((await gw.admin("GET", "/admin/keys?user=ann")).json.data!.map((k) => k.id)).toEqual([ids[0]]);
    expect((await gw.admin("GET", "/admin/keys?status=revoked")).json.data!.map((k) => k.id)).toEqual([
      ids[1],
    ]);
    const first = await gw.admin("GET", "/admin/keys?limit=2");
    expect(first.json.data!.map((k) => k.id)).toEqual(ids.slice(0, 2));
    const second = await gw.admin("GET", `/admin/keys?limit=2&after=${first.json.next_cursor}`);
    expect(second.json.data!.map((k) => k.id)).toEqual(ids.slice(2, 4));
    const third = await gw.admin("GET", `/admin/keys?limit=2&after=${second.json.next_cursor}`);
    expect(third.json.data!.map((k) => k.id)).toEqual(ids.slice(4));
    expect(third.json.next_cursor).toBeNull();
    expect((await gw.admin("GET", "/admin/keys?limit=0")).json.error!.param).toBe("limit");
    expect((await gw.admin("GET", "/admin/keys?status=lost")).json.error!.param).toBe("status");
  });

  it("updates a key's scopes and owners; null clears a field", async () => {
    gw = await testGateway();
    await gw.admin("POST", "/admin/teams", { id: "t" });
    const { json } = await gw.admin("POST", "/admin/keys", { name: "k", models: ["mock-1"] });
    expect((await gw.chat(json.key, { model: "mock-2" })).status).toBe(403);
    const updated = await gw.admin("PATCH", `/admin/keys/${json.id}`, { models: null, team: "t" });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({ team: "t" });
    expect(updated.json.models).toBeUndefined();
    expect((await gw.chat(json.key, { model: "mock-2" })).status).toBe(200);
    expect((await gw.admin("PATCH", `/admin/keys/${json.id}`, {})).json.error!.code).toBe("invalid_request");
  });

  it("refuses to delete a team with active keys (409), and deletes it once they are revoked", async () => {
    gw = await testGateway();
    await gw.admin("POST", "/admin/teams", { id: "t" });
    expect((await gw.admin("POST", "/admin/teams", { id: "t" })).status).toBe(409);
    const { json } = await gw.admin("POST", "/admin/keys", { name: "k", team: "t" });
    expect((await gw.admin("DELETE", "/admin/teams/t")).status).toBe(409);
    await gw.admin("DELETE", `/admin/keys/${json.id}`);
    expect((await gw.admin("DELETE", "/admin/teams/t")).status).toBe(204);
    expect((await gw.admin("GET", "/admin/teams/t")).status).toBe(404);
  });

  it("keeps credentials write-only: stored, listed and shown by metadata, never by value", async () => {
    gw = await testGateway();
    const secret = "sk-provider-secret-value-1234";
    const put = await gw.admin("PUT", "/admin/credentials/openai-prod", {
      value: secret,
      provider: "openai",
    });
    expect(put.status).toBe(201);
    expect(put.json).toMatchObject({ name: "openai-prod", provider: "openai" });
    expect((await gw.admin("PUT", "/admin/credentials/openai-prod", { value: `${secret}-2` })).status).toBe(
      200,
    );
    expect((await gw.admin("GET", "/admin/credentials")).json.data!.map((c) => c.name)).toEqual([
      "openai-prod",
    ]);
    expect((await gw.admin("GET", "/admin/credentials/openai-prod")).status).toBe(200);
    expect(gw.gateway.services.credentials.get("openai-prod")).toBe(`${secret}-2`);
    expect((await gw.admin("PUT", "/admin/credentials/bad%20name", { value: "x" })).json.error!.param).toBe(
      "name",
    );
    expect((await gw.admin("DELETE", "/admin/credentials/openai-prod")).status).toBe(204);
    expect(gw.gateway.services.credentials.get("openai-prod")).toBeUndefined();
    for (const answer of gw.answers) expect(answer).not.toContain(secret);
  });

  it("says how to set a master key when none is set and a credential is written", async () => {
    gw = await testGateway({ env: { AIGW_MASTER_KEY: undefined } });
    const answer = await gw.admin("PUT", "/admin/credentials/openai", { value: "x" });
    expect(answer.status).toBe(503);
    expect(answer.json.error!.message).toContain("AIGW_MASTER_KEY");
    expect(answer.json.error!.message).toContain("openssl rand -base64 32");
  });

  it("records every change in the audit log with who, what, when and a diff without secrets", async () => {
    gw = await testGateway();
    const editor = await gw.admin("POST", "/admin/tokens", { name: "ops", role: "editor" });
    const key = await gw.admin("POST", "/admin/keys", { name: "k" }, editor.json.token);
    await gw.admin("PATCH", `/admin/keys/${key.json.id}`, { name: "renamed" }, editor.json.token);
    await gw.admin("POST", `/admin/keys/${key.json.id}/rotate`, {}, editor.json.token);
    await gw.admin("DELETE", `/admin/keys/${key.json.id}`, undefined, editor.json.token);
    await gw.admin("PUT", "/admin/credentials/c", { value: "provider-secret-xyz" });
    const log = await gw.admin("GET", "/admin/audit");
    expect(log.json.data!.map((e) => e.action)).toEqual([
      "credential.create",
      "key.revoke",
      "key.rotate",
      "key.update",
      "key.create",
      "token.create",
    ]);
    const update = log.json.data![3]!;
    expect(update).toMatchObject({
      actor: { id: editor.json.id, role: "editor", name: "ops" },
      target: { type: "key", id: key.json.id },
      diff: { name: { from: "k", to: "renamed" } },
    });
    expect(Date.parse(update["at"] as string)).toBeGreaterThan(Date.now() - 60_000);
    expect(log.json.data![5]!["actor"]).toMatchObject({ id: "bootstrap", role: "admin" });
    const filtered = await gw.admin("GET", `/admin/audit?target_id=${key.json.id}&action=key.rotate`);
    expect(filtered.json.data!.map((e) => e.action)).toEqual(["key.rotate"]);
    const page = await gw.admin("GET", "/admin/audit?limit=2");
    const next = await gw.admin("GET", `/admin/audit?limit=2&before=${page.json.next_cursor}`);
    expect(next.json.data!.map((e) => e.action)).toEqual(["key.rotate", "key.update"]);
    const text = JSON.stringify(log.json);
    for (const secret of [key.json.key!, editor.json.token!, "provider-secret-xyz"])
      expect(text).not.toContain(secret);
  });
});

// Through the engine, as a user runs it: an admin makes a team and a key, the key calls the mock
// provider by every header SDKs use, and the answers for missing, unknown, revoked and expired
// keys and for models, endpoints and configs outside the key's scope are the documented ones.
import { manualClock } from "@aigw/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { ADMIN_TOKEN, type TestGateway, testGateway } from "./testing/gateway.js";

let gw: TestGateway;
afterEach(async () => {
  await gw?.close();
});

describe("requests with virtual keys", () => {
  it("accepts a key by Authorization, api-key and x-api-key, and sets the principal", async () => {
    gw = await testGateway();
    expect(
      (await gw.admin("POST", "/admin/teams", { id: "search", limits: { requestsPerMinute: 60 } })).status,
    ).toBe(201);
    const created = await gw.admin("POST", "/admin/keys", {
      name: "search app",
      team: "search",
      metadata: { tier: "gold" },
      limits: { tokensPerDay: 1000 },
      budget: { limitUsd: 5, period: "monthly" },
    });
    expect(created.status).toBe(201);
    const key = created.json.key!;
    expect(key).toMatch(/^sk-aigw-[0-9A-Za-z]{43}$/);
    expect(created.json.hint).toBe(key.slice(-4));
    for (const header of ["authorization", "api-key", "x-api-key"]) {
      const answer = await gw.chat(key, { header });
      expect(answer.status, header).toBe(200);
    }
    expect(gw.records.at(-1)).toMatchObject({ keyId: created.json.id, team: "search" });
    expect(gw.principals.at(-1)!.principal).toEqual({
      keyId: created.json.id,
      team: "search",
      attributes: { tier: "gold" },
      quotas: [
        { scope: "key", id: created.json.id, tokensPerDay: 1000, budget: { limitUsd: 5, period: "monthly" } },
        { scope: "team", id: "search", requestsPerMinute: 60 },
      ],
    });
  });

  it("answers 401 in OpenAI's shape for no key, an unknown, a revoked and an expired key", async () => {
    const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
    gw = await testGateway({ clock });
    const none = await gw.chat(undefined);
    expect(none.status).toBe(401);
    expect(none.json.error).toMatchObject({ type: "authentication_error", code: "unauthorized" });
    expect(none.json.error!.message).toContain("No API key");
    const unknown = await gw.chat("sk-aigw-not-a-real-key-at-all");
    expect(unknown.status).toBe(401);
    expect(unknown.json.error!.message).toBe("The API key is not valid.");
    expect(JSON.stringify(unknown.json)).not.toContain("not-a-real-key");

    const revoked = await gw.admin("POST", "/admin/keys", { name: "r" });
    expect((await gw.admin("DELETE", `/admin/keys/${revoked.json.id}`)).json.status).toBe("revoked");
    const refused = await gw.chat(revoked.json.key);
    expect(refused.status).toBe(401);
    expect(refused.json.error!.message).toBe("The API key has been revoked.");

    const expiring = await gw.admin("POST", "/admin/keys", { name: "e", expiresAt: "2030-01-01T00:01:00Z" });
    expect((await gw.chat(expiring.json.key)).status).toBe(200);
    clock.advance(60_000);
    const expired = await gw.chat(expiring.json.key);
    expect(expired.status).toBe(401);
    expect(expired.json.error!.message).toBe("The API key has expired.");
  });

  it("answers 403 naming the model for a model outside the key's list, exact or by prefix", async () => {
    gw = await testGateway();
    const { json } = await gw.admin("POST", "/admin/keys", { name: "m", models: ["mock-1", "gpt-4o*"] });
    expect((await gw.chat(json.key, { model: "mock-1" })).status).toBe(200);
    expect((await gw.chat(json.key, { model: "gpt-4o-mini" })).status).toBe(200);
    const refused = await gw.chat(json.key, { model: "claude-3" });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toMatchObject({ type: "permission_error", code: "forbidden", param: "model" });
    expect(refused.json.error!.message).toContain('"claude-3"');
  });

  it("answers 403 for an endpoint outside the key's list", async () => {
    gw = await testGateway();
    const { json } = await gw.admin("POST", "/admin/keys", { name: "c", endpoints: ["chat.completions"] });
    expect((await gw.chat(json.key)).status).toBe(200);
    const refused = await gw.chat(json.key, { path: "/v1/embeddings" });
    expect(refused.status).toBe(403);
    expect(refused.json.error!.message).toContain("embeddings");
  });

  it("refuses a named config the key may not use, and allows the ones it may", async () => {
    gw = await testGateway({ configs: ["cheap", "premium"] });
    const { json } = await gw.admin("POST", "/admin/keys", { name: "c", configs: ["cheap"] });
    expect((await gw.chat(json.key, { config: "cheap" })).status).toBe(200);
    const refused = await gw.chat(json.key, { config: "premium" });
    expect(refused.status).toBe(403);
    expect(refused.json.error!.message).toBe('This API key may not use the config "premium".');
  });

  it("a rotated key's old secret stops at once, or after the grace period asked for", async () => {
    const clock = manualClock(Date.parse("2030-01-01T00:00:00Z"));
    gw = await testGateway({ clock });
    const { json } = await gw.admin("POST", "/admin/keys", { name: "r" });
    const rotated = await gw.admin("POST", `/admin/keys/${json.id}/rotate`);
    expect(rotated.status).toBe(200);
    expect(rotated.json.key).not.toBe(json.key);
    expect((await gw.chat(json.key)).status).toBe(401);
    expect((await gw.chat(rotated.json.key)).status).toBe(200);

    const graced = await gw.admin("POST", `/admin/keys/${json.id}/rotate`, { graceSeconds: 60 });
    expect((await gw.chat(rotated.json.key)).status).toBe(200);
    expect((await gw.chat(graced.json.key)).status).toBe(200);
    clock.advance(60_000);
    const late = await gw.chat(rotated.json.key);
    expect(late.status).toBe(401);
    expect(late.json.error!.message).toContain("rotated");
    expect((await gw.chat(graced.json.key)).status).toBe(200);
  });

  it("admin tokens made through the API hold their role", async () => {
    gw = await testGateway();
    const viewer = await gw.admin("POST", "/admin/tokens", { name: "dash", role: "viewer" });
    expect(viewer.status).toBe(201);
    expect(viewer.json.token).toMatch(/^aigw-admin-/);
    expect((await gw.admin("GET", "/admin/keys", undefined, viewer.json.token)).status).toBe(200);
    const denied = await gw.admin("POST", "/admin/keys", { name: "x" }, viewer.json.token);
    expect(denied.status).toBe(403);
    expect((await gw.admin("DELETE", `/admin/tokens/${viewer.json.id}`)).status).toBe(204);
    expect((await gw.admin("GET", "/admin/keys", undefined, viewer.json.token)).status).toBe(401);
    expect((await gw.admin("GET", "/admin/keys", undefined, ADMIN_TOKEN)).status).toBe(200);
  });
});

/**
 * Routes plugins serve themselves: matched before any pipeline, other methods refused, admin
 * routes shut without an admin token and open to a token whose role is high enough (the
 * bootstrap `AIGW_ADMIN_TOKEN`, or one a plugin keeps), and a config that takes an engine path or
 * the same route twice refused at boot.
 */
import { type AdminCaller, type AdminRole, definePlugin, type ServedRoute } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { createGateway } from "../gateway.js";
import { silentLogger } from "../testing/harness.js";
import { newJournal, testPlugins } from "../testing/probe-plugins.js";

function servingPlugin(routes: ServedRoute[]) {
  return definePlugin({
    manifest: {
      name: "serving",
      kind: "observer",
      version: "0.0.0",
      engine: "^0.1.0",
      hooks: ["serve"],
      serves: routes,
      configSchema: { type: "object" },
    },
    create: (_config: object, init) => ({
      async serve(request, ctx) {
        const body = request.method === "POST" ? await request.text() : "";
        return Response.json(
          { node: init.node, path: ctx.path, route: ctx.route.path, body, caller: ctx.caller ?? null },
          { status: 200 },
        );
      },
    }),
  });
}

/** Admin tokens a plugin keeps, by secret (one answered asynchronously, as a database would). */
const TOKENS: Record<string, AdminCaller> = {
  "viewer-secret": { id: "t-viewer", role: "viewer", name: "dashboard" },
  "editor-secret": { id: "t-editor", role: "editor", name: "deploy bot" },
  "admin-secret": { id: "t-admin", role: "admin" },
};

/** A plugin that registers itself as the store of admin tokens at boot. */
const tokenStore = definePlugin({
  manifest: {
    name: "token-store",
    kind: "observer",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["finish"],
    services: ["admins"],
    configSchema: { type: "object" },
  },
  create: (_config: object, init) => {
    init.services.admins.register({
      authenticate: (token) => (token === "admin-secret" ? Promise.resolve(TOKENS[token]) : TOKENS[token]),
    });
    return { finish() {} };
  },
});

async function gateway(
  routes: Parameters<typeof servingPlugin>[0],
  env: Record<string, string> = {},
  nodes: { id: string; plugin: string }[] = [{ id: "ops", plugin: "serving" }],
) {
  return createGateway({
    config: { pipeline: { nodes: [...nodes, { id: "llm", plugin: "scripted-provider" }] } },
    plugins: [...testPlugins(newJournal()), servingPlugin(routes), tokenStore],
    services: { logger: silentLogger() },
    env,
  });
}

const get = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://gw${path}`, { method: "GET", headers });

describe("served routes", () => {
  test("exact and prefix routes reach the node's serve hook; other methods get 405", async () => {
    const g = await gateway([
      { method: "GET", path: "/metrics", access: "public" },
      { method: "GET", path: "/ops/items/*", access: "public" },
      { method: "POST", path: "/ops/echo", access: "public" },
    ]);
    const exact = await g.fetch(get("/metrics"));
    expect(exact.status).toBe(200);
    expect(exact.headers.get("x-request-id")).toBeTruthy();
    expect(await exact.json()).toMatchObject({ node: "ops", path: "/metrics" });
    expect(await (await g.fetch(get("/ops/items/42"))).json()).toMatchObject({ route: "/ops/items/*" });
    const echoed = await g.fetch(new Request("http://gw/ops/echo", { method: "POST", body: "ping" }));
    expect(await echoed.json()).toMatchObject({ body: "ping" });
    const wrong = await g.fetch(new Request("http://gw/metrics", { method: "DELETE" }));
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    expect(await wrong.json()).toMatchObject({
      error: { code: "method_not_allowed", type: "invalid_request_error" },
    });
    // The pipeline still answers everything else.
    expect((await g.fetch(get("/ops/unknown"))).status).toBe(404);
  });

  test("admin routes: 403 while no admin token is set, 401 without the right one, served with it", async () => {
    const routes = [{ method: "GET" as const, path: "/admin/things", access: "admin" as const }];
    const off = await gateway(routes);
    const refused = await off.fetch(get("/admin/things", { authorization: "Bearer anything" }));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.message).toContain("AIGW_ADMIN_TOKEN");
    const on = await gateway(routes, { AIGW_ADMIN_TOKEN: "s3cret-admin" });
    const wrong: Record<string, string>[] = [
      {},
      { authorization: "Bearer s3cret-admin-but-longer" },
      { authorization: "Bearer s3cret" },
    ];
    for (const headers of wrong) {
      const denied = await on.fetch(get("/admin/things", headers));
      expect(denied.status).toBe(401);
      expect((await denied.json()).error).toMatchObject({
        code: "unauthorized",
        type: "authentication_error",
      });
    }
    const ok = await on.fetch(get("/admin/things", { authorization: "Bearer s3cret-admin" }));
    expect(ok.status).toBe(200);
  });

  describe("admin roles", () => {
    const routes = [
      { method: "GET" as const, path: "/admin/read", access: "viewer" as const },
      { method: "POST" as const, path: "/admin/write", access: "editor" as const },
      { method: "POST" as const, path: "/admin/tokens", access: "admin" as const },
      { method: "GET" as const, path: "/status", access: "public" as const },
    ];
    const withStore = (env: Record<string, string> = {}) =>
      gateway(routes, env, [
        { id: "ops", plugin: "serving" },
        { id: "tokens", plugin: "token-store" },
      ]);
    const call = (g: Awaited<ReturnType<typeof gateway>>, route: (typeof routes)[number], token?: string) =>
      g.fetch(
        new Request(`http://gw${route.path}`, {
          method: route.method,
          headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
          ...(route.method === "POST" ? { body: "{}" } : {}),
        }),
      );
    const rank: Record<AdminRole, number> = { viewer: 0, editor: 1, admin: 2 };

    test("each role reaches the routes at or below it; above it, a 403 naming both roles", async () => {
      const g = await withStore();
      for (const [secret, caller] of Object.entries(TOKENS)) {
        for (const route of routes.filter((r) => r.access !== "public")) {
          const needed = route.access as AdminRole;
          const response = await call(g, route, secret);
          const body = await response.json();
          if (rank[caller.role] >= rank[needed]) {
            expect(response.status, `${caller.role} on ${route.path}`).toBe(200);
            expect(body.caller).toEqual(caller);
          } else {
            expect(response.status, `${caller.role} on ${route.path}`).toBe(403);
            expect(body.error).toMatchObject({ code: "forbidden", type: "permission_error" });
            expect(body.error.message).toContain(`needs the ${needed} role`);
            expect(body.error.message).toContain(`has the ${caller.role} role`);
            expect(body.error.message).toContain(`"${caller.name ?? caller.id}"`);
          }
        }
      }
      await g.close();
    });

    test("the bootstrap token is an admin beside the stored tokens, and is told apart in ctx.caller", async () => {
      const g = await withStore({ AIGW_ADMIN_TOKEN: "bootstrap-secret" });
      for (const route of routes.filter((r) => r.access !== "public")) {
        const response = await call(g, route, "bootstrap-secret");
        expect(response.status).toBe(200);
        expect((await response.json()).caller).toEqual({
          id: "bootstrap",
          role: "admin",
          name: "AIGW_ADMIN_TOKEN",
        });
      }
      expect((await call(g, routes[0]!, "viewer-secret")).status).toBe(200);
      await g.close();
    });

    test("401 without a token, with an unknown one, or with another scheme; a public route has no caller", async () => {
      const g = await withStore({ AIGW_ADMIN_TOKEN: "bootstrap-secret" });
      for (const token of [undefined, "nobody", "viewer-secret-but-longer", ""]) {
        for (const route of routes.filter((r) => r.access !== "public")) {
          const response = await call(g, route, token);
          expect(response.status).toBe(401);
          expect(response.headers.get("www-authenticate")).toBe("Bearer");
          expect((await response.json()).error).toMatchObject({
            code: "unauthorized",
            type: "authentication_error",
          });
        }
      }
      const basic = await g.fetch(get("/admin/read", { authorization: "Basic dmlld2VyLXNlY3JldA==" }));
      expect(basic.status).toBe(401);
      const open = await g.fetch(get("/status"));
      expect(open.status).toBe(200);
      expect((await open.json()).caller).toBeNull();
      await g.close();
    });

    test("a registered token store opens the admin API without AIGW_ADMIN_TOKEN", async () => {
      const g = await withStore();
      expect(g.services.admins.enabled).toBe(true);
      expect((await call(g, routes[2]!, "admin-secret")).status).toBe(200);
      expect((await call(g, routes[2]!, "bootstrap-secret")).status).toBe(401);
      await g.close();
    });

    test("a second store of admin tokens is a boot error", async () => {
      await expect(
        gateway(routes, {}, [
          { id: "ops", plugin: "serving" },
          { id: "one", plugin: "token-store" },
          { id: "two", plugin: "token-store" },
        ]),
      ).rejects.toThrow(/already registered/);
    });
  });

  test("a route on an engine path, or served twice, is a boot error naming the node", async () => {
    await expect(gateway([{ method: "GET", path: "/v1/things", access: "public" }])).rejects.toThrow(
      /ops.*serves that path itself|serves that path itself/,
    );
    await expect(
      gateway([{ method: "GET", path: "/metrics", access: "public" }], {}, [
        { id: "one", plugin: "serving" },
        { id: "two", plugin: "serving" },
      ]),
    ).rejects.toThrow(/already served by node "one"/);
  });

  test("GET /admin/openapi.json documents every served route with the role it needs", async () => {
    const g = await gateway([
      { method: "GET", path: "/metrics", access: "public" },
      {
        method: "GET",
        path: "/admin/things",
        access: "viewer",
        openapi: { summary: "List things", responses: { "200": { description: "The things." } } },
      },
      {
        method: "POST",
        path: "/admin/things/*",
        access: "editor",
        openapi: {
          paths: {
            "/admin/things/{id}/rotate": { summary: "Rotate", responses: { "200": { description: "ok" } } },
            "/admin/things/{id}/revoke": { summary: "Revoke", responses: { "200": { description: "ok" } } },
          },
        },
      },
      {
        method: "GET",
        path: "/admin/things/*",
        access: "viewer",
        openapi: { "x-aigw-path": "/admin/things/{id}", summary: "One thing" },
      },
    ]);
    const answer = await g.fetch(get("/admin/openapi.json"));
    expect(answer.status).toBe(200);
    const doc = await answer.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/admin/openapi.json",
      "/admin/things",
      "/admin/things/{id}",
      "/admin/things/{id}/revoke",
      "/admin/things/{id}/rotate",
      "/metrics",
    ]);
    expect(doc.paths["/admin/things"].get).toMatchObject({
      summary: "List things",
      "x-aigw-role": "viewer",
      security: [{ adminToken: [] }],
    });
    expect(doc.paths["/admin/things/{id}/rotate"].post["x-aigw-role"]).toBe("editor");
    expect(doc.paths["/admin/things/{id}"].get).not.toHaveProperty("x-aigw-path");
    expect(doc.paths["/metrics"].get).not.toHaveProperty("security");
    expect(doc.components.securitySchemes.adminToken).toEqual({ type: "http", scheme: "bearer" });
  });
});

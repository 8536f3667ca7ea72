/**
 * Routes plugins serve themselves: matched before any pipeline, other methods refused, admin
 * routes shut without the admin token, and a config that takes an engine path or the same route
 * twice refused at boot.
 */
import { definePlugin, type ServedRoute } from "@aigw/plugin-api";
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
          { node: init.node, path: ctx.path, route: ctx.route.path, body },
          { status: 200 },
        );
      },
    }),
  });
}

async function gateway(
  routes: Parameters<typeof servingPlugin>[0],
  env: Record<string, string> = {},
  nodes = [{ id: "ops", plugin: "serving" }],
) {
  return createGateway({
    config: { pipeline: { nodes: [...nodes, { id: "llm", plugin: "scripted-provider" }] } },
    plugins: [...testPlugins(newJournal()), servingPlugin(routes)],
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

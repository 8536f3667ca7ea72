/** router-conditional through the real engine: rules in order, default, no match, bad targets. */
import { createGateway } from "@aigw/engine";
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import router from "./index.js";

/** A provider that answers with its node id. */
const named = definePlugin({
  manifest: {
    name: "named",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: (_c, init) => ({ call: async () => jsonResult(JSON.stringify({ servedBy: init.node })) }),
});

const routes = [
  { when: { field: "model", regex: "^mock" }, target: "mock" },
  {
    when: {
      all: [
        { field: "metadata.tier", eq: "gold" },
        { field: "body.temperature", lte: 0.5 },
      ],
    },
    target: "premium",
  },
  { when: { field: "header.x-team", in: ["research", "ml"] }, target: "premium" },
];

async function gatewayWith(config: Record<string, unknown>) {
  return createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "route", plugin: "router-conditional", targets: ["mock", "premium", "standard"], config },
          { id: "mock", plugin: "named" },
          { id: "premium", plugin: "named" },
          { id: "standard", plugin: "named" },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [router, named],
  });
}

async function ask(
  gateway: Awaited<ReturnType<typeof gatewayWith>>,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await gateway.fetch(
    new Request("http://gw/v1/chat/completions", {
      method: "POST",
      headers,
      body: JSON.stringify({ messages: [{ role: "user", content: "x" }], ...body }),
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as { servedBy?: string; error?: { code: string } },
  };
}

describe("router-conditional", () => {
  test("the first matching rule wins; otherwise the default", async () => {
    const gateway = await gatewayWith({ routes, default: "standard" });
    expect((await ask(gateway, { model: "mock-large" })).body.servedBy).toBe("mock");
    expect(
      (await ask(gateway, { model: "gpt-4o", temperature: 0.2 }, { "x-aigw-metadata": '{"tier":"gold"}' }))
        .body.servedBy,
    ).toBe("premium");
    expect(
      (await ask(gateway, { model: "gpt-4o", temperature: 0.9 }, { "x-aigw-metadata": '{"tier":"gold"}' }))
        .body.servedBy,
    ).toBe("standard");
    expect((await ask(gateway, { model: "gpt-4o" }, { "x-team": "ml" })).body.servedBy).toBe("premium");
    expect((await ask(gateway, { model: "gpt-4o" })).body.servedBy).toBe("standard");
  });

  test("no match and no default is a 400 the client can read", async () => {
    const gateway = await gatewayWith({ routes });
    const out = await ask(gateway, { model: "gpt-4o" });
    expect(out.status).toBe(400);
    expect(out.body.error).toMatchObject({ code: "no_route", param: "model" });
  });

  test("routes naming a node that is not a target do not boot", async () => {
    await expect(
      gatewayWith({ routes: [{ when: { field: "model", eq: "x" }, target: "elsewhere" }] }),
    ).rejects.toThrow(/"elsewhere", which are not among this node's targets/);
  });

  test("for any model, the choice equals the first matching rule in order", async () => {
    const gateway = await gatewayWith({
      routes: [
        { when: { field: "model", regex: "^a" }, target: "mock" },
        { when: { field: "model", regex: "b" }, target: "premium" },
      ],
      default: "standard",
    });
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[abc]{1,6}$/), async (model) => {
        const expected = model.startsWith("a") ? "mock" : model.includes("b") ? "premium" : "standard";
        expect((await ask(gateway, { model })).body.servedBy).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

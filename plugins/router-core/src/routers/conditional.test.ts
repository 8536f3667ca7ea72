/** router-conditional (moved from @aigw/router-conditional) through the real engine: rules, default, no match, bad targets. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { testGateway } from "../testing/harness.js";

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

function gatewayWith(config: Record<string, unknown>) {
  return testGateway([
    { id: "route", plugin: "router-conditional", targets: ["mock", "premium", "standard"], config },
    { id: "mock", plugin: "scripted" },
    { id: "premium", plugin: "scripted" },
    { id: "standard", plugin: "scripted" },
  ]);
}

const served = (text: string) => (JSON.parse(text) as { servedBy?: string }).servedBy;

describe("router-conditional", () => {
  test("the first matching rule wins; otherwise the default", async () => {
    const gw = await gatewayWith({ routes, default: "standard" });
    expect(served((await gw.chat({ model: "mock-large" })).text)).toBe("mock");
    const gold = { "x-aigw-metadata": '{"tier":"gold"}' };
    expect(served((await gw.chat({ model: "gpt-4o", temperature: 0.2 }, gold)).text)).toBe("premium");
    expect(served((await gw.chat({ model: "gpt-4o", temperature: 0.9 }, gold)).text)).toBe("standard");
    expect(served((await gw.chat({ model: "gpt-4o" }, { "x-team": "ml" })).text)).toBe("premium");
    const out = await gw.chat({ model: "gpt-4o" });
    expect(served(out.text)).toBe("standard");
    expect(out.record.tags).toMatchObject({
      "route.route": "standard",
      "route.strategy": "conditional",
    });
  });

  test("no match and no default is a 400 the client can read", async () => {
    const gw = await gatewayWith({ routes });
    const out = await gw.chat({ model: "gpt-4o" });
    expect(out.status).toBe(400);
    expect(JSON.parse(out.text).error).toMatchObject({ code: "no_route", param: "model" });
  });

  test("routes naming a node that is not a target do not boot", async () => {
    await expect(
      gatewayWith({ routes: [{ when: { field: "model", eq: "x" }, target: "elsewhere" }] }),
    ).rejects.toThrow(/"elsewhere", which are not among this node's targets/);
  });

  test("for any model, the choice equals the first matching rule in order", async () => {
    const gw = await gatewayWith({
      routes: [
        { when: { field: "model", regex: "^a" }, target: "mock" },
        { when: { field: "model", regex: "b" }, target: "premium" },
      ],
      default: "standard",
    });
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[abc]{1,6}$/), async (model) => {
        const expected = model.startsWith("a") ? "mock" : model.includes("b") ? "premium" : "standard";
        expect(served((await gw.chat({ model })).text)).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});

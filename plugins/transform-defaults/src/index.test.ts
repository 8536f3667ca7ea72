/** transform-defaults through the real engine: defaults fill gaps, force overrides, models filter. */
import { createGateway } from "@aigw/engine";
import { definePlugin, jsonResult } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import defaults from "./index.js";

/**
 * A provider that answers with the body it received and whether the raw bytes were kept (plus
 * the empty `choices` list that makes it a chat completion the gateway accepts).
 */
const echo = definePlugin({
  manifest: {
    name: "echo",
    kind: "provider",
    version: "0.0.0",
    engine: "^0.1.0",
    hooks: ["call"],
    configSchema: { type: "object" },
  },
  create: () => ({
    call: async (ctx) =>
      jsonResult(
        JSON.stringify({ choices: [], body: ctx.request.body, untouched: ctx.request.raw !== undefined }),
      ),
  }),
});

async function run(config: Record<string, unknown>, body: Record<string, unknown>) {
  const gateway = await createGateway({
    config: {
      pipeline: {
        nodes: [
          { id: "defaults", plugin: "transform-defaults", config },
          { id: "llm", plugin: "echo" },
        ],
      },
      logging: { level: "silent" },
    },
    plugins: [defaults, echo],
  });
  const response = await gateway.fetch(
    new Request("http://gw/v1/chat/completions", {
      method: "POST",
      body: JSON.stringify({ messages: [{ role: "user", content: "hi" }], ...body }),
    }),
  );
  return (await response.json()) as { body: Record<string, unknown>; untouched: boolean };
}

describe("transform-defaults", () => {
  test("fills in missing fields, keeps the client's, forces others", async () => {
    const out = await run(
      { defaults: { max_tokens: 100, temperature: 0.5 }, force: { user: "team-a", seed: null } },
      { model: "m", temperature: 0.9, seed: 7 },
    );
    expect(out.body).toMatchObject({ model: "m", max_tokens: 100, temperature: 0.9, user: "team-a" });
    expect(out.body).not.toHaveProperty("seed");
    expect(out.untouched).toBe(false);
  });

  test("leaves other models and complete requests byte-for-byte untouched", async () => {
    expect(
      (await run({ defaults: { max_tokens: 1 }, models: ["only-this"] }, { model: "m" })).untouched,
    ).toBe(true);
    expect((await run({ defaults: { max_tokens: 1 } }, { model: "m", max_tokens: 5 })).untouched).toBe(true);
  });

  test("a config with an unknown field does not boot", async () => {
    await expect(
      createGateway({
        config: {
          pipeline: {
            nodes: [
              { id: "d", plugin: "transform-defaults", config: { default: {} } },
              { id: "llm", plugin: "echo" },
            ],
          },
        },
        plugins: [defaults, echo],
      }),
    ).rejects.toThrow('/pipeline/nodes/0/config/default (node "d"): unknown field "default"');
  });
});

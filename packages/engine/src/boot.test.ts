/** Boot errors name the node and JSON path; a gateway that boots has checked every plugin. */
import { definePlugin } from "@aigw/plugin-api";
import { describe, expect, test } from "vitest";
import { ConfigError } from "./config/config-error.js";
import { parseConfigText } from "./config/parse.js";
import { createGateway } from "./gateway.js";
import { silentLogger } from "./testing/harness.js";
import { newJournal, testPlugins } from "./testing/probe-plugins.js";

const services = { logger: silentLogger() };
const base = { pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider" }] } };

async function bootError(options: Parameters<typeof createGateway>[0]): Promise<ConfigError> {
  try {
    await createGateway(options);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const plain = (
  overrides: Record<string, unknown>,
  create: () => Record<string, unknown> = () => ({ call: async () => ({}) }),
) =>
  definePlugin({
    manifest: {
      name: "odd",
      kind: "provider",
      version: "1.0.0",
      engine: "^0.1.0",
      hooks: ["call"],
      configSchema: { type: "object" },
      ...overrides,
    },
    create: create as never,
  });

describe("boot", () => {
  test("an unknown plugin lists the loaded ones", async () => {
    const error = await bootError({
      config: { pipeline: { nodes: [{ id: "x", plugin: "nope" }] } },
      plugins: testPlugins(newJournal()),
      services,
    });
    expect(error.issues[0]).toMatchObject({
      path: "/pipeline/nodes/0/plugin",
      node: "x",
      message: expect.stringContaining("probe, scripted-provider, test-router"),
    });
  });

  test("a plugin package that is not installed is named", async () => {
    const error = await bootError({
      config: { ...base, plugins: ["@aigw/not-installed"] },
      importPackage: (name) => import(name),
      plugins: testPlugins(newJournal()),
      services,
    });
    expect(error.issues[0]).toMatchObject({
      path: "/plugins/0",
      message: expect.stringContaining('"@aigw/not-installed" could not be loaded'),
    });
  });

  test("the importer's whole explanation is kept, indented, and issues follow the config's order", async () => {
    const error = await bootError({
      config: { ...base, plugins: ["slow-missing", "fast-missing"] },
      importPackage: async (name) => {
        // The first entry fails last: the issues must still come in the config's order.
        if (name === "slow-missing") await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error(`not found, looked in:\n  /a\n  /b`);
      },
      plugins: testPlugins(newJournal()),
      services,
    });
    expect(error.issues.map((issue) => issue.path)).toEqual(["/plugins/0", "/plugins/1"]);
    expect(error.issues[0]?.message).toBe(
      'plugin package "slow-missing" could not be loaded: not found, looked in:\n      /a\n      /b',
    );
  });

  test("a plugin package loaded by name is used", async () => {
    const journal = newJournal();
    const gateway = await createGateway({
      config: {
        pipeline: { nodes: [{ id: "llm", plugin: "scripted-provider", config: { reply: "by name" } }] },
        plugins: ["my-plugins"],
      },
      importPackage: async (name) =>
        name === "my-plugins" ? { plugins: testPlugins(journal) } : Promise.reject(new Error("no")),
      services,
    });
    const response = await gateway.fetch(
      new Request("http://gw/v1/chat/completions", {
        method: "POST",
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "x" }] }),
      }),
    );
    expect((await response.json()).choices[0].message.content).toBe("by name");
  });

  test.each([
    ["an unknown hook", plain({ hooks: ["call", "onBeforeEverything"] }), "unknown hooks onBeforeEverything"],
    ["an unsupported engine", plain({ engine: "^2.0.0" }), "supports engine ^2.0.0"],
    ["an unknown service", plain({ services: ["teleporter"] }), "unknown services teleporter"],
    ["an invalid schema", plain({ configSchema: { type: "objekt" } }), "invalid config schema"],
    ["a declared hook missing", plain({}, () => ({})), 'declares hook "call" but its instance has none'],
    [
      "an undeclared hook present",
      plain({}, () => ({ call: async () => ({}), finish: () => {} })),
      'implements hook "finish" without declaring it',
    ],
    [
      "create throwing",
      plain({}, () => {
        throw new Error("no key");
      }),
      "failed to start: no key",
    ],
  ])("a plugin with %s is a boot error", async (_name, plugin, message) => {
    const error = await bootError({
      config: { pipeline: { nodes: [{ id: "llm", plugin: "odd" }] } },
      plugins: [plugin],
      services,
    });
    expect(error.message).toContain(message);
  });

  test("YAML and JSON config text parse; bad text says which file", async () => {
    await expect(parseConfigText("pipeline:\n  nodes: []\n", "g.yaml")).resolves.toEqual({
      pipeline: { nodes: [] },
    });
    await expect(parseConfigText('{"pipeline":{}}', "g.json")).resolves.toEqual({ pipeline: {} });
    await expect(parseConfigText("{", "g.json")).rejects.toThrow(/g\.json is not valid JSON/);
    await expect(parseConfigText("a: [", "g.yaml")).rejects.toThrow(ConfigError);
  });

  test("every issue is reported at once", async () => {
    const error = await bootError({
      config: {
        pipeline: {
          nodes: [
            { id: "a", plugin: "probe", needs: ["ghost"], config: { delayMs: -1 } },
            { id: "llm", plugin: "scripted-provider" },
            { id: "extra", plugin: "scripted-provider" },
          ],
        },
      },
      plugins: testPlugins(newJournal()),
      services,
    });
    expect(error.issues.map((i) => i.path).sort()).toEqual([
      "/pipeline/nodes/0/config/delayMs",
      "/pipeline/nodes/0/needs/0",
      "/pipeline/nodes/2",
    ]);
  });
});
